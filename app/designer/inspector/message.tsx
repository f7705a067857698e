'use client';
import { useTranslations } from 'next-intl';
import { FormRow, PathSelect, SwitchRow } from '../editors/controls';
import { fieldId } from '../editors/issues';
import { ReplyEditor } from '../editors/reply-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

const KINDS = ['answer', 'offline', 'system'] as const;

/** A reply, and how it counts in the metrics. */
export function MessageInspector(props: InspectorProps<'message'>) {
  const t = useTranslations('inspector.message');
  const edit = useNodeEdit(props);
  const data = props.node.data;
  return (
    <div className="space-y-4">
      <ReplyEditor reply={data.reply} path={['data', 'reply']} label={t('reply')} onChange={(change) => edit((d) => ({ ...d, reply: change(d.reply) }))} />
      <FormRow htmlFor={fieldId(['data', 'replyKind'])} label={t('kind')} hint={t(`kindHints.${data.replyKind}`)}>
        <PathSelect path={['data', 'replyKind']} value={data.replyKind} options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} onValueChange={(v) => edit((d) => ({ ...d, replyKind: v as (typeof KINDS)[number] }))} />
      </FormRow>
      <SwitchRow path={['data', 'repeatable']} label={t('repeatable')} hint={t('repeatableHint')} checked={data.repeatable} onCheckedChange={(v) => edit((d) => ({ ...d, repeatable: v }))} />
    </div>
  );
}
