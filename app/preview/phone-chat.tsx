'use client';
/**
 * The conversation as the buyer sees it in the shop's chat on a phone: the bot's bubbles with
 * their quick replies and order cards, the buyer's own messages, a handoff notice, and a
 * resolved / not resolved rating under each answer.
 */
import { Headset, Send } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ReplyView } from '../../server/services/reply-step';
import type { PreviewEvent, Turn } from './as-test';
import { wallClock } from './clock';
import { ReplyButtons } from './reply-buttons';
import { ReplyRating } from './reply-rating';
import type { Conversation } from './use-conversation';


export function PhoneChat({ conversation, shopName, timezone }: { conversation: Conversation; shopName: string; timezone: string }) {
  const t = useTranslations('preview');
  const [text, setText] = useState('');
  const bottom = useRef<HTMLDivElement>(null);
  const { turns, pending, send } = conversation;

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [turns]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value || pending) return;
    setText('');
    void send({ type: 'buyer_message', text: value });
  };

  return (
    <div className="mx-auto flex h-[760px] max-h-[calc(100vh-9rem)] w-[380px] flex-col overflow-hidden rounded-[2.25rem] border-[10px] border-slate-900 bg-white shadow-xl" data-testid="phone">
      <header className="flex items-center gap-2.5 border-b border-slate-200 bg-white px-4 pb-2.5 pt-4">
        <div className="flex h-9 w-9 items-center justify-center rounded-full bg-indigo-600 text-sm font-semibold text-white" aria-hidden>
          {shopName.slice(0, 1).toUpperCase()}
        </div>
        <div className="min-w-0">
          <p className="truncate text-sm font-semibold text-slate-900">{shopName}</p>
          <p className="text-[11px] text-slate-500" data-testid="phone-status">
            {t(`status.${conversation.status}`)}
          </p>
        </div>
      </header>
      <div className="min-h-0 flex-1 space-y-2 overflow-y-auto bg-slate-100 px-3 py-3" data-testid="phone-chat">
        {turns.length === 0 ? <p className="px-4 py-8 text-center text-xs text-slate-500">{t('phonePage.empty')}</p> : null}
        {turns.map((turn) => (
          <PhoneTurn key={turn.id} turn={turn} timezone={timezone} conversation={conversation} />
        ))}
        <div ref={bottom} />
      </div>
      <form onSubmit={submit} className="flex items-center gap-2 border-t border-slate-200 bg-white px-3 py-2.5">
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('phonePage.placeholder')}
          aria-label={t('phonePage.placeholder')}
          maxLength={4000}
          className="h-9 min-w-0 flex-1 rounded-full border border-slate-300 bg-slate-50 px-3.5 text-sm outline-none focus:border-indigo-400 focus:ring-2 focus:ring-indigo-100"
          data-testid="phone-input"
        />
        <button type="submit" disabled={!text.trim() || pending} aria-label={t('send')} className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-indigo-600 text-white disabled:opacity-40" data-testid="phone-send">
          <Send aria-hidden className="h-4 w-4" />
        </button>
      </form>
    </div>
  );
}

function PhoneTurn({ turn, timezone, conversation }: { turn: Turn; timezone: string; conversation: Conversation }) {
  const t = useTranslations('preview');
  const wall = wallClock(timezone, Date.parse(turn.at));
  const event = turn.event;
  const own = event.type === 'buyer_message' || event.type === 'button';
  return (
    <div className="space-y-2" data-testid="phone-turn">
      <p className="text-center text-[10px] text-slate-400">
        {t(`weekdays.${wall.weekday}`)} {wall.time}
      </p>
      {own ? (
        <div className="flex justify-end">
          <p className="max-w-[80%] whitespace-pre-wrap rounded-2xl rounded-br-md bg-indigo-600 px-3 py-2 text-sm text-white" data-testid="phone-buyer">
            {event.type === 'button' ? (event.label ?? event.payload) : event.text}
          </p>
        </div>
      ) : null}
      {turn.error ? <p className="text-center text-xs text-red-700">{turn.error}</p> : null}
      {!turn.result && !turn.error ? <p className="text-xs text-slate-400">…</p> : null}
      {turn.result?.replies.map((r) => (
        <BotBubble key={r.id} reply={r} conversation={conversation} />
      ))}
      {turn.result?.handoff ? (
        <p className="mx-auto flex w-fit items-center gap-1.5 rounded-full bg-white px-3 py-1 text-[11px] text-slate-600 shadow-sm" data-testid="phone-handoff">
          <Headset aria-hidden className="h-3.5 w-3.5" />
          {t('phonePage.handoff')}
        </p>
      ) : null}
    </div>
  );
}

function BotBubble({ reply, conversation }: { reply: ReplyView; conversation: Conversation }) {
  const rating = conversation.ratings[reply.id];
  const disabled = conversation.pending;
  const tap = (b: { label: string; payload: string }) => void conversation.send({ type: 'buyer_message', text: b.label, payload: b.payload } satisfies PreviewEvent);
  return (
    <div className="flex flex-col items-start" data-testid="phone-reply" data-kind={reply.kind}>
      <p className="max-w-[85%] whitespace-pre-wrap rounded-2xl rounded-bl-md bg-white px-3 py-2 text-sm text-slate-900 shadow-sm">{reply.text}</p>
      <ReplyButtons buttons={reply.buttons} onTap={tap} disabled={disabled} size="phone" />
      <div className="mt-0.5 flex flex-wrap items-center gap-1 pl-1 text-[10px] text-slate-500">
        <ReplyRating rating={rating} onRate={(resolved, reason) => conversation.rate(reply.id, resolved, reason)} disabled={disabled} compact />
      </div>
    </div>
  );
}
