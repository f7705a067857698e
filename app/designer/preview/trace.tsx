'use client';
/** Why the bot answered as it did at one step: the deciding lines first, the whole trace on demand. */
import { ChevronRight } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import type { TraceEntry } from '../../../runtime/contract';
import { cn } from '../../ui/cn';
import { useDesigner } from '../context';
import { pickText, preferredLanguages } from '../text';

/** Trace lines that explain a decision (the rest is bookkeeping). */
const DECIDING: ReadonlySet<TraceEntry['type']> = new Set(['intent', 'schedule', 'agents', 'guard', 'trigger', 'handoff', 'condition', 'effect', 'problem', 'language']);

interface Candidate {
  intentId: string;
  score: number;
}

export function StepTrace({ trace, open, onToggle }: { trace: TraceEntry[]; open: boolean; onToggle: () => void }) {
  const t = useTranslations('preview');
  const doc = useDesigner((s) => s.doc);
  const locale = useLocale();
  const prefer = preferredLanguages(doc, locale);
  const intentName = (id: string | null | undefined) => (id ? pickText(doc.intents.find((i) => i.id === id)?.name, prefer) || id : '');

  const line = (e: TraceEntry): string => {
    if (e.type === 'intent' && e.data) {
      const candidates = (e.data.candidates as Candidate[] | undefined) ?? [];
      const matched = e.data.intentId as string | null;
      const top = candidates[0];
      const runner = matched ? candidates.find((c) => c.intentId !== matched) : candidates[1];
      // Chosen without matching words (a button, an order number, an item): no score to show.
      const via = e.data.via as string | undefined;
      if (matched && (via === 'payload' || via === 'order_number' || via === 'order_item')) return t(`trace.chosen.${via}`, { intent: intentName(matched) });
      const head = matched
        ? t('trace.matched', { intent: intentName(matched), score: Number(e.data.score), threshold: Number(e.data.threshold ?? 0) })
        : top
          ? t('trace.noMatch', { intent: intentName(top.intentId), score: top.score, threshold: Number(e.data.threshold ?? 0) })
          : t('trace.nothing');
      return runner && matched ? `${head} · ${t('trace.runnerUp', { intent: intentName(runner.intentId), score: runner.score })}` : head;
    }
    return e.message;
  };

  const deciding = trace.filter((e) => DECIDING.has(e.type));
  return (
    <div className="mt-1 text-[11px] text-slate-600" data-testid="step-trace">
      <button type="button" onClick={onToggle} className="flex items-center gap-1 font-medium text-slate-500 hover:text-slate-800" aria-expanded={open}>
        <ChevronRight aria-hidden className={cn('h-3 w-3 transition-transform', open && 'rotate-90')} />
        {t('trace.why')}
      </button>
      <ul className="mt-0.5 space-y-0.5 pl-4">
        {(open ? trace : deciding).map((e, i) => (
          <li key={i} className={cn('flex gap-1.5', e.type === 'problem' && 'text-red-700')} data-type={e.type}>
            <span className={cn('shrink-0 rounded px-1 font-mono text-[10px] uppercase', TYPE_TONE[e.type] ?? 'bg-slate-100 text-slate-500')}>{t(`trace.types.${e.type}`)}</span>
            <span className="min-w-0 break-words">
              {line(e)}
              {e.nodeId && (e.type === 'node' || e.type === 'edge') ? <span className="text-slate-400"> · {e.edgeId ?? e.nodeId}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const TYPE_TONE: Partial<Record<TraceEntry['type'], string>> = {
  intent: 'bg-indigo-100 text-indigo-700',
  schedule: 'bg-sky-100 text-sky-800',
  agents: 'bg-teal-100 text-teal-800',
  guard: 'bg-amber-100 text-amber-800',
  trigger: 'bg-violet-100 text-violet-800',
  handoff: 'bg-rose-100 text-rose-700',
  problem: 'bg-red-100 text-red-700',
};
