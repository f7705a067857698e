'use client';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Order } from '../../../../../flows/order';
import { useTRPC } from '../../../../trpc/client';
import { Badge } from '../../../../ui/badge';
import { Button } from '../../../../ui/button';
import { Card } from '../../../../ui/card';
import { Input } from '../../../../ui/input';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '../../../../ui/table';
import { OrderDialog } from './order-dialog';

const STATUS_TONE = { awaiting_shipment: 'warn', shipped: 'info', delivered: 'good', cancelled: 'neutral', refunded: 'neutral' } as const;

/** The shop's orders as the bot sees them when a buyer asks; filter by buyer; add or update one. */
export function OrdersPanel({ shopId, timeZone, canWrite, initialOrders }: { shopId: string; timeZone: string; canWrite: boolean; initialOrders: Order[] }) {
  const t = useTranslations('orders');
  const format = useFormatter();
  const trpc = useTRPC();
  const [draft, setDraft] = useState('');
  const [buyer, setBuyer] = useState('');
  const [editing, setEditing] = useState<Order | 'new' | null>(null);
  const orders = useQuery({
    ...trpc.orders.list.queryOptions(buyer ? { shopId, buyerId: buyer } : { shopId }),
    initialData: buyer ? undefined : initialOrders,
  });
  const when = (iso: string | undefined) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone }) : null);
  const list = orders.data ?? [];
  return (
    <section aria-labelledby="orders-title">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="orders-title" className="text-lg font-semibold text-slate-900">
            {t('title')}
          </h2>
          <p className="text-sm text-slate-600">{t('subtitle', { timeZone })}</p>
        </div>
      </div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <form
          role="search"
          className="flex w-full max-w-lg items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            setBuyer(draft.trim());
          }}
        >
          <label htmlFor="buyer-filter" className="sr-only">
            {t('filter.label')}
          </label>
          <Input id="buyer-filter" placeholder={t('filter.placeholder')} value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={128} />
          <Button type="submit" variant="secondary">
            {t('filter.submit')}
          </Button>
          {buyer ? (
            <Button
              type="button"
              variant="ghost"
              onClick={() => {
                setDraft('');
                setBuyer('');
              }}
            >
              {t('filter.clear')}
            </Button>
          ) : null}
        </form>
        {canWrite ? <Button onClick={() => setEditing('new')}>{t('add')}</Button> : null}
      </div>
      {buyer ? (
        <p className="mb-2 text-sm text-slate-600" role="status">
          {t('filter.showing', { buyer, count: list.length })}
        </p>
      ) : null}
      <Card>
        <Table>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>{t('columns.order')}</TableHead>
              <TableHead>{t('columns.status')}</TableHead>
              <TableHead>{t('columns.items')}</TableHead>
              <TableHead>{t('columns.shipping')}</TableHead>
              <TableHead>{t('columns.dates')}</TableHead>
              {canWrite ? (
                <TableHead className="text-right">
                  <span className="sr-only">{t('columns.actions')}</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {orders.isLoading ? <TableEmpty colSpan={canWrite ? 6 : 5}>{t('loading')}</TableEmpty> : null}
            {!orders.isLoading && list.length === 0 ? <TableEmpty colSpan={canWrite ? 6 : 5}>{buyer ? t('noneForBuyer') : t('empty')}</TableEmpty> : null}
            {list.map((o) => (
              <TableRow key={o.id} data-testid={`order-${o.id}`}>
                <TableCell>
                  <div className="font-mono text-sm text-slate-900">{o.id}</div>
                  <div className="text-xs text-slate-500">
                    {t('buyer')}{' '}
                    <button type="button" className="font-mono text-indigo-700 hover:underline" onClick={() => {
                        setDraft(o.buyerId);
                        setBuyer(o.buyerId);
                      }}>
                      {o.buyerId}
                    </button>
                  </div>
                </TableCell>
                <TableCell>
                  <Badge tone={STATUS_TONE[o.status]}>{t(`status.${o.status}`)}</Badge>
                </TableCell>
                <TableCell className="max-w-xs">
                  {o.items.length === 0 ? <span className="text-slate-400">—</span> : null}
                  <ul className="space-y-0.5">
                    {o.items.map((item, i) => (
                      <li key={i} className="text-slate-800">
                        {item.title} <span className="text-slate-500">× {item.quantity}</span>
                      </li>
                    ))}
                  </ul>
                </TableCell>
                <TableCell>
                  {o.carrier || o.trackingNumber ? (
                    <>
                      <div className="text-slate-800">{o.carrier ?? '—'}</div>
                      <div className="font-mono text-xs text-slate-500">{o.trackingNumber ?? ''}</div>
                    </>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </TableCell>
                <TableCell className="whitespace-nowrap text-xs text-slate-600">
                  <div>{t('dates.created', { when: when(o.createdAt) ?? '' })}</div>
                  {o.promisedShipBy ? <div>{t('dates.shipBy', { when: when(o.promisedShipBy) ?? '' })}</div> : null}
                  {o.deliveredAt ? <div>{t('dates.delivered', { when: when(o.deliveredAt) ?? '' })}</div> : null}
                </TableCell>
                {canWrite ? (
                  <TableCell className="text-right">
                    <Button size="sm" variant="secondary" onClick={() => setEditing(o)}>
                      {t('edit')}
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      {editing ? <OrderDialog key={editing === 'new' ? 'new' : editing.id} shopId={shopId} timeZone={timeZone} order={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
