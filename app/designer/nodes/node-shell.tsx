'use client';
/**
 * The frame every node kind shares: header, what it does, problems badge, labelled exits. Zoomed
 * far out, a light form of it instead (see ./far).
 */
import { Handle, Position } from '@xyflow/react';
import { useLocale, useTranslations } from 'next-intl';
import { memo, type ReactNode } from 'react';
import type { FlowNode } from '../../../flows/nodes';
import { cn } from '../../ui/cn';
import { useDesigner } from '../context';
import { DIFF_NODE_CLASS, DiffBadge } from '../diff/diff-badge';
import { exitViews } from '../exits';
import { preferredLanguages } from '../text';
import { useFarHeight } from './far';
import { KIND_LOOK } from './kinds';

const HANDLE = '!h-3 !w-3 !border-2 !border-white';
const FAR_HANDLE = 'invisible !static shrink-0 !transform-none';

export interface NodeShellProps {
  node: FlowNode;
  selected: boolean;
  children?: ReactNode;
}

export const NodeShell = memo(function NodeShell({ node, selected, children }: NodeShellProps) {
  const t = useTranslations('designer');
  const locale = useLocale();
  const doc = useDesigner((s) => s.doc);
  const problems = useDesigner((s) => s.problems);
  const highlighted = useDesigner((s) => s.highlight?.nodes.includes(node.id) ?? false);
  const waiting = useDesigner((s) => s.highlight?.waitingAt === node.id);
  // On the compare page: added / removed / changed / moved, or 'same'.
  const diff = useDesigner((s) => (s.diff ? (s.diff.nodes[node.id] ?? 'same') : null));
  const mine = problems.filter((p) => p.nodeId === node.id);
  const errors = mine.filter((p) => p.severity === 'error').length;
  const warnings = mine.length - errors;
  const look = KIND_LOOK[node.kind];
  const exits = exitViews(node, doc, preferredLanguages(doc, locale), (k) => t(k));
  const farHeight = useFarHeight(node.id, exits.map((x) => x.id));
  const frame = {
    'data-testid': `node-${node.id}`,
    'data-kind': node.kind,
    'data-diff': diff ?? undefined,
    'data-highlight': waiting ? 'waiting' : highlighted ? 'visited' : undefined,
  };
  const marks = cn(
    look.accent,
    selected && 'ring-2 ring-indigo-500 ring-offset-2',
    highlighted && 'shadow-[0_0_0_4px_rgba(16,185,129,0.45)]',
    waiting && 'shadow-[0_0_0_4px_rgba(245,158,11,0.6)]',
    diff && DIFF_NODE_CLASS[diff],
  );
  const header = (far: boolean) => (
    // Far, what the header says is laid out (and in the DOM) but not painted.
    <div className={cn('flex items-center gap-2 rounded-t-md px-3 py-1.5 text-xs font-semibold', look.header, far && '*:invisible')}>
      <look.icon aria-hidden className="h-3.5 w-3.5 shrink-0" />
      <span className="truncate">{node.label || t(`kinds.${node.kind}`)}</span>
      {diff && diff !== 'same' ? <DiffBadge status={diff} className="ml-auto" /> : null}
      {errors + warnings > 0 ? (
        <span
          className={cn('ml-auto rounded-full px-1.5 text-[10px] font-bold', errors ? 'bg-red-600 text-white' : 'bg-amber-400 text-amber-950')}
          title={t('problemsOnNode', { count: errors + warnings })}
          data-testid={`node-problems-${node.id}`}
        >
          {errors ? `✕ ${errors}` : `! ${warnings}`}
        </span>
      ) : null}
    </div>
  );
  if (farHeight !== undefined) {
    // The box with its kind's colour band, at the full form's size, and for React Flow its handles
    // where the full form has them (the target centred on the left edge, the exits' from the
    // bottom up on the right) but in the flow of the layout and not painted. Text, icons and
    // positioned elements, by the thousand, are what make each frame of a pan slow, and none of
    // them can be read or used at this zoom.
    return (
      <div {...frame} className={cn('flex w-64 rounded-lg border-2 bg-white text-left', marks)} style={{ height: farHeight }}>
        {node.kind !== 'start' ? <Handle type="target" position={Position.Left} className={cn(HANDLE, FAR_HANDLE, '!bg-slate-500 -mr-1 -ml-2 self-center')} /> : null}
        <div className="flex min-w-0 flex-1 flex-col">
          {header(true)}
          {exits.length > 0 ? (
            <div className="mt-auto border-t border-slate-100 py-1">
              {exits.map((x) => (
                <div key={x.id} className="flex h-6 items-center justify-end" data-testid={`exit-${node.id}-${x.id}`}>
                  <Handle id={x.id} type="source" position={Position.Right} className={cn(HANDLE, FAR_HANDLE, '!bg-indigo-500 -mr-1.5')} />
                </div>
              ))}
            </div>
          ) : null}
        </div>
      </div>
    );
  }
  return (
    <div {...frame} className={cn('w-64 rounded-lg border-2 bg-white text-left shadow-sm', marks)}>
      {node.kind !== 'start' ? <Handle type="target" position={Position.Left} className={cn(HANDLE, '!bg-slate-500')} /> : null}
      {header(false)}
      {children ? <div className="space-y-1 px-3 py-2 text-xs text-slate-700">{children}</div> : null}
      {exits.length > 0 ? (
        <div className="border-t border-slate-100 py-1">
          {exits.map((x) => (
            <div key={x.id} className="relative flex h-6 items-center justify-end pr-4 text-[11px] text-slate-600" data-testid={`exit-${node.id}-${x.id}`}>
              <span className="truncate">{x.label}</span>
              <Handle id={x.id} type="source" position={Position.Right} className={cn(HANDLE, '!bg-indigo-500')} />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
});

/** One line of a node's summary, truncated to stay readable at a glance. */
export function Line({ children, muted }: { children: ReactNode; muted?: boolean }) {
  return <p className={cn('line-clamp-3 break-words', muted && 'text-slate-400 italic')}>{children}</p>;
}
