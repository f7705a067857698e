'use client';
/**
 * Keywords as chips: `快递|物流|包裹|tracking` is one chip showing its alternatives; alternatives
 * are added and removed inside the chip, and "add keyword" takes `a|b|c` as one chip.
 */
import { Check, Pencil, Plus, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { keywordAlternatives } from '../../../flows/intent';
import { cn } from '../../ui/cn';
import { Input } from '../../ui/input';
import { FieldError } from './draft';
import { fieldId, issuesUnder, pathKey, type Issue, type Path } from './issues';
import { addAlternatives, addKeyword, removeAlternative } from './keywords';
import { useReadOnly } from './scope';

export function KeywordChips({
  keywords,
  path,
  onChange,
  shared,
  placeholder,
}: {
  keywords: readonly string[];
  path: Path;
  /** Commits a change of the keyword list (applied to the document's current list). */
  onChange(change: (keywords: string[]) => string[]): Issue[];
  /** Alternatives another intent uses too, with that intent's name. */
  shared?: ReadonlyMap<string, string>;
  placeholder?: string;
}) {
  const t = useTranslations('inspector');
  const readOnly = useReadOnly();
  const [input, setInput] = useState('');
  const [issues, setIssues] = useState<Issue[]>([]);
  const [openChip, setOpenChip] = useState<number | null>(null);
  const [altInput, setAltInput] = useState('');

  const commit = (change: (k: string[]) => string[]) => {
    const result = onChange(change);
    setIssues(result);
    return result.length === 0;
  };
  const addChip = () => {
    if (commit((k) => addKeyword(k, input) ?? k)) setInput('');
  };
  const addAlt = (index: number) => {
    if (commit((k) => k.map((x, i) => (i === index ? addAlternatives(x, altInput) : x)))) setAltInput('');
  };
  const removeAlt = (index: number, alt: number) =>
    commit((k) => {
      const kept = removeAlternative(k[index] ?? '', alt);
      return kept === null ? k.filter((_, i) => i !== index) : k.map((x, i) => (i === index ? kept : x));
    });

  return (
    <div className="space-y-2" data-path={pathKey(path)} data-testid="keyword-chips">
      {keywords.length === 0 ? <p className="text-xs text-slate-500">{t('keywords.none')}</p> : null}
      <ul className="flex flex-wrap gap-1.5">
        {keywords.map((k, index) => {
          const alts = keywordAlternatives(k);
          const open = openChip === index;
          const chipIssues = issuesUnder(issues, [...path, index]);
          const isShared = alts.some((a) => shared?.has(a));
          return (
            <li
              key={`${index}-${k}`}
              data-path={pathKey([...path, index])}
              tabIndex={-1}
              data-testid="keyword-chip"
              className={cn(
                'max-w-full rounded-lg border px-1.5 py-1 text-xs',
                isShared ? 'border-amber-300 bg-amber-50' : 'border-violet-200 bg-violet-50',
                open && 'w-full',
              )}
            >
              <div className="flex flex-wrap items-center gap-1">
                {alts.map((a, ai) => (
                  <span key={ai} className="inline-flex items-center gap-0.5">
                    {ai > 0 ? <span className="px-0.5 text-slate-400" aria-hidden>|</span> : null}
                    <span className={cn('rounded px-1 py-0.5', shared?.has(a) ? 'bg-amber-200/70 text-amber-950' : 'bg-white text-violet-900')} title={shared?.has(a) ? t('keywords.shared', { intent: shared.get(a) ?? '' }) : undefined} data-testid="keyword-alternative">
                      {a}
                    </span>
                    {open && !readOnly ? (
                      <button type="button" aria-label={t('keywords.removeAlternative', { word: a })} className="rounded p-0.5 text-slate-400 hover:bg-white hover:text-red-600" onClick={() => removeAlt(index, ai)}>
                        <X className="h-3 w-3" aria-hidden />
                      </button>
                    ) : null}
                  </span>
                ))}
                {!readOnly ? (
                  <button
                    type="button"
                    className="ml-0.5 inline-flex items-center gap-0.5 rounded p-0.5 text-[11px] text-violet-700 hover:bg-white"
                    aria-expanded={open}
                    aria-label={open ? t('keywords.done') : t('keywords.editAlternatives', { word: alts[0] ?? '' })}
                    title={open ? undefined : t('keywords.editAlternatives', { word: alts[0] ?? '' })}
                    onClick={() => {
                      setOpenChip(open ? null : index);
                      setAltInput('');
                    }}
                  >
                    {open ? (
                      <>
                        <Check className="h-3 w-3" aria-hidden />
                        {t('keywords.done')}
                      </>
                    ) : (
                      <Pencil className="h-3 w-3" aria-hidden />
                    )}
                  </button>
                ) : null}
                {!readOnly && !open ? (
                  <button type="button" aria-label={t('keywords.removeKeyword', { word: alts.join(' | ') })} className="rounded p-0.5 text-slate-400 hover:bg-white hover:text-red-600" onClick={() => commit((list) => list.filter((_, i) => i !== index))}>
                    <X className="h-3 w-3" aria-hidden />
                  </button>
                ) : null}
              </div>
              {open && !readOnly ? (
                <div className="mt-1.5 flex gap-1">
                  <Input
                    autoFocus
                    value={altInput}
                    onChange={(e) => setAltInput(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        addAlt(index);
                      }
                    }}
                    placeholder={t('keywords.alternativePlaceholder')}
                    aria-label={t('keywords.addAlternative')}
                    className="h-7 text-xs"
                    data-testid="alternative-input"
                  />
                  <button type="button" className="shrink-0 rounded-md border border-slate-300 bg-white px-2 text-xs hover:bg-slate-50" onClick={() => addAlt(index)}>
                    {t('keywords.addAlternative')}
                  </button>
                </div>
              ) : null}
              <FieldError issues={chipIssues} />
            </li>
          );
        })}
      </ul>
      {!readOnly ? (
        <div className="flex gap-1.5">
          <Input
            id={fieldId([...path, 'new'])}
            value={input}
            onChange={(e) => setInput(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addChip();
              }
            }}
            placeholder={placeholder ?? t('keywords.placeholder')}
            aria-label={t('keywords.add')}
            className="h-8 text-sm"
            data-testid="keyword-input"
          />
          <button type="button" onClick={addChip} className="inline-flex h-8 shrink-0 items-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-xs font-medium text-slate-700 hover:bg-slate-50" data-testid="add-keyword">
            <Plus className="h-3.5 w-3.5" aria-hidden />
            {t('keywords.add')}
          </button>
        </div>
      ) : null}
      <FieldError issues={issues.filter((i) => !keywords.some((_, k) => issuesUnder([i], [...path, k]).length > 0))} />
    </div>
  );
}
