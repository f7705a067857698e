'use client';
import { useTranslations } from 'next-intl';
import { FormRow, RadioCard } from '../editors/controls';
import { DraftNumber } from '../editors/draft';
import { fieldId } from '../editors/issues';
import { LocalizedFields } from '../editors/localized-fields';
import { ReplyEditor } from '../editors/reply-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

const MODES = ['when_ambiguous', 'always', 'never'] as const;

/** Finds the buyer's order, asks which one when needed, and branches on its status. */
export function OrderLookupInspector(props: InspectorProps<'order_lookup'>) {
  const t = useTranslations('inspector.orderLookup');
  const edit = useNodeEdit(props);
  const data = props.node.data;
  return (
    <div className="space-y-4">
      <p className="text-xs leading-snug text-slate-500">{t('about')}</p>
      <FormRow label={t('confirm')}>
        <div className="space-y-1.5" role="radiogroup" aria-label={t('confirm')} data-path="data.confirm">
          {MODES.map((mode) => (
            <RadioCard key={mode} checked={data.confirm === mode} onSelect={() => edit((d) => ({ ...d, confirm: mode }))} title={t(`modes.${mode}`)} hint={t(`modeHints.${mode}`)} testId={`confirm-${mode}`} />
          ))}
        </div>
      </FormRow>
      {data.confirm !== 'never' ? (
        <>
          <ReplyEditor reply={data.confirmReply} path={['data', 'confirmReply']} label={t('confirmReply')} hint={t('confirmReplyHint')} buttons={false} onChange={(change) => edit((d) => ({ ...d, confirmReply: change(d.confirmReply) }))} />
          <FormRow label={t('confirmLabel')}>
            <LocalizedFields value={data.confirmLabel} path={['data', 'confirmLabel']} maxLength={40} onCommit={(change) => edit((d) => ({ ...d, confirmLabel: change(d.confirmLabel) }))} />
          </FormRow>
          <FormRow htmlFor={fieldId(['data', 'maxChoices'])} label={t('maxChoices')} hint={t('maxChoicesHint')}>
            <DraftNumber path={['data', 'maxChoices']} value={data.maxChoices} onCommit={(v) => edit((d) => ({ ...d, maxChoices: v ?? 3 }))} />
          </FormRow>
        </>
      ) : null}
    </div>
  );
}
