'use client';
/** Until a kind has its own form: the node's data as read-only JSON, with a pointer to the JSON tab. */
import { useTranslations } from 'next-intl';
import type { FlowNode } from '../../../flows/nodes';

export function GenericInspector({ node }: { node: FlowNode }) {
  const t = useTranslations('designer.inspector');
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-500">{t('useJsonTab')}</p>
      <pre className="max-h-96 overflow-auto rounded bg-slate-50 p-2 text-[11px] text-slate-700">{JSON.stringify(node.data, null, 2)}</pre>
    </div>
  );
}
