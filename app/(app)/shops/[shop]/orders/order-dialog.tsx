'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Controller, get, useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { z } from 'zod';
import { OrderSchema, OrderStatusSchema, type Order } from '../../../../../flows/order';
import { useTRPC } from '../../../../trpc/client';
import { Button } from '../../../../ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '../../../../ui/dialog';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Field } from '../../../../ui/field';
import { applyServerIssues } from '../../../../ui/form-errors';
import { Input } from '../../../../ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../../../ui/select';
import { instantToLocal, localToInstant } from './zoned-time';

/** As edited: every field is text; empty optional fields mean "not set". */
interface Values {
  id: string;
  buyerId: string;
  status: Order['status'];
  createdAt: string;
  promisedShipBy: string;
  carrier: string;
  trackingNumber: string;
  deliveredAt: string;
  items: { title: string; quantity: number }[];
}

const blankToUndefined = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The server's OrderSchema, fed with the form's text (empty optional fields left out). */
const FormSchema = z.preprocess(
  (v: Values) => ({
    ...v,
    id: v.id.trim(),
    buyerId: v.buyerId.trim(),
    createdAt: v.createdAt,
    promisedShipBy: blankToUndefined(v.promisedShipBy),
    carrier: blankToUndefined(v.carrier),
    trackingNumber: blankToUndefined(v.trackingNumber),
    deliveredAt: blankToUndefined(v.deliveredAt),
  }),
  OrderSchema,
);

const FIELDS = ['id', 'buyerId', 'status', 'createdAt', 'promisedShipBy', 'carrier', 'trackingNumber', 'deliveredAt', 'items'];

function toValues(order: Order | null): Values {
  return {
    id: order?.id ?? '',
    buyerId: order?.buyerId ?? '',
    status: order?.status ?? 'awaiting_shipment',
    createdAt: order?.createdAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    promisedShipBy: order?.promisedShipBy ?? '',
    carrier: order?.carrier ?? '',
    trackingNumber: order?.trackingNumber ?? '',
    deliveredAt: order?.deliveredAt ?? '',
    items: order?.items.map((i) => ({ ...i })) ?? [{ title: '', quantity: 1 }],
  };
}

/** A date-time in the shop's timezone; the form keeps the instant (ISO). */
function ShopDateTime({ id, value, onChange, timeZone, invalid }: { id: string; value: string; onChange: (v: string) => void; timeZone: string; invalid?: boolean }) {
  return <Input id={id} type="datetime-local" aria-invalid={invalid} value={instantToLocal(value, timeZone)} onChange={(e) => onChange(localToInstant(e.target.value, timeZone) ?? '')} />;
}

