'use client';
import { useTranslations } from 'next-intl';
import { useDesigner } from '../context';
import { FormRow, SwitchRow } from '../editors/controls';
import { DraftNumber } from '../editors/draft';
import { fieldId } from '../editors/issues';
import { ReplyEditor } from '../editors/reply-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

/** The default reply when nothing matched; escalates after repeated misses. */
export function FallbackInspector(props: InspectorProps<'fallback'>) {
  const t = useTranslations('inspector.fallback');
  const td = useTranslations('designer.exits');
  const edit = useNodeEdit(props);
  const flowDefault = useDesigner((s) => s.doc.settings.fallbackEscalation);
  const data = props.node.data;
  return (
    <div className="space-y-4">
      <ReplyEditor reply={data.reply} path={['data', 'reply']} label={t('reply')} hint={t('replyHint')} onChange={(change) => edit((d) => ({ ...d, reply: change(d.reply) }))} />
      <FormRow htmlFor={fieldId(['data', 'escalateAfter'])} label={t('escalateAfter')} hint={t('escalateAfterHint', { value: flowDefault, exit: td('escalate') })}>
        <DraftNumber
          path={['data', 'escalateAfter']}
          value={data.escalateAfter}
          optional
          placeholder={String(flowDefault)}
          onCommit={(v) =>
            edit((d) => {
              const next = { ...d };
              if (v === undefined) delete next.escalateAfter;
              else next.escalateAfter = v;
              return next;
            })
          }
        />
      </FormRow>
      <SwitchRow path={['data', 'markUnreplied']} label={t('markUnreplied')} hint={t('markUnrepliedHint', { exit: td('escalate') })} checked={data.markUnreplied} onCheckedChange={(v) => edit((d) => ({ ...d, markUnreplied: v }))} />
    </div>
  );
}
