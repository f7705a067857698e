'use client';
/**
 * A failing test as a readable diff: per failing step what the buyer did, then each check with
 * what was expected (−) and what came (+), changed words marked, and what the bot said.
 */
import { ExternalLink } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { Failure, StepReport } from '../../../runtime/testing/run-test';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { wallClock } from '../../preview/clock';
import { wordDiff } from './word-diff';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' → ');
  return JSON.stringify(value);
}

/** "replies[0].text" → the check's name for a seller. */
function useWhat() {
  const t = useTranslations('tests.what');
  return (what: string): string => {
    const reply = /^(replies|someReplies|suggestions)\[(\d+)\](?:\.(\w+))?$/.exec(what);
    if (reply) {
      const n = Number(reply[2]) + 1;
      const field = reply[3];
      const list = reply[1] as 'replies' | 'someReplies' | 'suggestions';
      return field && ['text', 'contains', 'kind', 'language', 'buttons', 'nodeId'].includes(field) ? t(`${list}.${field}`, { n }) : t(`${list}.any`, { n });
    }
    const known = ['replies.length', 'suggestions.length', 'noReply', 'handoff', 'handoff.queue', 'handoff.reason', 'status', 'intent', 'path', 'feedback.reply'] as const;
    const key = known.find((k) => k === what);
    return key ? t(key.replace('.', '_')) : what;
  };
}

function Line({ sign, value, other }: { sign: '−' | '+'; value: unknown; other: unknown }) {
  const text = show(value);
  const parts = typeof value === 'string' && typeof other === 'string' ? (sign === '−' ? wordDiff(value, other) : wordDiff(other, value)) : null;
  return (
    <p className={cn('whitespace-pre-wrap break-words rounded px-1.5 py-0.5 font-mono text-[11px]', sign === '−' ? 'bg-red-50 text-red-900' : 'bg-emerald-50 text-emerald-900')} data-testid={sign === '−' ? 'diff-expected' : 'diff-actual'}>
      <span className="select-none pr-1 font-bold">{sign}</span>
      {parts
        ? parts
            .filter((p) => p.kind === 'same' || p.kind === (sign === '−' ? 'removed' : 'added'))
            .map((p, i) => (
              <span key={i} className={cn(p.kind !== 'same' && (sign === '−' ? 'bg-red-200 line-through decoration-red-500' : 'bg-emerald-200'))}>
                {p.text}
              </span>
            ))
        : text}
    </p>
  );
}

function FailureLines({ failure }: { failure: Failure }) {
  const what = useWhat();
  return (
    <div className="space-y-0.5" data-testid="test-failure">
      <p className="text-[11px] font-medium text-slate-700">{what(failure.what)}</p>
      <Line sign="−" value={failure.expected} other={failure.actual} />
      <Line sign="+" value={failure.actual} other={failure.expected} />
    </div>
  );
}

export function FailureDiff({ steps, timezone, onOpen }: { steps: StepReport[]; timezone: string; onOpen(stepIndex: number): void }) {
  const t = useTranslations('tests');
  const failing = steps.filter((s) => s.failures.length > 0);
  return (
    <div className="space-y-2" data-testid="test-diff">
      {failing.map((s) => {
        const wall = wallClock(timezone, Date.parse(s.at));
        return (
          <div key={s.index} className="space-y-1 rounded-md border border-red-200 bg-white p-2" data-testid="test-failing-step">
            <div className="flex items-start gap-2">
              <p className="min-w-0 flex-1 text-xs text-slate-800">
                <span className="font-semibold">{t('step', { n: s.index + 1 })}</span> · {s.input}
                <span className="block text-[10px] text-slate-500">
                  {wall.date} {wall.time} ({timezone})
                </span>
              </p>
              <Button type="button" variant="secondary" size="sm" className="h-6 shrink-0 px-2 text-[11px]" onClick={() => onOpen(s.index)} data-testid="test-open-step">
                <ExternalLink aria-hidden className="h-3 w-3" />
                {t('openInPreview')}
              </Button>
            </div>
            {s.failures.map((f, i) => (
              <FailureLines key={i} failure={f} />
            ))}
            {s.replies.length > 0 || s.suggestions.length > 0 ? (
              <div className="border-t border-slate-100 pt-1 text-[11px] text-slate-500">
                <p>{t('botSaid')}</p>
                <ul className="list-disc pl-4">
                  {s.replies.map((r, i) => (
                    <li key={`r${i}`}>
                      [{r.kind}] {r.text}
                    </li>
                  ))}
                  {s.suggestions.map((r, i) => (
                    <li key={`s${i}`}>
                      ({t('suggested')}) [{r.kind}] {r.text}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <p className="text-[10px] text-slate-400">
              {t('path')}: {s.path.join(' → ') || '—'}
            </p>
          </div>
        );
      })}
    </div>
  );
}
