'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Badge } from '../../../../ui/badge';
import { Button } from '../../../../ui/button';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../../../ui/select';
import { LANGUAGE_CHOICES } from './options';

/** The shop's languages in order: the first one is the default; add, remove, make default. */
export function LanguagesInput({ id, value, onChange, invalid, disabled }: { id: string; value: string[]; onChange: (next: string[]) => void; invalid?: boolean; disabled?: boolean }) {
  const t = useTranslations('settings');
  const [adding, setAdding] = useState('');
  const name = (code: string) => (t.has(`languageNames.${code}`) ? t(`languageNames.${code}`) : code);
  const available = LANGUAGE_CHOICES.filter((c) => !value.includes(c));
  return (
    <div className="space-y-2" id={id} aria-invalid={invalid}>
      <ol className="flex flex-wrap gap-2" aria-label={t('fields.languages')}>
        {value.map((code, i) => (
          <li key={code} className="flex items-center gap-1 rounded-md border border-slate-300 bg-white py-1 pl-2.5 pr-1 text-sm" data-testid={`language-${code}`}>
            <span className="text-slate-900">{name(code)}</span>
            <span className="font-mono text-xs text-slate-400">{code}</span>
            {i === 0 ? (
              <Badge tone="info" className="ml-1">
                {t('languages.default')}
              </Badge>
            ) : (
              <button
                type="button"
                disabled={disabled}
                onClick={() => onChange([code, ...value.filter((c) => c !== code)])}
                className="ml-1 rounded px-1.5 py-0.5 text-xs text-indigo-700 hover:bg-indigo-50 disabled:hidden"
              >
                {t('languages.makeDefault')}
              </button>
            )}
            <button
              type="button"
              disabled={disabled}
              aria-label={t('languages.remove', { language: name(code) })}
              onClick={() => onChange(value.filter((c) => c !== code))}
              className="grid h-6 w-6 place-items-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-800 disabled:hidden"
            >
              <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          </li>
        ))}
        {value.length === 0 ? <li className="text-sm text-slate-500">{t('languages.none')}</li> : null}
      </ol>
      {disabled ? null : (
        <div className="flex max-w-sm items-center gap-2">
          <Select value={adding} onValueChange={setAdding}>
            <SelectTrigger aria-label={t('languages.addLabel')} className="h-8">
              <SelectValue placeholder={t('languages.addPlaceholder')} />
            </SelectTrigger>
            <SelectContent>
              {available.map((code) => (
                <SelectItem key={code} value={code}>
                  {name(code)} ({code})
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <Button
            type="button"
            size="sm"
            variant="secondary"
            disabled={!adding}
            onClick={() => {
              onChange([...value, adding]);
              setAdding('');
            }}
          >
            {t('languages.add')}
          </Button>
        </div>
      )}
    </div>
  );
}
