'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useDesigner } from '../context';
import { FormRow } from '../editors/controls';
import { DraftInput } from '../editors/draft';
import { fieldId } from '../editors/issues';
import { ReplyEditor } from '../editors/reply-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

const REASONS = ['flow', 'buyer_request', 'order_problem', 'refund', 'complaint', 'vip'];

/** Hands the conversation to an agent queue, with a reply for online and offline agents. */
export function HandoffInspector(props: InspectorProps<'handoff'>) {
  const t = useTranslations('inspector.handoff');
  const edit = useNodeEdit(props);
  const nodes = useDesigner((s) => s.doc.nodes);
  const flowQueue = useDesigner((s) => s.doc.settings.handoffQueue);
  const queuesId = useId();
  const reasonsId = useId();
  const data = props.node.data;
  const queues = [...new Set([flowQueue, 'default', ...nodes.flatMap((n) => (n.kind === 'handoff' ? [n.data.queue] : []))])];
  return (
    <div className="space-y-4">
      <FormRow htmlFor={fieldId(['data', 'queue'])} label={t('queue')} hint={t('queueHint')}>
        <DraftInput path={['data', 'queue']} value={data.queue} list={queuesId} maxLength={64} onCommit={(queue) => edit((d) => ({ ...d, queue }))} />
        <datalist id={queuesId}>
          {queues.map((q) => (
            <option key={q} value={q} />
          ))}
        </datalist>
      </FormRow>
      <ReplyEditor reply={data.reply} path={['data', 'reply']} label={t('reply')} hint={t('replyHint')} onChange={(change) => edit((d) => ({ ...d, reply: change(d.reply) }))} />
      <ReplyEditor reply={data.offlineReply} path={['data', 'offlineReply']} label={t('offlineReply')} hint={t('offlineReplyHint')} onChange={(change) => edit((d) => ({ ...d, offlineReply: change(d.offlineReply) }))} />
      <FormRow htmlFor={fieldId(['data', 'reason'])} label={t('reason')} hint={t('reasonHint')}>
        <DraftInput path={['data', 'reason']} value={data.reason} list={reasonsId} maxLength={200} onCommit={(reason) => edit((d) => ({ ...d, reason }))} />
        <datalist id={reasonsId}>
          {REASONS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      </FormRow>
    </div>
  );
}
