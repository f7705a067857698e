'use client';
import { useTranslations } from 'next-intl';
import { SwitchRow } from '../editors/controls';
import { ReplyEditor } from '../editors/reply-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

/** Ends the run, optionally with a last reply and closing the conversation. */
export function EndInspector(props: InspectorProps<'end'>) {
  const t = useTranslations('inspector.end');
  const edit = useNodeEdit(props);
  const data = props.node.data;
  return (
    <div className="space-y-4">
      <SwitchRow
        path={['data', 'withReply']}
        label={t('withReply')}
        checked={data.reply !== undefined}
        onCheckedChange={(on) =>
          edit((d) => {
            const next = { ...d };
            if (on) next.reply = { text: {}, buttons: [] };
            else delete next.reply;
            return next;
          })
        }
      />
      {data.reply ? <ReplyEditor reply={data.reply} path={['data', 'reply']} label={t('reply')} onChange={(change) => edit((d) => (d.reply ? { ...d, reply: change(d.reply) } : d))} /> : null}
      <SwitchRow path={['data', 'close']} label={t('close')} hint={t('closeHint')} checked={data.close} onCheckedChange={(v) => edit((d) => ({ ...d, close: v }))} />
    </div>
  );
}
