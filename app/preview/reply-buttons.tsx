'use client';
/**
 * A bot reply's buttons as a buyer sees them: the orders it offers to pick as cards, the other
 * quick replies as chips. Shared by the designer's preview panel and the phone-sized page.
 */
import { Package } from 'lucide-react';
import { orderIdOfPayload } from '../../runtime/order-payload';
import { cn } from '../ui/cn';

type Button = { label: string; payload: string };

const LOOK = {
  panel: {
    cards: 'mt-1 w-[90%] space-y-1',
    card: 'rounded-lg px-2.5 py-1.5 hover:bg-indigo-50',
    icon: 'h-3.5 w-3.5 text-slate-500',
    label: 'truncate',
    chips: 'mt-1 gap-1',
    chip: 'px-2.5 py-0.5',
  },
  phone: {
    cards: 'mt-1.5 w-[85%] space-y-1',
    card: 'rounded-xl px-3 py-2 shadow-sm',
    icon: 'h-4 w-4 text-indigo-600',
    label: '',
    chips: 'mt-1.5 gap-1.5',
    chip: 'px-3 py-1',
  },
} as const;

export function ReplyButtons({ buttons, onTap, disabled, size }: { buttons: readonly Button[]; onTap: (b: Button) => void; disabled: boolean; size: keyof typeof LOOK }) {
  const look = LOOK[size];
  const orders = buttons.filter((b) => orderIdOfPayload(b.payload) !== null);
  const quick = buttons.filter((b) => orderIdOfPayload(b.payload) === null);
  return (
    <>
      {orders.length > 0 ? (
        <div className={look.cards} data-testid="order-choices">
          {orders.map((b) => (
            <button key={b.payload} type="button" disabled={disabled} onClick={() => onTap(b)} className={cn('flex w-full items-center gap-2 border border-slate-200 bg-white text-left text-xs text-slate-800 hover:border-indigo-400 disabled:opacity-50', look.card)}>
              <Package aria-hidden className={cn('shrink-0', look.icon)} />
              <span className={cn('min-w-0 flex-1', look.label)}>{b.label}</span>
            </button>
          ))}
        </div>
      ) : null}
      {quick.length > 0 ? (
        <div className={cn('flex max-w-[95%] flex-wrap', look.chips)} data-testid="quick-replies">
          {quick.map((b) => (
            <button key={b.payload} type="button" disabled={disabled} onClick={() => onTap(b)} className={cn('rounded-full border border-indigo-300 bg-white text-xs text-indigo-700 hover:bg-indigo-50 disabled:opacity-50', look.chip)}>
              {b.label}
            </button>
          ))}
        </div>
      ) : null}
    </>
  );
}
