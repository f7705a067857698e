'use client';
/** The word on a node of the compare canvas: added, removed, changed or moved. */
import { useTranslations } from 'next-intl';
import { cn } from '../../ui/cn';
import type { NodeStatus } from './flow-diff';

export const DIFF_TONE: Record<NodeStatus, string> = {
  added: 'bg-emerald-600 text-white',
  removed: 'bg-red-600 text-white',
  changed: 'bg-amber-400 text-amber-950',
  moved: 'bg-sky-500 text-white',
};

/** How a node of each status stands out on the canvas (unchanged ones step back). */
// Wide rings and a tinted body stay visible when a big flow is zoomed far out.
export const DIFF_NODE_CLASS: Record<NodeStatus | 'same', string> = {
  added: 'bg-emerald-50 ring-8 ring-emerald-400',
  removed: 'border-dashed border-red-500 bg-red-50 opacity-80 ring-8 ring-red-300',
  changed: 'bg-amber-50 ring-8 ring-amber-400',
  moved: 'ring-4 ring-sky-400',
  same: 'opacity-40',
};

/** The same, on the minimap. */
export const DIFF_MINIMAP_COLOR: Record<NodeStatus | 'same', string> = {
  added: '#10b981',
  removed: '#ef4444',
  changed: '#f59e0b',
  moved: '#0ea5e9',
  same: '#e2e8f0',
};

export function DiffBadge({ status, className }: { status: NodeStatus; className?: string }) {
  const t = useTranslations('versionsCompare');
  return (
    <span className={cn('shrink-0 rounded px-1.5 text-[10px] font-bold uppercase tracking-wide', DIFF_TONE[status], className)} data-testid="diff-badge">
      {t(`status.${status}`)}
    </span>
  );
}
