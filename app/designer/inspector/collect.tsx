'use client';
import { useTranslations } from 'next-intl';
import { FormRow, PathSelect, useVariableOptions } from '../editors/controls';
import { DraftInput, DraftNumber } from '../editors/draft';
import { fieldId } from '../editors/issues';
import { ReplyEditor } from '../editors/reply-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

const VALIDATIONS = ['text', 'number', 'email', 'phone', 'order_id', 'pattern'] as const;

function patternProblem(pattern: string | undefined): boolean {
  if (!pattern) return true;
  try {
    new RegExp(pattern, 'u');
    return false;
  } catch {
    return true;
  }
}

/** Asks the buyer for a value, checks it, stores it; retries before giving up. */
export function CollectInspector(props: InspectorProps<'collect'>) {
  const t = useTranslations('inspector.collect');
  const tv = useTranslations('designer.validations');
  const td = useTranslations('designer.exits');
  const edit = useNodeEdit(props);
  const groups = useVariableOptions();
  const data = props.node.data;
  const known = groups.some((g) => g.options.some((o) => o.value === data.variable));
  return (
    <div className="space-y-4">
      <ReplyEditor reply={data.prompt} path={['data', 'prompt']} label={t('prompt')} onChange={(change) => edit((d) => ({ ...d, prompt: change(d.prompt) }))} />
      <FormRow htmlFor={fieldId(['data', 'variable'])} label={t('variable')} hint={t('variableHint')}>
        <PathSelect path={['data', 'variable']} value={data.variable} groups={known ? groups : [...groups, { label: t('unknownGroup'), options: [{ value: data.variable, label: data.variable }] }]} onValueChange={(v) => edit((d) => ({ ...d, variable: v }))} />
      </FormRow>
      <FormRow htmlFor={fieldId(['data', 'validation'])} label={t('validation')}>
        <PathSelect path={['data', 'validation']} value={data.validation} options={VALIDATIONS.map((v) => ({ value: v, label: tv(v) }))} onValueChange={(v) => edit((d) => ({ ...d, validation: v as (typeof VALIDATIONS)[number] }))} />
      </FormRow>
      {data.validation === 'pattern' ? (
        <FormRow htmlFor={fieldId(['data', 'pattern'])} label={t('pattern')} hint={t('patternHint')}>
          <DraftInput
            path={['data', 'pattern']}
            value={data.pattern ?? ''}
            className="font-mono"
            maxLength={200}
            placeholder="^[A-Z]{2}\d{8}$"
            onCommit={(pattern) =>
              edit((d) => {
                const next = { ...d };
                if (pattern) next.pattern = pattern;
                else delete next.pattern;
                return next;
              })
            }
          />
          {patternProblem(data.pattern) ? (
            <p className="text-xs text-red-600" role="alert">
              {t('patternInvalid')}
            </p>
          ) : null}
        </FormRow>
      ) : null}
      <FormRow htmlFor={fieldId(['data', 'retries'])} label={t('retries')} hint={t('retriesHint', { exit: td('failed') })}>
        <DraftNumber path={['data', 'retries']} value={data.retries} onCommit={(v) => edit((d) => ({ ...d, retries: v ?? 0 }))} />
      </FormRow>
      <ReplyEditor reply={data.retryReply} path={['data', 'retryReply']} label={t('retryReply')} hint={t('retryReplyHint')} onChange={(change) => edit((d) => ({ ...d, retryReply: change(d.retryReply) }))} />
    </div>
  );
}
