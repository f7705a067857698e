'use client';
/** The flow's knowledge base: every intent, opened one at a time for editing; new and delete; try a sentence against all. */
import { ChevronRight, Plus, Trash2 } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Input } from '../../ui/input';
import { useDesigner } from '../context';
import { pickText } from '../text';
import { useOpenRequest } from './collapsible';
import { IconButton } from './controls';
import { FieldError } from './draft';
import type { Issue } from './issues';
import { IntentEditor } from './intent-editor';
import { newIntent, removeIntent, routingSteps } from './knowledge';
import { useChoice, useDocEditor, useReadOnly } from './scope';
import { TrySentence } from './try-sentence';

export function KnowledgeBase() {
  const t = useTranslations('inspector.knowledge');
  const intents = useDesigner((s) => s.doc.intents);
  const languages = useDesigner((s) => s.doc.languages);
  const editDoc = useDocEditor();
  const readOnly = useReadOnly();
  const [name, setName] = useState('');
  const [issues, setIssues] = useState<Issue[]>([]);
  const [opened, setOpened] = useState<string | null>(null);

  const create = () => {
    const intent = newIntent({ intents }, name || t('newName'), languages.default);
    const result = editDoc((d) => ({ ...d, intents: [...d.intents, intent] }), ['intents']);
    setIssues(result);
    if (result.length === 0) {
      setName('');
      setOpened(intent.id);
    }
  };

  return (
    <div className="space-y-2" data-testid="knowledge-base">
      <p className="text-xs leading-snug text-slate-500">{t('hint', { count: intents.length })}</p>
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {intents.map((intent, index) => (
          <IntentRow key={intent.id} index={index} opened={opened === intent.id} onOpened={(open) => setOpened(open ? intent.id : null)} onIssues={setIssues} />
        ))}
        {intents.length === 0 ? <li className="px-3 py-2 text-xs text-slate-500">{t('empty')}</li> : null}
      </ul>
      {!readOnly ? (
        <div className="flex gap-1.5">
          <Input value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && create()} placeholder={t('newPlaceholder')} aria-label={t('newPlaceholder')} className="h-8 text-sm" data-testid="new-intent-name" />
          <Button type="button" size="sm" variant="secondary" className="h-8 shrink-0 text-xs" onClick={create} data-testid="new-intent">
            <Plus className="h-3.5 w-3.5" aria-hidden />
            {t('new')}
          </Button>
        </div>
      ) : null}
      <FieldError issues={issues} />
      {intents.length > 0 ? <TrySentence /> : null}
    </div>
  );
}

function IntentRow({ index, opened, onOpened, onIssues }: { index: number; opened: boolean; onOpened(open: boolean): void; onIssues(issues: Issue[]): void }) {
  const t = useTranslations('inspector.knowledge');
  const locale = useLocale();
  const doc = useDesigner((s) => s.doc);
  const editDoc = useDocEditor();
  const readOnly = useReadOnly();
  const request = useOpenRequest([['intents', index]]);
  const [open, setOpen] = useChoice(false, request);
  const isOpen = open || opened;
  const intent = doc.intents[index];
  if (!intent) return null;
  const prefer = [locale, doc.languages.default, ...doc.languages.supported];
  const steps = routingSteps(doc, intent.id);
  const examples = Object.values(intent.examples).reduce((n, l) => n + l.length, 0);
  const toggle = () => {
    setOpen(!isOpen);
    onOpened(!isOpen);
  };
  return (
    <li data-testid={`kb-intent-${intent.id}`} data-path={`intents.${index}`} tabIndex={-1} className="focus:outline-none">
      <div className="flex items-center gap-1 pr-1">
        <button type="button" aria-expanded={isOpen} onClick={toggle} className="flex min-w-0 flex-1 items-center gap-2 px-2 py-2 text-left hover:bg-slate-50">
          <ChevronRight className={cn('h-4 w-4 shrink-0 text-slate-400 transition-transform', isOpen && 'rotate-90')} aria-hidden />
          <span className="min-w-0 flex-1">
            <span className="block truncate text-sm font-medium text-slate-800">{pickText(intent.name, prefer) || intent.id}</span>
            <span className="block truncate text-[11px] text-slate-500">{t('counts', { keywords: intent.keywords.length, examples, steps: steps.length })}</span>
          </span>
        </button>
        {!readOnly ? (
          <IconButton
            label={t('delete')}
            onClick={() => {
              const next = removeIntent(doc, intent.id);
              if (!next) onIssues([{ path: ['intents', index], code: 'custom', message: 'only-intent' }]);
              else onIssues(editDoc(() => next, []));
            }}
          >
            <Trash2 className="h-3.5 w-3.5" />
          </IconButton>
        ) : null}
      </div>
      {isOpen ? (
        <div className="border-t border-slate-100 bg-slate-50/40 px-3 py-3">
          <IntentEditor intentId={intent.id} />
        </div>
      ) : null}
    </li>
  );
}
