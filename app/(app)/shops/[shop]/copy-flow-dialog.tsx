'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { CopyFlowSchema } from '../../../../server/schemas/flow';
import { useTRPC } from '../../../trpc/client';
import { Button } from '../../../ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { Field } from '../../../ui/field';
import { applyServerIssues } from '../../../ui/form-errors';
import { Input } from '../../../ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../../ui/select';
import type { FlowSummary, ShopChoice } from './types';

/** "Copy to shop…": the flow's draft and tests become a new flow of another country shop. */
export function CopyFlowDialog({ shopId, flow, shops, onClose }: { shopId: string; flow: FlowSummary; shops: ShopChoice[]; onClose: () => void }) {
  const t = useTranslations('shop.copyFlow');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<z.input<typeof CopyFlowSchema>, unknown, z.output<typeof CopyFlowSchema>>({
    resolver: zodResolver(CopyFlowSchema),
    defaultValues: { targetShopId: '', name: flow.name },
  });
  const copy = useMutation(
    trpc.flows.copyToShop.mutationOptions({
      onSuccess: (_, input) => queryClient.invalidateQueries({ queryKey: trpc.flows.list.queryKey({ shopId: input.targetShopId }) }),
      onError: (error) => applyServerIssues(form.setError, error, { isField: (p) => p === 'targetShopId' || p === 'name' }),
    }),
  );
  const errors = form.formState.errors;
  const target = shops.find((s) => s.id === copy.variables?.targetShopId);
  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent closeLabel={tc('close')}>
        <DialogHeader>
          <DialogTitle>{t('title', { flow: flow.name })}</DialogTitle>
          <DialogDescription>{t('description')}</DialogDescription>
        </DialogHeader>
        {copy.isSuccess && target ? (
          <>
            <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
              {t('done', { shop: target.name, name: copy.variables?.name ?? flow.name })}
            </p>
            <DialogFooter>
              <Button variant="secondary" onClick={onClose}>
                {tc('close')}
              </Button>
              <Button asChild>
                <Link href={`/shops/${copy.data.shopId}/flows/${copy.data.id}`}>{t('openCopy', { shop: target.name })}</Link>
              </Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={form.handleSubmit((v) => copy.mutate({ shopId, flowId: flow.id, ...v }))} className="space-y-4" noValidate>
            <Field id="copy-target" label={t('target')} error={errors.targetShopId ? t('errors.target') : undefined}>
              <Controller
                control={form.control}
                name="targetShopId"
                render={({ field }) => (
                  <Select value={field.value} onValueChange={field.onChange}>
                    <SelectTrigger id="copy-target" aria-invalid={!!errors.targetShopId}>
                      <SelectValue placeholder={t('targetPlaceholder')} />
                    </SelectTrigger>
                    <SelectContent>
                      {shops.map((s) => (
                        <SelectItem key={s.id} value={s.id}>
                          {s.name} · {s.country}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </Field>
            <Field id="copy-name" label={t('name')} hint={t('nameHint')} error={errors.name ? t('errors.name') : undefined}>
              <Input id="copy-name" aria-invalid={!!errors.name} {...form.register('name')} />
            </Field>
            {copy.error && !copy.error.data?.issues?.length ? <ErrorAlert error={copy.error} /> : null}
            <DialogFooter>
              <Button type="button" variant="secondary" onClick={onClose}>
                {tc('cancel')}
              </Button>
              <Button type="submit" disabled={copy.isPending}>
                {copy.isPending ? t('copying') : t('submit')}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
