'use client';
/** A section of the flow settings that opens and closes; a clicked problem inside opens it. */
import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '../../ui/cn';
import { useDesigner } from '../context';
import { focusRequest } from './focus';
import type { Path } from './issues';
import { useChoice, useScopeNodeId } from './scope';

/** The newest focus request under any of `bases` (as an "open" request), or null. */
export function useOpenRequest(bases: readonly Path[]): { value: boolean; nonce: number } | null {
  const nodeId = useScopeNodeId();
  const focus = useDesigner((s) => s.focus);
  const nodes = useDesigner((s) => s.doc.nodes);
  for (const base of bases) {
    const r = focusRequest(focus, { nodes }, nodeId, base);
    if (r) return { value: true, nonce: r.nonce };
  }
  return null;
}

export function Collapsible({ title, summary, paths, defaultOpen = false, children, testId, badge }: { title: ReactNode; summary?: ReactNode; paths: readonly Path[]; defaultOpen?: boolean; children: ReactNode; testId?: string; badge?: ReactNode }) {
  const request = useOpenRequest(paths);
  const [open, setOpen] = useChoice(defaultOpen, request);
  return (
    <section className="border-b border-slate-100" data-testid={testId}>
      <h3>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} className="flex w-full items-center gap-2 px-4 py-2.5 text-left hover:bg-slate-50">
          <ChevronRight className={cn('h-4 w-4 shrink-0 text-slate-400 transition-transform', open && 'rotate-90')} aria-hidden />
          <span className="text-sm font-semibold text-slate-800">{title}</span>
          {badge}
          {summary && !open ? <span className="ml-auto truncate pl-2 text-xs font-normal text-slate-500">{summary}</span> : null}
        </button>
      </h3>
      {open ? <div className="space-y-3 px-4 pb-4 pt-1">{children}</div> : null}
    </section>
  );
}
