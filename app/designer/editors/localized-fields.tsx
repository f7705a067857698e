'use client';
/** A short text with one variant per flow language (button labels, names): one row per language. */
import { useTranslations } from 'next-intl';
import type { LocalizedText } from '../../../flows/common';
import { useDesigner } from '../context';
import { useLanguageName } from './controls';
import { DraftInput } from './draft';
import type { Issue, Path } from './issues';
import { useReadOnly } from './scope';

export function setLocalized(text: LocalizedText, lang: string, value: string): LocalizedText {
  const next = { ...text };
  if (value === '') delete next[lang];
  else next[lang] = value;
  return next;
}

export function LocalizedFields({
  value,
  path,
  onCommit,
  placeholder,
  maxLength,
}: {
  value: LocalizedText;
  path: Path;
  /** Commits a change of the localized text (applied to the document's current value). */
  onCommit(change: (text: LocalizedText) => LocalizedText): Issue[];
  placeholder?: string;
  maxLength?: number;
}) {
  const t = useTranslations('inspector');
  const languages = useDesigner((s) => s.doc.languages);
  const readOnly = useReadOnly();
  const name = useLanguageName();
  return (
    <div className="space-y-1.5">
      {languages.supported.map((lang) => {
        const missing = (value[lang] ?? '').trim() === '';
        return (
          <div key={lang} className="flex items-start gap-2">
            <span className="mt-2 flex w-20 shrink-0 items-center gap-1 text-xs text-slate-500" title={name(lang)}>
              <span className="truncate">{name(lang)}</span>
              {missing ? <span className="sr-only">{t('reply.missing')}</span> : null}
            </span>
            <DraftInput
              path={[...path, lang]}
              value={value[lang] ?? ''}
              disabled={readOnly}
              maxLength={maxLength}
              placeholder={missing ? t('reply.missingPlaceholder') : placeholder}
              className={missing ? 'h-8 border-amber-300 bg-amber-50/40' : 'h-8'}
              aria-label={name(lang)}
              onCommit={(text) => onCommit((current) => setLocalized(current, lang, text))}
            />
          </div>
        );
      })}
    </div>
  );
}
