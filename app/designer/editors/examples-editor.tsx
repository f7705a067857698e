'use client';
/** Example questions of an intent, one tab per flow language; a language without examples is marked. */
import { Plus, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Input } from '../../ui/input';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../ui/tabs';
import { useDesigner } from '../context';
import { IconButton, MissingDot, useLanguageName } from './controls';
import { DraftInput, FieldError } from './draft';
import type { Issue, Path } from './issues';
import { useChoice, useFocusRequest, useReadOnly } from './scope';

type Examples = Record<string, string[]>;

export function ExamplesEditor({ examples, path, onChange }: { examples: Examples; path: Path; onChange(change: (examples: Examples) => Examples): Issue[] }) {
  const t = useTranslations('inspector');
  const languages = useDesigner((s) => s.doc.languages);
  const readOnly = useReadOnly();
  const name = useLanguageName();
  const extra = Object.keys(examples).filter((l) => !languages.supported.includes(l));
  const tabs = [...languages.supported, ...extra];
  const request = useFocusRequest(path);
  const requested = request && typeof request.rest[0] === 'string' && tabs.includes(request.rest[0]) ? { value: request.rest[0], nonce: request.nonce } : null;
  const [active, setActive] = useChoice(languages.default, requested);
  const lang = tabs.includes(active) ? active : languages.default;
  const [input, setInput] = useState('');
  const [issues, setIssues] = useState<Issue[]>([]);
  const list = examples[lang] ?? [];

  const setList = (change: (list: string[]) => string[]) =>
    onChange((ex) => {
      const next = { ...ex };
      const updated = change(ex[lang] ?? []);
      if (updated.length === 0) delete next[lang];
      else next[lang] = updated;
      return next;
    });
  const add = () => {
    const lines = input
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) return;
    const result = setList((l) => [...l, ...lines.filter((x) => !l.includes(x))]);
    setIssues(result);
    if (result.length === 0) setInput('');
  };

  return (
    <Tabs value={lang} onValueChange={setActive} data-testid="examples">
      <TabsList className="flex w-full flex-wrap gap-0">
        {tabs.map((l) => {
          const count = examples[l]?.length ?? 0;
          const unsupported = !languages.supported.includes(l);
          return (
            <TabsTrigger key={l} value={l} className="px-2 py-1.5 text-xs" data-testid={`examples-tab-${l}`} data-missing={count === 0 || undefined}>
              {name(l)}
              <span className="rounded-full bg-slate-100 px-1.5 text-[10px] text-slate-600">{count}</span>
              {count === 0 ? <MissingDot label={t('examples.missing')} /> : null}
              {unsupported ? <span className="text-[10px] text-amber-700">{t('examples.unsupported')}</span> : null}
            </TabsTrigger>
          );
        })}
      </TabsList>
      <TabsContent value={lang} className="space-y-1.5 pt-2">
        {list.length === 0 ? <p className="text-xs text-amber-700">{t('examples.none', { language: name(lang) })}</p> : null}
        <ul className="space-y-1">
          {list.map((ex, k) => (
            <li key={k} className="flex items-start gap-1">
              <DraftInput
                path={[...path, lang, k]}
                value={ex}
                className="h-8 text-sm"
                disabled={readOnly}
                maxLength={500}
                aria-label={t('examples.example', { n: k + 1 })}
                onCommit={(text) => setList((l) => (text.trim() === '' ? l.filter((_, i) => i !== k) : l.map((x, i) => (i === k ? text : x))))}
              />
              {!readOnly ? (
                <IconButton label={t('examples.remove')} onClick={() => setList((l) => l.filter((_, i) => i !== k))}>
                  <X className="h-3.5 w-3.5" />
                </IconButton>
              ) : null}
            </li>
          ))}
        </ul>
        {!readOnly ? (
          <div className="flex gap-1.5">
            <Input
              value={input}
              onChange={(e) => setInput(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
              placeholder={t('examples.placeholder')}
              aria-label={t('examples.add')}
              className="h-8 text-sm"
              data-testid="example-input"
            />
            <button type="button" onClick={add} className="inline-flex h-8 shrink-0 items-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-xs font-medium text-slate-700 hover:bg-slate-50">
              <Plus className="h-3.5 w-3.5" aria-hidden />
              {t('examples.add')}
            </button>
          </div>
        ) : null}
        <FieldError issues={issues} />
      </TabsContent>
    </Tabs>
  );
}
