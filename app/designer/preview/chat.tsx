'use client';
/** The preview conversation as chat bubbles: what the buyer did, what the bot answered and why. */
import { Headset } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ReplyView } from '../../../server/services/reply-step';
import { Badge } from '../../ui/badge';
import { cn } from '../../ui/cn';
import { useDesigner, useDesignerStore } from '../context';
import { wallClock } from '../../preview/clock';
import { StepTrace } from './trace';
import type { PreviewEvent, Turn } from '../../preview/as-test';
import { ReplyButtons } from '../../preview/reply-buttons';
import { ReplyRating, type RatingReason } from '../../preview/reply-rating';


const KIND_TONE = { greeting: 'info', answer: 'good', fallback: 'warn', offline: 'neutral', handoff: 'bad', system: 'neutral' } as const;

export interface ChatProps {
  turns: Turn[];
  selected: number | null;
  ratings: Record<string, { resolved: boolean; reason?: string }>;
  onSelect(id: number): void;
  onSend(event: PreviewEvent): void;
  onRate(replyId: string, resolved: boolean, reason?: RatingReason): void;
  disabled: boolean;
  /** The shop's time zone, in which times are shown. */
  timezone: string;
}

export function Chat({ turns, selected, ratings, onSelect, onSend, onRate, disabled, timezone }: ChatProps) {
  const t = useTranslations('preview');
  const [open, setOpen] = useState<Record<number, boolean>>({});
  if (turns.length === 0) return <p className="px-4 py-6 text-center text-xs text-slate-500">{t('chat.empty')}</p>;
  return (
    <ol className="space-y-3 px-3 py-3" data-testid="preview-chat">
      {turns.map((turn) => (
        <li key={turn.id} data-testid="preview-turn" className={cn('rounded-md p-1', selected === turn.id && 'bg-emerald-50/60 ring-1 ring-emerald-200')} onClick={() => turn.result && onSelect(turn.id)}>
          <BuyerBubble event={turn.event} at={turn.at} timezone={timezone} />
          {turn.error ? <p className="mt-1 text-xs text-red-700">{turn.error}</p> : null}
          {!turn.result && !turn.error ? <p className="mt-1 text-xs text-slate-400">…</p> : null}
          {turn.result ? (
            <div className="mt-1.5 space-y-1.5">
              {turn.result.replies.map((r) => (
                <BotBubble key={r.id} reply={r} rating={ratings[r.id]} onSend={onSend} onRate={onRate} disabled={disabled} />
              ))}
              {turn.result.suggestions
                .filter((s) => !turn.result?.replies.some((r) => r.id === s.id))
                .map((r) => (
                  <BotBubble key={r.id} reply={r} suggested onSend={onSend} onRate={onRate} disabled={disabled} />
                ))}
              {turn.result.handoff ? (
                <p className="flex items-center gap-1.5 rounded bg-rose-50 px-2 py-1 text-xs text-rose-800" data-testid="preview-handoff">
                  <Headset aria-hidden className="h-3.5 w-3.5" />
                  {t('chat.handoff', { queue: turn.result.handoff.queue, reason: turn.result.handoff.reason })}
                </p>
              ) : turn.result.replies.length === 0 && turn.result.suggestions.length === 0 ? (
                <p className="text-xs italic text-slate-500">{turn.result.status === 'human' ? t('chat.silentHuman') : t('chat.noReply')}</p>
              ) : null}
              <StepTrace trace={turn.result.trace} open={open[turn.id] ?? false} onToggle={() => setOpen((o) => ({ ...o, [turn.id]: !o[turn.id] }))} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function BuyerBubble({ event, at, timezone }: { event: PreviewEvent; at: string; timezone: string }) {
  const t = useTranslations('preview');
  const wall = wallClock(timezone, Date.parse(at));
  const text =
    event.type === 'feedback'
      ? event.resolved
        ? t('chat.ratedResolved')
        : t('chat.ratedUnresolved', { reason: event.reason ? t(`reasons.${event.reason}`) : '—' })
      : event.type === 'button'
        ? (event.label ?? event.payload)
        : event.type === 'buyer_message'
          ? event.text
          : t(`chat.agentEvents.${event.type}`);
  const quiet = event.type !== 'buyer_message' && event.type !== 'button';
  return (
    <div className="flex flex-col items-end">
      <div className={cn('max-w-[85%] whitespace-pre-wrap rounded-2xl rounded-br-sm px-3 py-1.5 text-sm', quiet ? 'bg-slate-200 text-slate-700' : 'bg-indigo-600 text-white')} data-testid="buyer-bubble">
        {text}
      </div>
      <time className="mt-0.5 text-[10px] text-slate-400" dateTime={at}>
        {t(`weekdays.${wall.weekday}`)} {wall.date} {wall.time}
      </time>
    </div>
  );
}

function BotBubble({ reply, suggested, rating, onSend, onRate, disabled }: { reply: ReplyView; suggested?: boolean; rating?: { resolved: boolean; reason?: string }; onSend: ChatProps['onSend']; onRate: ChatProps['onRate']; disabled: boolean }) {
  const t = useTranslations('preview');
  const tk = useTranslations('designer');
  const store = useDesignerStore();
  const node = useDesigner((s) => s.doc.nodes.find((n) => n.id === reply.nodeId));
  const tap = (b: { label: string; payload: string }) => onSend({ type: 'buyer_message', text: b.label, payload: b.payload });
  return (
    <div className="flex flex-col items-start" data-testid="bot-reply" data-kind={reply.kind} data-node={reply.nodeId}>
      <div className={cn('max-w-[90%] rounded-2xl rounded-bl-sm border px-3 py-1.5 text-sm text-slate-900', suggested ? 'border-dashed border-slate-300 bg-slate-50' : 'border-slate-200 bg-white shadow-sm')}>
        <div className="mb-0.5 flex flex-wrap items-center gap-1">
          <Badge tone={KIND_TONE[reply.kind]} className="px-1.5 py-0 text-[10px]" data-testid="reply-kind">
            {t(`kinds.${reply.kind}`)}
          </Badge>
          {suggested ? <Badge className="px-1.5 py-0 text-[10px]">{t('chat.suggested')}</Badge> : null}
          <button type="button" className="truncate text-[10px] text-slate-500 hover:text-indigo-700 hover:underline" onClick={() => store.getState().select([reply.nodeId], [])} title={t('chat.showNode')}>
            {node ? node.label || tk(`kinds.${node.kind}`) : reply.nodeId}
          </button>
          <span className="text-[10px] uppercase text-slate-400">{reply.language}</span>
        </div>
        <p className="whitespace-pre-wrap">{reply.text}</p>
      </div>
      <ReplyButtons buttons={reply.buttons} onTap={tap} disabled={disabled} size="panel" />
      {!suggested ? (
        <div className="mt-0.5 flex flex-wrap items-center gap-1 text-[10px] text-slate-500">
          <ReplyRating rating={rating} onRate={(resolved, reason) => onRate(reply.id, resolved, reason)} disabled={disabled} />
        </div>
      ) : null}
    </div>
  );
}
