'use client';
/** The flow's languages: the default one (what buyers get when their language is missing) and the others it answers in. */
import { X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useDesigner } from '../context';
import { COMMON_LANGUAGES, FormRow, PathSelect, useLanguageName } from './controls';
import { FieldError } from './draft';
import { fieldId, type Issue } from './issues';
import { useDocEditor, useReadOnly } from './scope';

export function LanguagesEditor() {
  const t = useTranslations('inspector.languagesEditor');
  const languages = useDesigner((s) => s.doc.languages);
  const editDoc = useDocEditor();
  const readOnly = useReadOnly();
  const name = useLanguageName();
  const [issues, setIssues] = useState<Issue[]>([]);
  const set = (change: (l: typeof languages) => typeof languages) => setIssues(editDoc((d) => ({ ...d, languages: change(d.languages) }), ['languages']));
  const addable = COMMON_LANGUAGES.filter((l) => !languages.supported.includes(l));

  return (
    <div className="space-y-3" data-testid="languages-editor">
      <FormRow htmlFor={fieldId(['languages', 'default'])} label={t('default')} hint={t('defaultHint')}>
        <PathSelect path={['languages', 'default']} value={languages.default} options={languages.supported.map((l) => ({ value: l, label: name(l), hint: l }))} onValueChange={(v) => set((l) => ({ ...l, default: v }))} />
      </FormRow>
      <FormRow label={t('supported')} hint={t('supportedHint')}>
        <ul className="flex flex-wrap gap-1.5" data-path="languages.supported">
          {languages.supported.map((l) => (
            <li key={l} className="inline-flex items-center gap-1 rounded-full border border-slate-200 bg-slate-50 py-0.5 pl-2.5 pr-1 text-sm" data-testid={`language-${l}`}>
              {name(l)}
              <code className="text-[10px] text-slate-400">{l}</code>
              {!readOnly && l !== languages.default ? (
                <button type="button" aria-label={t('remove', { language: name(l) })} className="rounded-full p-0.5 text-slate-400 hover:bg-white hover:text-red-600" onClick={() => set((x) => ({ ...x, supported: x.supported.filter((s) => s !== l) }))}>
                  <X className="h-3 w-3" aria-hidden />
                </button>
              ) : (
                <span className="w-1" />
              )}
            </li>
          ))}
        </ul>
        {!readOnly && addable.length > 0 ? (
          <PathSelect
            path={['languages', 'add']}
            value=""
            placeholder={t('add')}
            className="mt-1.5 h-8 text-sm"
            options={addable.map((l) => ({ value: l, label: name(l), hint: l }))}
            onValueChange={(v) => v && set((x) => ({ ...x, supported: [...x.supported, v] }))}
          />
        ) : null}
        <FieldError issues={issues} />
      </FormRow>
    </div>
  );
}
