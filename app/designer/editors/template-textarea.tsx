'use client';
/**
 * A reply text box that shows, as the seller types, the placeholders of unknown variables
 * (with a one-click fix when a known name is close) and the banned phrases of the flow's
 * market, highlighted in the text and listed below it.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { Market } from '../../../flows/banned-phrases';
import { cn } from '../../ui/cn';
import { FieldError, useDraft } from './draft';
import { fieldId, pathKey, type Issue, type Path } from './issues';
import { applySuggestion, checkText, highlightSegments, insertAt, type MarkKind } from './template-check';

export interface TemplateTextareaHandle {
  /** Puts `snippet` at the caret (replacing the selection) and commits. */
  insert(snippet: string): void;
}

const MARK_CLASS: Record<MarkKind, string> = {
  banned: 'rounded-sm bg-red-200/80',
  unknown: 'rounded-sm bg-amber-200/80 underline decoration-amber-600 decoration-wavy',
  variable: 'rounded-sm bg-indigo-100',
};

const HAN = /\p{Script=Han}/u;

export function TemplateTextarea({
  value,
  onCommit,
  path,
  known,
  market,
  language,
  templated = true,
  disabled,
  placeholder,
  handle,
  label,
}: {
  value: string;
  onCommit(text: string): Issue[];
  path: Path;
  known: readonly string[];
  market: Market;
  /** The language of the text, for its banned-phrase lists. */
  language?: string;
  templated?: boolean;
  disabled?: boolean;
  placeholder?: string;
  handle?: Ref<TemplateTextareaHandle>;
  label?: string;
}) {
  const t = useTranslations('inspector');
  const draft = useDraft(value, onCommit);
  const area = useRef<HTMLTextAreaElement>(null);
  const text = draft.text;
  const findings = useMemo(() => checkText(text, known, market, templated, language), [text, known, market, templated, language]);
  const segments = useMemo(() => highlightSegments(text, findings), [text, findings]);
  const zh = useLocale() === 'zh';
  useImperativeHandle(handle, () => ({
    insert(snippet: string) {
      const el = area.current;
      const current = el?.value ?? text;
      const { text: next, caret } = insertAt(current, el?.selectionStart ?? current.length, el?.selectionEnd ?? current.length, snippet);
      draft.flush(next);
      requestAnimationFrame(() => {
        el?.focus();
        el?.setSelectionRange(caret, caret);
      });
    },
  }));
  const fid = fieldId(path);
  const box = 'min-h-20 w-full whitespace-pre-wrap break-words rounded-md border px-3 py-2 text-sm leading-5';
  return (
    <div className="space-y-1.5">
      <div className="relative">
        <div aria-hidden className={cn(box, 'pointer-events-none absolute inset-0 overflow-hidden border-transparent text-transparent')} data-testid="reply-highlights">
          {segments.map((s, i) =>
            s.mark ? (
              <mark key={i} className={cn('text-transparent', MARK_CLASS[s.mark])} data-mark={s.mark}>
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
          {'\u200b'}
        </div>
        <textarea
          ref={area}
          id={fid}
          data-path={pathKey(path)}
          aria-label={label}
          value={text}
          disabled={disabled}
          placeholder={placeholder}
          aria-invalid={draft.issues.length > 0 || findings.banned.length > 0 || findings.unknown.length > 0 || undefined}
          onChange={(e) => draft.change(e.target.value)}
          onBlur={() => draft.flush()}
          onKeyDown={(e) => {
            if (e.key === 'Escape') draft.revert();
          }}
          className={cn(
            box,
            'relative block resize-none border-slate-300 bg-transparent text-slate-900 [field-sizing:content] placeholder:text-slate-400 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 disabled:cursor-not-allowed disabled:text-slate-500',
            (findings.banned.length > 0 || draft.issues.length > 0) && 'border-red-400',
          )}
        />
      </div>
      <FieldError issues={draft.issues} id={`${fid}-error`} />
      {findings.unknown.length > 0 || findings.banned.length > 0 ? (
        <ul className="space-y-1 text-xs">
          {findings.unknown.map((u, i) => (
            <li key={`u${i}`} className="flex flex-wrap items-center gap-x-1.5 gap-y-1 rounded-md bg-amber-50 px-2 py-1 text-amber-900" data-testid="unknown-variable">
              <span>{t('reply.unknownVariable', { name: `{${u.name}}` })}</span>
              {u.suggestion ? (
                <>
                  <span>{t('reply.didYouMean', { name: `{${u.suggestion}}` })}</span>
                  {!disabled ? (
                    <button
                      type="button"
                      className="rounded border border-amber-300 bg-white px-1.5 py-0.5 font-medium text-amber-900 hover:bg-amber-100"
                      onClick={() => draft.flush(applySuggestion(text, u, u.suggestion!))}
                    >
                      {t('reply.useSuggestion', { name: `{${u.suggestion}}` })}
                    </button>
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
          {findings.banned.map((b, i) => (
            <li key={`b${i}`} className="rounded-md bg-red-50 px-2 py-1 text-red-800" data-testid="banned-phrase">
              <span className="font-medium">{t('reply.banned', { phrase: text.slice(b.start, b.end), market })}</span>
              <span className="ml-1 rounded bg-red-100 px-1 py-px text-[11px]">{t(`bannedCategories.${b.category}`)}</span>
              {HAN.test(b.note) === zh ? <span className="mt-0.5 block text-red-700/80">{b.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
