'use client';
import { useTranslations } from 'next-intl';
import type { InspectorProps } from './types';

/** Nothing to set: three exits by the agents' availability. */
export function AgentStatusInspector(_props: InspectorProps<'agent_status'>) {
  const t = useTranslations('inspector.agentStatus');
  const td = useTranslations('designer.exits');
  return (
    <div className="space-y-2 text-sm text-slate-600">
      <p className="leading-snug">{t('about')}</p>
      <ul className="space-y-1.5">
        {(['available', 'busy', 'offline'] as const).map((exit) => (
          <li key={exit} className="rounded-md border border-slate-200 px-2.5 py-1.5">
            <span className="block text-sm font-medium text-slate-800">{td(exit)}</span>
            <span className="block text-xs text-slate-500">{t(exit)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