/** "Add or update order": an order with the same id is replaced. */
export function OrderDialog({ shopId, timeZone, order, onClose }: { shopId: string; timeZone: string; order: Order | null; onClose: () => void }) {
  const t = useTranslations('orders.form');
  const tOrders = useTranslations('orders');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [initial] = useState(() => toValues(order));
  const form = useForm<Values, unknown, z.output<typeof FormSchema>>({ resolver: zodResolver(FormSchema), defaultValues: initial });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const upsert = useMutation(
    trpc.orders.upsert.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.orders.list.queryKey() });
        onClose();
      },
      onError: (error) => applyServerIssues(form.setError, error, { prefix: 'order.', isField: (p) => FIELDS.includes(p.split('.')[0] ?? '') }),
    }),
  );
  const errors: FieldErrors<Values> = form.formState.errors;
  const err = (path: string, key: string) => (get(errors, path) ? t(`errors.${key}`) : undefined);
  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent closeLabel={tc('close')} className="max-w-3xl">
        <DialogHeader>
          <DialogTitle>{order ? t('editTitle', { id: order.id }) : t('addTitle')}</DialogTitle>
          <DialogDescription>{t('description', { timeZone })}</DialogDescription>
        </DialogHeader>
        <form onSubmit={form.handleSubmit((o) => upsert.mutate({ shopId, order: o }))} className="space-y-4" noValidate>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id="order-id" label={t('id')} hint={order ? t('idFixed') : t('idHint')} error={err('id', 'id')}>
              <Input id="order-id" className="font-mono" readOnly={!!order} aria-invalid={!!errors.id} {...form.register('id')} />
            </Field>
            <Field id="order-buyer" label={t('buyerId')} error={err('buyerId', 'buyerId')}>
              <Input id="order-buyer" className="font-mono" aria-invalid={!!errors.buyerId} {...form.register('buyerId')} />
            </Field>
            <Field id="order-status" label={t('status')} error={err('status', 'status')}>
              <Controller
                control={form.control}
                name="status"
                render={({ field }) => (
                  <Select value={field.value} onValueChange={field.onChange}>
                    <SelectTrigger id="order-status">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {OrderStatusSchema.options.map((s) => (
                        <SelectItem key={s} value={s}>
                          {tOrders(`status.${s}`)}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </Field>
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            {(['createdAt', 'promisedShipBy', 'deliveredAt'] as const).map((name) => (
              <Field key={name} id={`order-${name}`} label={t(name)} error={err(name, 'instant')}>
                <Controller control={form.control} name={name} render={({ field }) => <ShopDateTime id={`order-${name}`} value={field.value} onChange={field.onChange} timeZone={timeZone} invalid={!!errors[name]} />} />
              </Field>
            ))}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="order-carrier" label={t('carrier')} error={err('carrier', 'carrier')}>
              <Input id="order-carrier" placeholder={t('carrierPlaceholder')} aria-invalid={!!errors.carrier} {...form.register('carrier')} />
            </Field>
            <Field id="order-tracking" label={t('trackingNumber')} error={err('trackingNumber', 'trackingNumber')}>
              <Input id="order-tracking" className="font-mono" aria-invalid={!!errors.trackingNumber} {...form.register('trackingNumber')} />
            </Field>
          </div>
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">{t('items')}</legend>
            <div className="space-y-2">
              {items.fields.map((field, i) => {
                const itemError = err(`items.${i}.title`, 'itemTitle') ?? err(`items.${i}.quantity`, 'itemQuantity');
                return (
                  <div key={field.id} className="space-y-1" data-testid="order-item">
                    <div className="flex items-center gap-2">
                      <Input aria-label={t('itemTitle')} placeholder={t('itemTitle')} aria-invalid={!!get(errors, `items.${i}.title`)} {...form.register(`items.${i}.title`)} />
                      <Input
                        aria-label={t('quantity')}
                        type="number"
                        min={1}
                        className="w-20"
                        aria-invalid={!!get(errors, `items.${i}.quantity`)}
                        {...form.register(`items.${i}.quantity`, { valueAsNumber: true })}
                      />
                      <button
                        type="button"
                        onClick={() => items.remove(i)}
                        aria-label={t('removeItem')}
                        className="grid h-8 w-8 shrink-0 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-800"
                      >
                        <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
                          <path d="M4 4l8 8M12 4l-8 8" />
                        </svg>
                      </button>
                    </div>
                    {itemError ? (
                      <p role="alert" className="text-xs text-red-600">
                        {itemError}
                      </p>
                    ) : null}
                  </div>
                );
              })}
            </div>
            <Button type="button" variant="ghost" size="sm" className="mt-1" onClick={() => items.append({ title: '', quantity: 1 })}>
              {t('addItem')}
            </Button>
          </fieldset>
          {upsert.error && !upsert.error.data?.issues?.length ? <ErrorAlert error={upsert.error} /> : null}
          <DialogFooter>
            <Button type="button" variant="secondary" onClick={onClose}>
              {tc('cancel')}
            </Button>
            <Button type="submit" disabled={upsert.isPending}>
              {upsert.isPending ? tc('saving') : t('submit')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
