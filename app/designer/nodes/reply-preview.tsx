'use client';
import { useTranslations } from 'next-intl';
import type { Reply } from '../../../flows/reply';
import { Line } from './node-shell';
import { useButtons, useText } from './use-text';

/** A reply's text and its quick-reply buttons, as the buyer would see them. */
export function ReplyPreview({ reply }: { reply: Reply | undefined }) {
  const t = useTranslations('designer');
  const text = useText(reply?.text);
  const buttons = useButtons(reply);
  return (
    <>
      {text ? <Line>{text}</Line> : <Line muted>{t('emptyReply')}</Line>}
      {buttons.length > 0 ? (
        <div className="flex flex-wrap gap-1 pt-0.5">
          {buttons.map((b, i) => (
            <span key={i} className="rounded-full border border-indigo-200 bg-indigo-50 px-2 py-0.5 text-[10px] text-indigo-700">
              {b}
            </span>
          ))}
        </div>
      ) : null}
    </>
  );
}
