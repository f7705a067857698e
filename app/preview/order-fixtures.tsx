'use client';
/**
 * The buyer's orders written by hand for a preview (fixtures): what the shop's systems would
 * answer, for circumstances the shop's real orders do not show (an overdue parcel, a refund).
 * Dates are days in the shop's time zone.
 */
import { Plus, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { OrderStatusSchema, type Order, type OrderStatus } from '../../flows/order';
import { Button } from '../ui/button';
import { Input } from '../ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../ui/select';
import { instantOf, wallClock } from './clock';
import { PREVIEW_BUYER } from './circumstances';

const DAY = 24 * 3600 * 1000;

function dayOf(timezone: string, instant: string | undefined): string {
  return instant ? wallClock(timezone, Date.parse(instant)).date : '';
}

function instantOfDay(timezone: string, date: string, time: string): string | undefined {
  const ms = instantOf(timezone, date, time);
  return ms === null ? undefined : new Date(ms).toISOString();
}

/** A new order, awaiting shipment and one day past its promised ship-by date: the case sellers ask about most. */
export function newFixture(existing: readonly Order[], nowMs: number): Order {
  let n = existing.length + 1;
  while (existing.some((o) => o.id === `TEST-${n}`)) n++;
  return {
    id: `TEST-${n}`,
    buyerId: PREVIEW_BUYER,
    status: 'awaiting_shipment',
    createdAt: new Date(nowMs - 4 * DAY).toISOString(),
    promisedShipBy: new Date(nowMs - DAY).toISOString(),
    items: [{ title: 'T-shirt', quantity: 1 }],
  };
}

export function OrderFixtures({ value, onChange, timezone, nowMs }: { value: Order[]; onChange(orders: Order[]): void; timezone: string; nowMs: number }) {
  const t = useTranslations('preview.fixtures');
  const set = (i: number, change: Partial<Order>) => onChange(value.map((o, k) => (k === i ? dropEmpty({ ...o, ...change }) : o)));
  return (
    <div className="space-y-1.5" data-testid="order-fixtures">
      {value.length === 0 ? <p className="text-slate-500">{t('empty')}</p> : null}
      {value.map((o, i) => (
        <fieldset key={i} className="space-y-1 rounded-md border border-slate-200 bg-slate-50 p-1.5" data-testid="order-fixture">
          <legend className="sr-only">{t('order', { id: o.id })}</legend>
          <div className="flex items-center gap-1">
            <Input className="h-7 w-28 px-1.5 text-xs" aria-label={t('id')} value={o.id} maxLength={64} onChange={(e) => set(i, { id: e.target.value || o.id })} data-testid="fixture-id" />
            <Select value={o.status} onValueChange={(v) => set(i, { status: v as OrderStatus })}>
              <SelectTrigger className="h-7 flex-1 px-1.5 text-xs" aria-label={t('status')} data-testid="fixture-status">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {OrderStatusSchema.options.map((s) => (
                  <SelectItem key={s} value={s}>
                    {t(`statuses.${s}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <Button type="button" variant="ghost" size="icon" className="h-7 w-7" aria-label={t('remove', { id: o.id })} onClick={() => onChange(value.filter((_, k) => k !== i))}>
              <X aria-hidden className="h-3.5 w-3.5" />
            </Button>
          </div>
          <div className="grid grid-cols-2 gap-1">
            <label className="space-y-0.5">
              <span className="text-[10px] text-slate-500">{t('created')}</span>
              <Input type="date" className="h-7 px-1.5 text-xs" value={dayOf(timezone, o.createdAt)} onChange={(e) => set(i, { createdAt: instantOfDay(timezone, e.target.value, '10:00') ?? o.createdAt })} />
            </label>
            <label className="space-y-0.5">
              <span className="text-[10px] text-slate-500">{t('shipBy')}</span>
              <Input type="date" className="h-7 px-1.5 text-xs" value={dayOf(timezone, o.promisedShipBy)} onChange={(e) => set(i, { promisedShipBy: instantOfDay(timezone, e.target.value, '23:59') })} data-testid="fixture-ship-by" />
            </label>
            <Input className="h-7 px-1.5 text-xs" placeholder={t('carrier')} aria-label={t('carrier')} value={o.carrier ?? ''} maxLength={100} onChange={(e) => set(i, { carrier: e.target.value })} />
            <Input className="h-7 px-1.5 text-xs" placeholder={t('tracking')} aria-label={t('tracking')} value={o.trackingNumber ?? ''} maxLength={100} onChange={(e) => set(i, { trackingNumber: e.target.value })} data-testid="fixture-tracking" />
            {o.status === 'delivered' ? (
              <label className="col-span-2 space-y-0.5">
                <span className="text-[10px] text-slate-500">{t('delivered')}</span>
                <Input type="date" className="h-7 px-1.5 text-xs" value={dayOf(timezone, o.deliveredAt)} onChange={(e) => set(i, { deliveredAt: instantOfDay(timezone, e.target.value, '15:00') })} />
              </label>
            ) : null}
            <Input
              className="col-span-2 h-7 px-1.5 text-xs"
              placeholder={t('item')}
              aria-label={t('item')}
              value={o.items[0]?.title ?? ''}
              maxLength={200}
              onChange={(e) => set(i, { items: e.target.value.trim() ? [{ title: e.target.value, quantity: o.items[0]?.quantity ?? 1 }, ...o.items.slice(1)] : o.items.slice(1) })}
            />
          </div>
        </fieldset>
      ))}
      <Button type="button" variant="secondary" size="sm" className="h-7 text-xs" onClick={() => onChange([...value, newFixture(value, nowMs)])} data-testid="fixture-add">
        <Plus aria-hidden className="h-3.5 w-3.5" />
        {t('add')}
      </Button>
    </div>
  );
}

/** Empty optional fields are left out rather than sent as "". */
function dropEmpty(o: Order): Order {
  const out: Order = { ...o };
  if (!out.carrier) delete out.carrier;
  if (!out.trackingNumber) delete out.trackingNumber;
  if (!out.promisedShipBy) delete out.promisedShipBy;
  if (!out.deliveredAt || out.status !== 'delivered') delete out.deliveredAt;
  return out;
}
