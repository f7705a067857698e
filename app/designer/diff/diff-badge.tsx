'use client';
/** The word on a node of the compare canvas: added, removed, changed or moved. */
import { useTranslations } from 'next-intl';
import { cn } from '../../ui/cn';
import type { NodeStatus } from './flow-diff';

export const DIFF_TONE: Record<NodeStatus, string> = {
  added: 'bg-emerald-600 text-white',
  removed: 'bg-red-600 text-white',
  changed: 'bg-amber-400 text-amber-950',
  moved: 'bg-sky-100 text-sky-800',
};

/** How a node of each status stands out on the canvas (unchanged ones step back). */
export const DIFF_NODE_CLASS: Record<NodeStatus | 'same', string> = {
  added: 'ring-4 ring-emerald-400',
  removed: 'border-dashed border-red-500 opacity-75 ring-4 ring-red-300',
  changed: 'ring-4 ring-amber-400',
  moved: 'ring-2 ring-sky-300',
  same: 'opacity-45',
};

export function DiffBadge({ status, className }: { status: NodeStatus; className?: string }) {
  const t = useTranslations('versionsCompare');
  return (
    <span className={cn('shrink-0 rounded px-1.5 text-[10px] font-bold uppercase tracking-wide', DIFF_TONE[status], className)} data-testid="diff-badge">
      {t(`status.${status}`)}
    </span>
  );
}
