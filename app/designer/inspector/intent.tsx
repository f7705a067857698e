'use client';
import { ArrowDown, ArrowUp, ChevronRight, Plus, X } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Intent } from '../../../flows/intent';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Input } from '../../ui/input';
import { useDesigner } from '../context';
import { pickText } from '../text';
import { FormRow, IconButton, PathSelect } from '../editors/controls';
import { FieldError } from '../editors/draft';
import { IntentEditor } from '../editors/intent-editor';
import { issuesUnder, pathKey, type Issue } from '../editors/issues';
import { newIntent } from '../editors/knowledge';
import { useDocEditor } from '../editors/scope';
import { ThresholdControl } from '../editors/threshold';
import { TrySentence } from '../editors/try-sentence';
import { Section, useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

/**
 * The question router: which intents of the knowledge base it listens to (each one a labelled
 * exit, plus "No match"), each editable in place; its own threshold; and a live "try a sentence".
 */
export function IntentInspector(props: InspectorProps<'intent'>) {
  const t = useTranslations('inspector.intentStep');
  const td = useTranslations('designer.exits');
  const tc = useTranslations('inspector.common');
  const locale = useLocale();
  const edit = useNodeEdit(props);
  const editDoc = useDocEditor();
  const intents = useDesigner((s) => s.doc.intents);
  const languages = useDesigner((s) => s.doc.languages);
  const flowThreshold = useDesigner((s) => s.doc.settings.matchThreshold);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [name, setName] = useState('');
  const [expanded, setExpanded] = useState<string | null>(props.node.data.intents.length === 1 ? (props.node.data.intents[0] ?? null) : null);
  const { node, readOnly } = props;
  const routed = node.data.intents;
  const prefer = [locale, languages.default, ...languages.supported];
  const nameOf = (i: Intent | undefined, id: string) => (i ? pickText(i.name, prefer) || i.id : id);
  const addable = intents.filter((i) => !routed.includes(i.id));

  const route = (change: (ids: string[]) => string[]) => setIssues(edit((d) => ({ ...d, intents: change(d.intents) })));
  const create = () => {
    const intent = newIntent({ intents }, name || t('newName'), languages.default);
    const result = editDoc(
      (d) => ({
        ...d,
        intents: [...d.intents, intent],
        nodes: d.nodes.map((n) => (n.id === node.id && n.kind === 'intent' ? { ...n, data: { ...n.data, intents: [...n.data.intents, intent.id] } } : n)),
      }),
      ['intents'],
    );
    setIssues(result);
    if (result.length === 0) {
      setName('');
      setExpanded(intent.id);
    }
  };

  return (
    <div className="space-y-4">
      <p className="text-xs leading-snug text-slate-500">{t('about', { exit: td('no_match') })}</p>
      <Section title={t('routed', { count: routed.length })} hint={t('routedHint')}>
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-path="data.intents">
          {routed.map((id, k) => {
            const intent = intents.find((i) => i.id === id);
            const open = expanded === id;
            const examples = intent ? Object.values(intent.examples).reduce((n, l) => n + l.length, 0) : 0;
            return (
              <li key={id} data-path={pathKey(['data', 'intents', k])} tabIndex={-1} data-testid={`routed-${id}`}>
                <div className={cn('flex items-center gap-0.5 pr-1', open && 'bg-slate-50')}>
                  <button type="button" aria-expanded={open} onClick={() => setExpanded(open ? null : id)} className="flex min-w-0 flex-1 items-center gap-2 px-2 py-2 text-left hover:bg-slate-50">
                    <ChevronRight className={cn('h-4 w-4 shrink-0 text-slate-400 transition-transform', open && 'rotate-90')} aria-hidden />
                    <span className="min-w-0 flex-1">
                      <span className={cn('block truncate text-sm font-medium', intent ? 'text-slate-800' : 'text-red-700')}>{intent ? nameOf(intent, id) : t('missingIntent', { id })}</span>
                      {intent ? <span className="block truncate text-[11px] text-slate-500">{t('counts', { keywords: intent.keywords.length, examples })}</span> : null}
                    </span>
                  </button>
                  {!readOnly ? (
                    <>
                      <IconButton label={tc('moveUp')} disabled={k === 0} onClick={() => route((ids) => moveItem(ids, k, -1))}>
                        <ArrowUp className="h-3.5 w-3.5" />
                      </IconButton>
                      <IconButton label={tc('moveDown')} disabled={k === routed.length - 1} onClick={() => route((ids) => moveItem(ids, k, 1))}>
                        <ArrowDown className="h-3.5 w-3.5" />
                      </IconButton>
                      <IconButton label={t('unroute')} onClick={() => route((ids) => ids.filter((x) => x !== id))}>
                        <X className="h-3.5 w-3.5" />
                      </IconButton>
                    </>
                  ) : null}
                </div>
                {open && intent ? (
                  <div className="border-t border-slate-100 bg-slate-50/40 px-3 py-3">
                    <IntentEditor intentId={id} stepThreshold={node.data.threshold} />
                  </div>
                ) : null}
              </li>
            );
          })}
          <li className="flex items-center gap-2 px-2 py-2 text-xs text-slate-500">
            <span className="h-4 w-4" aria-hidden />
            {t('noMatchExit', { exit: td('no_match') })}
          </li>
        </ul>
        <FieldError issues={issuesUnder(issues, ['data', 'intents']).concat(issuesUnder(issues, ['intents']))} />
        {!readOnly ? (
          <div className="space-y-1.5">
            {addable.length > 0 ? (
              <PathSelect
                path={['data', 'intents', 'add']}
                value=""
                placeholder={t('addExisting')}
                className="h-8 text-sm"
                options={addable.map((i) => ({ value: i.id, label: nameOf(i, i.id), hint: i.id }))}
                onValueChange={(id) => id && route((ids) => [...ids, id])}
              />
            ) : null}
            <div className="flex gap-1.5">
              <Input value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && create()} placeholder={t('newPlaceholder')} aria-label={t('newPlaceholder')} className="h-8 text-sm" data-testid="new-intent-name" />
              <Button type="button" size="sm" variant="secondary" className="h-8 shrink-0 text-xs" onClick={create} data-testid="new-intent">
                <Plus className="h-3.5 w-3.5" aria-hidden />
                {t('new')}
              </Button>
            </div>
          </div>
        ) : null}
      </Section>
      <Section title={t('threshold')} hint={t('thresholdHint')}>
        <FormRow label={<span className="sr-only">{t('threshold')}</span>}>
          <ThresholdControl
            value={node.data.threshold}
            inherited={flowThreshold}
            inheritedFrom={t('flowDefault')}
            path={['data', 'threshold']}
            onCommit={(v) =>
              edit((d) => {
                const next = { ...d };
                if (v === undefined) delete next.threshold;
                else next.threshold = v;
                return next;
              })
            }
          />
        </FormRow>
      </Section>
      {/* Kept in view at the bottom of the panel while the questions above are edited. */}
      <div className="sticky bottom-0 -mx-4 -mb-4 border-t border-slate-200 bg-white/95 px-4 pb-4 pt-3 backdrop-blur">
        <TrySentence restrictTo={routed} threshold={node.data.threshold} noMatchLabel={td('no_match')} />
      </div>
    </div>
  );
}

function moveItem<T>(list: readonly T[], index: number, by: number): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(index + by, 0, item);
  return next;
}
