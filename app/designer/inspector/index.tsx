'use client';
/** The right-hand panel: the selected node's form, or the flow's settings when nothing is selected. */
import { useTranslations } from 'next-intl';
import type { FlowNode, NodeKind } from '../../../flows/nodes';
import { Field } from '../../ui/field';
import { Input } from '../../ui/input';
import { useDesigner, useDesignerStore } from '../context';
import { KindIcon } from '../nodes/kind-icon';
import { GenericInspector } from './generic';
import type { AnyInspector } from './types';

/** Each kind's form; kinds without one yet show their data. */
const INSPECTORS: Partial<Record<NodeKind, AnyInspector>> = {};

export function Inspector() {
  const t = useTranslations('designer');
  const store = useDesignerStore();
  const selected = useDesigner((s) => (s.selectedNodes.length === 1 ? s.doc.nodes.find((n) => n.id === s.selectedNodes[0]) : undefined));
  const count = useDesigner((s) => s.selectedNodes.length);
  const readOnly = useDesigner((s) => s.readOnly);
  if (!selected) {
    return <p className="p-4 text-sm text-slate-500">{count > 1 ? t('inspector.many', { count }) : t('inspector.none')}</p>;
  }
  const Form = INSPECTORS[selected.kind];
  const update = (change: (n: FlowNode) => FlowNode) => store.getState().updateNode(selected.id, change);
  return (
    <div className="space-y-4 p-4" data-testid="inspector">
      <div className="flex items-center gap-2 text-sm font-semibold text-slate-800">
        <KindIcon kind={selected.kind} />
        {t(`kinds.${selected.kind}`)}
        <span className="ml-auto text-xs font-normal text-slate-400">{selected.id}</span>
      </div>
      <Field id="node-label" label={t('inspector.label')} hint={t('inspector.labelHint')}>
        <Input id="node-label" value={selected.label ?? ''} disabled={readOnly} maxLength={100} onChange={(e) => update((n) => ({ ...n, label: e.target.value || undefined }))} />
      </Field>
      {Form ? <Form node={selected} readOnly={readOnly} onChange={(data) => update((n) => ({ ...n, data }) as FlowNode)} /> : <GenericInspector node={selected} />}
    </div>
  );
}
