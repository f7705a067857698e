'use client';
/** The right-hand panel: the selected node's form, or the flow's settings when nothing is selected. */
import { useTranslations } from 'next-intl';
import { Settings2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { ZodError } from 'zod';
import { NODE_SCHEMAS, type FlowNode, type NodeKind } from '../../../flows/nodes';
import { Button } from '../../ui/button';
import { useDesigner, useDesignerStore } from '../context';
import { DraftInput } from '../editors/draft';
import { FlowSettings } from '../editors/flow-settings';
import { candidateKeys, fieldPathOf } from '../editors/focus';
import { fieldId, toIssues, type Issue } from '../editors/issues';
import { ScopeProvider, focusHandled, markFocusHandled } from '../editors/scope';
import { KindIcon } from '../nodes/kind-icon';
import { AgentStatusInspector } from './agent_status';
import { CollectInspector } from './collect';
import { ConditionInspector } from './condition';
import { EndInspector } from './end';
import { FallbackInspector } from './fallback';
import { FeedbackInspector } from './feedback';
import { GreetingInspector } from './greeting';
import { HandoffInspector } from './handoff';
import { IntentInspector } from './intent';
import { MessageInspector } from './message';
import { OrderLookupInspector } from './order_lookup';
import { SetVariableInspector } from './set_variable';
import { StartInspector } from './start';
import type { AnyInspector, InspectorProps } from './types';
import { WorkingHoursInspector } from './working_hours';

type Inspectors = { [K in NodeKind]: (props: InspectorProps<K>) => React.ReactNode };

const FORMS: Inspectors = {
  start: StartInspector,
  greeting: GreetingInspector,
  message: MessageInspector,
  intent: IntentInspector,
  working_hours: WorkingHoursInspector,
  agent_status: AgentStatusInspector,
  condition: ConditionInspector,
  collect: CollectInspector,
  order_lookup: OrderLookupInspector,
  handoff: HandoffInspector,
  fallback: FallbackInspector,
  set_variable: SetVariableInspector,
  feedback: FeedbackInspector,
  end: EndInspector,
};

/** Each kind's form; a kind without one fails to compile. */
export const INSPECTORS: Record<NodeKind, AnyInspector> = FORMS as unknown as Record<NodeKind, AnyInspector>;

export function Inspector() {
  const t = useTranslations('designer');
  const ti = useTranslations('inspector');
  const store = useDesignerStore();
  const selected = useDesigner((s) => (s.selectedNodes.length === 1 ? s.doc.nodes.find((n) => n.id === s.selectedNodes[0]) : undefined));
  const count = useDesigner((s) => s.selectedNodes.length);
  const readOnly = useDesigner((s) => s.readOnly);
  const focus = useDesigner((s) => s.focus);
  const root = useRef<HTMLDivElement>(null);

  // A clicked problem: put the caret in its field (the right tab and section are opened by the
  // editors themselves, from the same focus request).
  useEffect(() => {
    if (!focus || focusHandled(store) >= focus.nonce || !root.current) return;
    if ((focus.nodeId ?? null) !== (selected?.id ?? null)) return;
    const path = fieldPathOf(focus, store.getState().doc);
    if (!path) return;
    markFocusHandled(store, focus.nonce);
    const frame = requestAnimationFrame(() => {
      for (const key of candidateKeys(path)) {
        const el = root.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(key)}"]`);
        if (!el) continue;
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
        el.classList.add('ring-2', 'ring-amber-400');
        setTimeout(() => el.classList.remove('ring-2', 'ring-amber-400'), 1500);
        break;
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, selected?.id, store]);

  if (count > 1) return <p className="p-4 text-sm text-slate-500">{t('inspector.many', { count })}</p>;
  if (!selected) {
    return (
      <div ref={root} className="pb-6" data-testid="inspector">
        <ScopeProvider value={null}>
          <FlowSettings intro={t('inspector.none')} />
        </ScopeProvider>
      </div>
    );
  }
  return (
    <div ref={root} className="space-y-4 p-4" data-testid="inspector" data-kind={selected.kind}>
      <div className="flex items-center gap-2 text-sm font-semibold text-slate-800">
        <KindIcon kind={selected.kind} />
        {t(`kinds.${selected.kind}`)}
        <span className="ml-auto truncate text-xs font-normal text-slate-400" title={ti('nodeId')}>
          {selected.id}
        </span>
        <Button type="button" variant="ghost" size="sm" className="h-7 shrink-0 px-2 text-xs font-normal text-slate-600" onClick={() => store.getState().select([], [])} data-testid="show-flow-settings">
          <Settings2 className="h-3.5 w-3.5" aria-hidden />
          {ti('flow.title')}
        </Button>
      </div>
      <ScopeProvider value={selected.id}>
        <NodeForm key={selected.id} node={selected} readOnly={readOnly} />
      </ScopeProvider>
    </div>
  );
}

function NodeForm({ node, readOnly }: { node: FlowNode; readOnly: boolean }) {
  const t = useTranslations('designer');
  const store = useDesignerStore();
  const onChange = (data: FlowNode['data']) => store.getState().updateNode(node.id, (n) => ({ ...n, data }) as FlowNode);
  const Form = INSPECTORS[node.kind];
  return (
    <div className="space-y-4">
      <LabelField node={node} readOnly={readOnly} label={t('inspector.label')} hint={t('inspector.labelHint')} />
      <Form node={node} readOnly={readOnly} onChange={onChange} />
    </div>
  );
}

/** The node's name on the canvas (checked by the kind's schema like every other field). */
function LabelField({ node, readOnly, label, hint }: { node: FlowNode; readOnly: boolean; label: string; hint: string }) {
  const store = useDesignerStore();
  const commit = (text: string): Issue[] => {
    const s = store.getState();
    const current = s.doc.nodes.find((n) => n.id === node.id);
    if (!current || (current.label ?? '') === text) return [];
    const next = { ...current };
    if (text) next.label = text;
    else delete next.label;
    const result = (NODE_SCHEMAS[current.kind] as { safeParse(v: unknown): { success: boolean; error?: ZodError } }).safeParse(next);
    if (!result.success && result.error) return toIssues(result.error);
    s.updateNode(node.id, () => next);
    return [];
  };
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId(['label'])} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <DraftInput path={['label']} value={node.label ?? ''} maxLength={100} onCommit={commit} disabled={readOnly} />
      <p className="text-xs text-slate-500">{hint}</p>
    </div>
  );
}
