'use client';
import { useTranslations } from 'next-intl';
import { FormRow } from '../editors/controls';
import { LocalizedFields } from '../editors/localized-fields';
import { ReplyEditor } from '../editors/reply-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

/** "Did this solve your problem?" with resolved / not resolved buttons. */
export function FeedbackInspector(props: InspectorProps<'feedback'>) {
  const t = useTranslations('inspector.feedback');
  const edit = useNodeEdit(props);
  const data = props.node.data;
  return (
    <div className="space-y-4">
      <ReplyEditor reply={data.prompt} path={['data', 'prompt']} label={t('prompt')} hint={t('promptHint')} buttons={false} onChange={(change) => edit((d) => ({ ...d, prompt: change(d.prompt) }))} />
      <FormRow label={t('resolvedLabel')}>
        <LocalizedFields value={data.resolvedLabel} path={['data', 'resolvedLabel']} maxLength={40} onCommit={(change) => edit((d) => ({ ...d, resolvedLabel: change(d.resolvedLabel) }))} />
      </FormRow>
      <FormRow label={t('unresolvedLabel')} hint={t('unresolvedHint')}>
        <LocalizedFields value={data.unresolvedLabel} path={['data', 'unresolvedLabel']} maxLength={40} onCommit={(change) => edit((d) => ({ ...d, unresolvedLabel: change(d.unresolvedLabel) }))} />
      </FormRow>
    </div>
  );
}
