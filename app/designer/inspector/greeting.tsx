'use client';
import { useTranslations } from 'next-intl';
import { ReplyEditor } from '../editors/reply-editor';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

/** The welcome message, once per session, with an optional menu of frequent questions. */
export function GreetingInspector(props: InspectorProps<'greeting'>) {
  const t = useTranslations('inspector.greeting');
  const edit = useNodeEdit(props);
  return (
    <div className="space-y-4">
      <p className="text-xs leading-snug text-slate-500">{t('about')}</p>
      <ReplyEditor reply={props.node.data.reply} path={['data', 'reply']} label={t('reply')} hint={t('replyHint')} onChange={(change) => edit((d) => ({ ...d, reply: change(d.reply) }))} />
    </div>
  );
}
