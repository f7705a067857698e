'use client';
/** One entry of the flow's knowledge base: its names, keywords, example questions, threshold and priority. */
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { FlowDocument } from '../../../flows/document';
import type { Intent } from '../../../flows/intent';
import { useDesigner } from '../context';
import { pickText } from '../text';
import { FormRow } from './controls';
import { DraftNumber } from './draft';
import { ExamplesEditor } from './examples-editor';
import { fieldId, type Issue } from './issues';
import { KeywordChips } from './keyword-chips';
import { sharedAlternatives } from './keywords';
import { LocalizedFields } from './localized-fields';
import { useDocEditor } from './scope';
import { ThresholdControl } from './threshold';

/** Applies a change to one intent of the document (by id). */
export function changeIntent(doc: FlowDocument, id: string, change: (intent: Intent) => Intent): FlowDocument {
  return { ...doc, intents: doc.intents.map((i) => (i.id === id ? change(i) : i)) };
}

export function IntentEditor({ intentId, stepThreshold }: { intentId: string; /** The routing step's own threshold, when it has one. */ stepThreshold?: number }) {
  const t = useTranslations('inspector');
  const locale = useLocale();
  const intents = useDesigner((s) => s.doc.intents);
  const languages = useDesigner((s) => s.doc.languages);
  const flowThreshold = useDesigner((s) => s.doc.settings.matchThreshold);
  const editDoc = useDocEditor();
  const index = intents.findIndex((i) => i.id === intentId);
  const intent = intents[index];
  const prefer = [locale, languages.default, ...languages.supported];
  const shared = useMemo(() => {
    if (!intent) return new Map<string, string>();
    const others = intents.filter((i) => i.id !== intent.id);
    const byId = new Map(others.map((o) => [o.id, pickText(o.name, prefer) || o.id]));
    return new Map([...sharedAlternatives(intent.keywords, others)].map(([alt, id]) => [alt, byId.get(id) ?? id]));
    // `prefer` is derived from the locale and languages listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [intent, intents, locale, languages]);
  if (!intent) return <p className="text-xs text-red-600">{t('intent.missing', { id: intentId })}</p>;
  const base = ['intents', index] as const;
  const edit = (change: (i: Intent) => Intent): Issue[] => editDoc((d) => changeIntent(d, intentId, change), ['intents', index]);

  return (
    <div className="space-y-3" data-testid={`intent-editor-${intent.id}`}>
      <FormRow label={t('intent.name')} aside={<code className="text-[11px] text-slate-400">{intent.id}</code>}>
        <LocalizedFields value={intent.name} path={[...base, 'name']} maxLength={100} onCommit={(change) => edit((i) => ({ ...i, name: change(i.name) }))} />
      </FormRow>
      <FormRow label={t('intent.keywords')} hint={t('keywords.hint')}>
        <KeywordChips keywords={intent.keywords} path={[...base, 'keywords']} shared={shared} onChange={(change) => edit((i) => ({ ...i, keywords: change(i.keywords) }))} />
      </FormRow>
      <FormRow label={t('intent.examples')} hint={t('intent.examplesHint')}>
        <ExamplesEditor examples={intent.examples} path={[...base, 'examples']} onChange={(change) => edit((i) => ({ ...i, examples: change(i.examples) }))} />
      </FormRow>
      <FormRow label={t('intent.threshold')} hint={t('intent.thresholdHint')}>
        <ThresholdControl
          value={intent.threshold}
          inherited={stepThreshold ?? flowThreshold}
          inheritedFrom={stepThreshold !== undefined ? t('threshold.fromStep') : t('threshold.fromFlow')}
          path={[...base, 'threshold']}
          onCommit={(v) =>
            edit((i) => {
              const next = { ...i };
              if (v === undefined) delete next.threshold;
              else next.threshold = v;
              return next;
            })
          }
        />
      </FormRow>
      <FormRow htmlFor={fieldId([...base, 'priority'])} label={t('intent.priority')} hint={t('intent.priorityHint')}>
        <DraftNumber value={intent.priority} path={[...base, 'priority']} onCommit={(n) => edit((i) => ({ ...i, priority: n ?? 0 }))} />
      </FormRow>
    </div>
  );
}
