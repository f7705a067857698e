'use client';
/** Global triggers: phrases (or an intent) that jump to a step from anywhere, e.g. "人工 / human" → hand over. */
import { ArrowRight, Plus, Trash2 } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { GlobalTrigger } from '../../../flows/trigger';
import { Button } from '../../ui/button';
import { useDesigner } from '../context';
import { freshId } from '../defaults';
import { pickText } from '../text';
import { FormRow, IconButton, PathSelect } from './controls';
import { DraftInput, FieldError } from './draft';
import { fieldId, issuesUnder, type Issue, type Path } from './issues';
import { KeywordChips } from './keyword-chips';
import { useDocEditor, useReadOnly } from './scope';

const NO_INTENT = '__none__';

export function TriggersEditor() {
  const t = useTranslations('inspector.triggers');
  const tk = useTranslations('designer.kinds');
  const tt = useTranslations('inspector');
  const locale = useLocale();
  const triggers = useDesigner((s) => s.doc.globalTriggers);
  const nodes = useDesigner((s) => s.doc.nodes);
  const intents = useDesigner((s) => s.doc.intents);
  const languages = useDesigner((s) => s.doc.languages);
  const editDoc = useDocEditor();
  const readOnly = useReadOnly();
  const [issues, setIssues] = useState<Issue[]>([]);
  const prefer = [locale, languages.default, ...languages.supported];
  const edit = (change: (list: GlobalTrigger[]) => GlobalTrigger[]) => editDoc((d) => ({ ...d, globalTriggers: change(d.globalTriggers) }), ['globalTriggers']);
  const setAt = (i: number, change: (x: GlobalTrigger) => GlobalTrigger) => edit((list) => list.map((x, k) => (k === i ? change(x) : x)));
  // Hand-over steps first: what a trigger usually goes to.
  const targets = [...nodes].sort((a, b) => Number(b.kind === 'handoff') - Number(a.kind === 'handoff')).filter((n) => n.kind !== 'start');
  const nodeName = (id: string) => {
    const n = nodes.find((x) => x.id === id);
    return n ? n.label || `${tk(n.kind)} · ${n.id}` : id;
  };

  return (
    <div className="space-y-2" data-testid="triggers-editor">
      {triggers.length === 0 ? <p className="text-xs text-slate-500">{t('none')}</p> : null}
      {triggers.map((tr, i) => {
        const path: Path = ['globalTriggers', i];
        const own = issuesUnder(issues, path);
        return (
          <div key={tr.id} className="space-y-2 rounded-md border border-slate-200 p-2" data-testid={`trigger-${tr.id}`}>
            <div className="flex items-start gap-1.5">
              <DraftInput path={[...path, 'name']} value={tr.name} className="h-8 text-sm font-medium" placeholder={t('namePlaceholder')} aria-label={t('name')} maxLength={100} onCommit={(name) => setAt(i, (x) => ({ ...x, name }))} />
              {!readOnly ? (
                <IconButton label={t('remove')} onClick={() => setIssues(edit((list) => list.filter((_, k) => k !== i)))}>
                  <Trash2 className="h-3.5 w-3.5" />
                </IconButton>
              ) : null}
            </div>
            <FormRow label={<span className="text-xs">{t('keywords')}</span>} hint={tt('keywords.hint')}>
              <KeywordChips keywords={tr.keywords} path={[...path, 'keywords']} placeholder={t('keywordsPlaceholder')} onChange={(change) => edit((list) => list.map((x, k) => (k === i ? { ...x, keywords: change(x.keywords) } : x)))} />
            </FormRow>
            <FormRow htmlFor={fieldId([...path, 'intentId'])} label={<span className="text-xs">{t('intent')}</span>}>
              <PathSelect
                path={[...path, 'intentId']}
                className="h-8 text-sm"
                value={tr.intentId ?? NO_INTENT}
                options={[{ value: NO_INTENT, label: t('noIntent') }, ...intents.map((n) => ({ value: n.id, label: pickText(n.name, prefer) || n.id }))]}
                onValueChange={(v) =>
                  setIssues(
                    setAt(i, (x) => {
                      const next = { ...x };
                      if (v === NO_INTENT) delete next.intentId;
                      else next.intentId = v;
                      return next;
                    }),
                  )
                }
              />
            </FormRow>
            <FormRow htmlFor={fieldId([...path, 'target'])} label={<span className="inline-flex items-center gap-1 text-xs"><ArrowRight className="h-3 w-3" aria-hidden />{t('target')}</span>}>
              <PathSelect path={[...path, 'target']} className="h-8 text-sm" value={tr.target} options={targets.map((n) => ({ value: n.id, label: nodeName(n.id) }))} onValueChange={(target) => setIssues(setAt(i, (x) => ({ ...x, target })))} />
            </FormRow>
            <FieldError issues={own} />
          </div>
        );
      })}
      {!readOnly ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="h-8 text-xs"
          data-testid="add-trigger"
          onClick={() =>
            setIssues(
              edit((list) => {
                const target = nodes.find((n) => n.kind === 'handoff') ?? targets[0];
                if (!target) return list;
                return [...list, { id: freshId('trigger', list.map((x) => x.id)), name: t('newName'), keywords: ['人工|转人工|human|agent'], target: target.id }];
              }),
            )
          }
        >
          <Plus className="h-3.5 w-3.5" aria-hidden />
          {t('add')}
        </Button>
      ) : null}
      <FieldError issues={issues.filter((x) => x.path.length <= 2)} />
    </div>
  );
}
