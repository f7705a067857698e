'use client';
/** How a node form changes its node: checked by the kind's schema, then one undo step. */
import type { ReactNode } from 'react';
import { NODE_SCHEMAS, type NodeKind, type NodeOfKind } from '../../../flows/nodes';
import { useDesignerStore } from '../context';
import { toIssues, type Issue } from '../editors/issues';
import type { InspectorProps } from './types';

export type NodeData<K extends NodeKind> = NodeOfKind<K>['data'];
export type NodeEdit<K extends NodeKind> = (change: (data: NodeData<K>) => NodeData<K>) => Issue[];

/**
 * `edit(change)`: applies `change` to the node's current data, validates the whole node with
 * NODE_SCHEMAS[kind] and commits it, or returns the issues (paths relative to the node, e.g.
 * ['data', 'reply', 'text', 'en']) and commits nothing. A change that changes nothing is not a step.
 */
export function useNodeEdit<K extends NodeKind>({ node, onChange, readOnly }: InspectorProps<K>): NodeEdit<K> {
  const store = useDesignerStore();
  return (change) => {
    if (readOnly) return [];
    const current = (store.getState().doc.nodes.find((n) => n.id === node.id && n.kind === node.kind) as NodeOfKind<K> | undefined) ?? node;
    const data = change(current.data as NodeData<K>);
    if (data === current.data || JSON.stringify(data) === JSON.stringify(current.data)) return [];
    const schema = NODE_SCHEMAS[node.kind] as { safeParse(value: unknown): { success: true } | { success: false; error: import('zod').ZodError } };
    const result = schema.safeParse({ ...current, data });
    if (!result.success) return toIssues(result.error);
    (onChange as (data: unknown) => void)(data);
    return [];
  };
}

/** A titled block of a form. */
export function Section({ title, hint, children, actions }: { title: ReactNode; hint?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="space-y-2 border-t border-slate-100 pt-3">
      <div className="flex items-center gap-2">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
        {actions ? <div className="ml-auto flex items-center gap-1">{actions}</div> : null}
      </div>
      {hint ? <p className="text-xs leading-snug text-slate-500">{hint}</p> : null}
      {children}
    </section>
  );
}
