'use client';
/**
 * A buyer's rating of one bot reply: resolved, or not resolved with a reason (asked for after
 * the thumbs down), then what was chosen.
 */
import { ThumbsDown, ThumbsUp } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

export type RatingReason = 'too_long' | 'not_useful' | 'irrelevant' | 'other';
const REASONS: RatingReason[] = ['too_long', 'not_useful', 'irrelevant', 'other'];

export interface ReplyRatingProps {
  rating: { resolved: boolean; reason?: string } | undefined;
  onRate(resolved: boolean, reason?: RatingReason): void;
  disabled: boolean;
  /** Icons only (the phone), or icons with their words (beside the canvas). */
  compact?: boolean;
}

export function ReplyRating({ rating, onRate, disabled, compact }: ReplyRatingProps) {
  const t = useTranslations('preview');
  const [asking, setAsking] = useState(false);
  if (rating) {
    return <span data-testid="reply-rating">{rating.resolved ? t('chat.ratedResolved') : t('chat.ratedUnresolved', { reason: rating.reason ? t(`reasons.${rating.reason}`) : '—' })}</span>;
  }
  if (asking) {
    return (
      <>
        <span>{t('chat.why')}</span>
        {REASONS.map((r) => (
          <button key={r} type="button" disabled={disabled} className="rounded border border-slate-300 bg-white px-1.5 hover:bg-slate-100" onClick={() => onRate(false, r)}>
            {t(`reasons.${r}`)}
          </button>
        ))}
      </>
    );
  }
  const button = 'flex items-center gap-0.5 rounded px-1 hover:bg-slate-100';
  return (
    <>
      <button type="button" disabled={disabled} className={button} onClick={() => onRate(true)} title={t('chat.resolved')} aria-label={compact ? t('chat.resolved') : undefined}>
        <ThumbsUp aria-hidden className="h-3 w-3" />
        {compact ? null : t('chat.resolved')}
      </button>
      <button type="button" disabled={disabled} className={button} onClick={() => setAsking(true)} title={t('chat.unresolved')} aria-label={compact ? t('chat.unresolved') : undefined}>
        <ThumbsDown aria-hidden className="h-3 w-3" />
        {compact ? null : t('chat.unresolved')}
      </button>
    </>
  );
}
