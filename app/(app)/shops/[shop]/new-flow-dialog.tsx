'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { CreateFlowSchema } from '../../../../server/schemas/flow';
import { useTRPC } from '../../../trpc/client';
import { Button } from '../../../ui/button';
import { cn } from '../../../ui/cn';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '../../../ui/dialog';
import { CreateDialogFooter } from '../../../ui/create-dialog-footer';
import { ErrorAlert } from '../../../ui/error-alert';
import { Field } from '../../../ui/field';
import { applyServerIssues } from '../../../ui/form-errors';
import { Input } from '../../../ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../../ui/select';
import type { ShopChoice, TemplateChoice } from './types';

type SourceType = 'template' | 'copy' | 'empty';
interface Values {
  name: string;
  source: { type: SourceType; template: string; shopId: string; flowId: string };
}

const FIELDS = new Set(['name', 'source.template', 'source.shopId', 'source.flowId']);

/** "New flow": a name and where the first draft comes from; opens the designer on it. */
export function NewFlowDialog({ shopId, templates, suggestedTemplate, shops }: { shopId: string; templates: TemplateChoice[]; suggestedTemplate: string; shops: ShopChoice[] }) {
  const t = useTranslations('shop.newFlow');
  const tc = useTranslations('common');
  const locale = useLocale() as 'en' | 'zh';
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof CreateFlowSchema>>({
    // The server's schema: extra fields of the sources not chosen are ignored.
    resolver: zodResolver(CreateFlowSchema) as unknown as Resolver<Values, unknown, z.output<typeof CreateFlowSchema>>,
    defaultValues: { name: '', source: { type: 'template', template: templates.some((tpl) => tpl.name === suggestedTemplate) ? suggestedTemplate : (templates[0]?.name ?? ''), shopId: '', flowId: '' } },
  });
  const [sourceType, copyShop] = useWatch({ control: form.control, name: ['source.type', 'source.shopId'] });
  const copyFlows = useQuery({ ...trpc.flows.list.queryOptions({ shopId: copyShop }), enabled: open && sourceType === 'copy' && copyShop !== '' });
  const create = useMutation(
    trpc.flows.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries({ queryKey: trpc.flows.list.queryKey({ shopId }) });
        router.push(`/shops/${created.shopId}/flows/${created.id}`);
      },
      onError: (error) => applyServerIssues(form.setError, error, { isField: (p) => FIELDS.has(p) }),
    }),
  );
  const errors = form.formState.errors;
  const message = (field: 'name' | 'template' | 'shop' | 'flow', error: { message?: string } | undefined) => (error ? t(`errors.${field}`) : undefined);
  const sources: { type: SourceType; title: string; hint: string }[] = [
    { type: 'template', title: t('sources.template'), hint: t('sources.templateHint') },
    { type: 'copy', title: t('sources.copy'), hint: t('sources.copyHint') },
    { type: 'empty', title: t('sources.empty'), hint: t('sources.emptyHint') },
  ];
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          form.reset();
          create.reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>{t('open')}</Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc('close')} className="max-w-xl">
        <DialogHeader>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogDescription>{t('description')}</DialogDescription>
        </DialogHeader>
        <form onSubmit={form.handleSubmit((v) => create.mutate({ shopId, ...v }))} className="space-y-4" noValidate>
          <Field id="new-flow-name" label={t('name')} error={message('name', errors.name)}>
            <Input id="new-flow-name" autoFocus placeholder={t('namePlaceholder')} aria-invalid={!!errors.name} {...form.register('name')} />
          </Field>
          <fieldset className="space-y-2">
            <legend className="mb-1 text-sm font-medium text-slate-700">{t('source')}</legend>
            <div className="grid gap-2 sm:grid-cols-3">
              {sources.map((s) => (
                <label
                  key={s.type}
                  className={cn(
                    'flex cursor-pointer flex-col gap-0.5 rounded-md border p-3 text-sm transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500',
                    sourceType === s.type ? 'border-indigo-500 bg-indigo-50/60' : 'border-slate-200 hover:border-slate-300',
                  )}
                >
                  <span className="flex items-center gap-2 font-medium text-slate-900">
                    <input type="radio" value={s.type} className="accent-indigo-600" {...form.register('source.type')} />
                    {s.title}
                  </span>
                  <span className="text-xs text-slate-500">{s.hint}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {sourceType === 'template' ? (
            <Field id="new-flow-template" label={t('template')} error={message('template', errors.source?.template)}>
              <Controller
                control={form.control}
                name="source.template"
                render={({ field }) => (
                  <Select value={field.value} onValueChange={field.onChange}>
                    <SelectTrigger id="new-flow-template" aria-invalid={!!errors.source?.template}>
                      <SelectValue placeholder={t('templatePlaceholder')} />
                    </SelectTrigger>
                    <SelectContent>
                      {templates.map((tpl) => (
                        <SelectItem key={tpl.name} value={tpl.name}>
                          {tpl.title[locale]}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </Field>
          ) : null}
          {sourceType === 'copy' ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="new-flow-copy-shop" label={t('copyShop')} error={message('shop', errors.source?.shopId)}>
                <Controller
                  control={form.control}
                  name="source.shopId"
                  render={({ field }) => (
                    <Select
                      value={field.value}
                      onValueChange={(v) => {
                        field.onChange(v);
                        form.setValue('source.flowId', '');
                      }}
                    >
                      <SelectTrigger id="new-flow-copy-shop" aria-invalid={!!errors.source?.shopId}>
                        <SelectValue placeholder={t('copyShopPlaceholder')} />
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
              <Field id="new-flow-copy-flow" label={t('copyFlow')} error={message('flow', errors.source?.flowId)}>
                <Controller
                  control={form.control}
                  name="source.flowId"
                  render={({ field }) => (
                    <Select value={field.value} onValueChange={field.onChange} disabled={!copyShop || !copyFlows.data}>
                      <SelectTrigger id="new-flow-copy-flow" aria-invalid={!!errors.source?.flowId}>
                        <SelectValue placeholder={copyShop ? (copyFlows.isLoading ? tc('loading') : t('copyFlowPlaceholder')) : t('copyFlowFirst')} />
                      </SelectTrigger>
                      <SelectContent>
                        {(copyFlows.data ?? []).map((f) => (
                          <SelectItem key={f.id} value={f.id}>
                            {f.name}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                  )}
                />
              </Field>
            </div>
          ) : null}
          {create.error && !create.error.data?.issues?.length ? <ErrorAlert error={create.error} /> : null}
          <CreateDialogFooter busy={create.isPending || create.isSuccess} submitLabel={t('submit')} onCancel={() => setOpen(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
