'use client';
/** Validation problems of the flow; clicking one focuses its node and field. */
import { useLocale, useTranslations } from 'next-intl';
import { useReactFlow } from '@xyflow/react';
import { cn } from '../ui/cn';
import { useDesigner, useDesignerStore } from './context';

/** `onOpen` shows the inspector, where the problem's field gets the focus. */
export function ProblemsPanel({ onOpen }: { onOpen(): void }) {
  const t = useTranslations('designer');
  const locale = useLocale() === 'zh' ? 'zh' : 'en';
  const problems = useDesigner((s) => s.problems);
  const store = useDesignerStore();
  const { setCenter, getNode } = useReactFlow();
  if (problems.length === 0) {
    return <p className="p-4 text-sm text-emerald-700" data-testid="no-problems">✓ {t('problems.none')}</p>;
  }
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="divide-y divide-slate-100" data-testid="problems-list">
      {sorted.map((p, i) => (
        <li key={`${p.code}-${i}`}>
          <button
            type="button"
            className="flex w-full items-start gap-2 px-3 py-2 text-left text-sm hover:bg-slate-50"
            onClick={() => {
              store.getState().focusProblem(p.nodeId, p.path);
              onOpen();
              const node = p.nodeId ? getNode(p.nodeId) : undefined;
              if (node) setCenter(node.position.x + (node.measured?.width ?? 256) / 2, node.position.y + (node.measured?.height ?? 120) / 2, { zoom: 1, duration: 300 });
            }}
          >
            <span className={cn('mt-0.5 shrink-0 rounded px-1 text-[10px] font-bold', p.severity === 'error' ? 'bg-red-600 text-white' : 'bg-amber-400 text-amber-950')}>
              {p.severity === 'error' ? t('problems.error') : t('problems.warning')}
            </span>
            <span className="min-w-0">
              <span className="block text-slate-800">{p.message[locale]}</span>
              <span className="block text-xs text-slate-400">
                {p.code}
                {p.nodeId ? ` · ${p.nodeId}` : ''}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
