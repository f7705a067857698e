'use client';
/**
 * "Try a sentence": what the runtime's matcher (the compiled flow's intent index, the same
 * one a live conversation uses) makes of a buyer message, live: the intent it matches and its
 * score, the top three candidates against their thresholds, and a global trigger that would
 * take the message first.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import type { FlowDocument } from '../../../flows/document';
import { compileFlow } from '../../../runtime/compile';
import { detectLanguage } from '../../../runtime/language/detect';
import { findKeyword, keywordText } from '../../../runtime/matching/keywords';
import { matchIntent, type MatchResult } from '../../../runtime/matching/matcher';
import { questionText } from '../../../runtime/order-numbers';
import { normalizeText } from '../../../runtime/matching/normalize';
import { cn } from '../../ui/cn';
import { Input } from '../../ui/input';
import { useDesigner } from '../context';
import { pickText } from '../text';
import { useLanguageName } from './controls';

export interface TryResult {
  language: string;
  match: MatchResult;
  /** Per candidate, the threshold that applies to it. */
  thresholds: Record<string, number>;
  trigger: { id: string; name: string; target: string; keyword: string } | null;
}

/** Runs the runtime's matching for one sentence, as an intent step with these intents and threshold would. */
export function tryMatch(doc: FlowDocument, text: string, options: { restrictTo?: readonly string[]; threshold?: number }): TryResult {
  const compiled = compileFlow(doc);
  const language = detectLanguage(text, doc.languages.supported, doc.languages.default).language;
  const threshold = options.threshold ?? doc.settings.matchThreshold;
  // As the runtime does: order and tracking numbers are left out.
  const match = matchIntent(compiled.intentIndex, questionText(text), { language, restrictTo: options.restrictTo, threshold });
  const thresholds: Record<string, number> = {};
  for (const c of match.candidates) thresholds[c.intentId] = compiled.intents.get(c.intentId)?.threshold ?? threshold;
  let trigger: TryResult['trigger'] = null;
  const kt = keywordText(normalizeText(text));
  for (const { trigger: tr, keywords } of compiled.triggers) {
    const hit = findKeyword(keywords, kt);
    if (hit) {
      trigger = { id: tr.id, name: tr.name || tr.id, target: tr.target, keyword: hit.source };
      break;
    }
  }
  return { language, match, thresholds, trigger };
}

export function TrySentence({ restrictTo, threshold, noMatchLabel }: { restrictTo?: readonly string[]; threshold?: number; noMatchLabel?: string }) {
  const t = useTranslations('inspector.try');
  const locale = useLocale();
  const doc = useDesigner((s) => s.doc);
  const name = useLanguageName();
  const [text, setText] = useState('');
  const result = useMemo(() => (text.trim() ? tryMatch(doc, text, { restrictTo, threshold }) : null), [doc, text, restrictTo, threshold]);
  const prefer = [locale, doc.languages.default, ...doc.languages.supported];
  const intentName = (id: string) => {
    const intent = doc.intents.find((i) => i.id === id);
    return intent ? pickText(intent.name, prefer) || id : id;
  };
  const top = result?.match.candidates[0];

  return (
    <div className="space-y-2 rounded-md border border-indigo-100 bg-indigo-50/40 p-2.5" data-testid="try-sentence">
      <label htmlFor="try-sentence" className="block text-sm font-medium text-slate-700">
        {t('title')}
      </label>
      <Input id="try-sentence" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('placeholder')} className="bg-white" data-testid="try-input" />
      {result ? (
        <div className="space-y-2 text-xs" aria-live="polite">
          {result.match.intentId ? (
            <p className="rounded bg-emerald-50 px-2 py-1.5 text-emerald-900" data-testid="try-result">
              {t.rich('matched', {
                intent: intentName(result.match.intentId),
                score: result.match.score.toFixed(1),
                threshold: result.match.threshold,
                b: (chunks) => <strong className="font-semibold">{chunks}</strong>,
              })}
            </p>
          ) : (
            <p className="rounded bg-amber-50 px-2 py-1.5 text-amber-900" data-testid="try-result">
              {top
                ? t('noMatchBest', { intent: intentName(top.intentId), score: top.score.toFixed(1), threshold: result.thresholds[top.intentId] ?? result.match.threshold, exit: noMatchLabel ?? t('noMatchExit') })
                : t('noMatchNone', { exit: noMatchLabel ?? t('noMatchExit') })}
            </p>
          )}
          {result.trigger ? (
            <p className="rounded bg-rose-50 px-2 py-1.5 text-rose-900" data-testid="try-trigger">
              {t('trigger', { name: result.trigger.name, keyword: result.trigger.keyword, target: result.trigger.target })}
            </p>
          ) : null}
          {result.match.candidates.length > 0 ? (
            <div className="space-y-1.5">
              <p className="text-slate-500">{t('candidates')}</p>
              <ol className="space-y-1.5" data-testid="try-candidates">
                {result.match.candidates.map((c, i) => {
                  const th = result.thresholds[c.intentId] ?? result.match.threshold;
                  const passes = c.score >= th;
                  return (
                    <li key={c.intentId} className="space-y-0.5" data-testid="try-candidate">
                      <div className="flex items-baseline gap-2">
                        <span className={cn('truncate', i === 0 ? 'font-semibold text-slate-900' : 'text-slate-700')}>{intentName(c.intentId)}</span>
                        <span className="ml-auto tabular-nums text-slate-700">{c.score.toFixed(1)}</span>
                      </div>
                      <div className="relative h-2 rounded-full bg-slate-200" role="img" aria-label={t('bar', { score: c.score.toFixed(1), threshold: th })}>
                        <div className={cn('h-2 rounded-full', passes ? 'bg-emerald-500' : 'bg-slate-400')} style={{ width: `${Math.min(100, Math.max(0, c.score))}%` }} />
                        <div className="absolute -top-0.5 h-3 w-0.5 bg-slate-800" style={{ left: `${th}%` }} title={t('thresholdLine', { threshold: th })} data-testid="threshold-line" />
                      </div>
                      <p className="truncate text-[11px] text-slate-500">
                        {c.via === 'keyword' || c.via === 'both' ? t('viaKeyword', { keyword: c.keyword ?? '' }) : c.example ? t('viaExample', { example: c.example }) : null}
                      </p>
                    </li>
                  );
                })}
              </ol>
              <p className="flex items-center gap-1.5 text-[11px] text-slate-500">
                <span className="inline-block h-3 w-0.5 bg-slate-800" aria-hidden />
                {t('legend', { threshold: threshold ?? doc.settings.matchThreshold, language: name(result.language) })}
              </p>
            </div>
          ) : null}
        </div>
      ) : (
        <p className="text-[11px] text-slate-500">{t('hint')}</p>
      )}
    </div>
  );
}
