'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Controller, FormProvider, useForm, type FieldError } from 'react-hook-form';
import { z } from 'zod';
import { MARKETS } from '../../../../../flows/banned-phrases';
import { PLATFORMS, ShopInputSchema } from '../../../../../server/schemas/shop';
import type { ShopRow } from '../../../../../server/services/shops';
import { useTRPC } from '../../../../trpc/client';
import { Button } from '../../../../ui/button';
import { Card, CardBody, CardHeader } from '../../../../ui/card';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Field } from '../../../../ui/field';
import { applyServerIssues, type FieldIssue } from '../../../../ui/form-errors';
import { Input } from '../../../../ui/input';
import type { ScheduleValues, SettingsValues } from './form-types';
import { LanguagesInput } from './languages-input';
import { COUNTRY_CHOICES } from './options';
import { ScheduleEditor } from './schedule-editor';
import { CodeSelect, UnplacedIssues } from './shop-fields';
import { TimezonePicker } from './timezone-picker';

/**
 * The server's shop schema (without the id, which never changes). The form edits the orders
 * endpoint as text (empty = none), and the working hours always run in the shop's timezone.
 */
const SettingsSchema = z.preprocess(
  (v: SettingsValues) => {
    return {
      ...v,
      ordersEndpoint: v.ordersEndpoint.trim() === '' ? null : v.ordersEndpoint.trim(),
      defaultSchedule: v.defaultSchedule ? { ...v.defaultSchedule, timezone: v.timezone } : null,
    };
  },
  ShopInputSchema.omit({ id: true }),
);

const FIELDS = ['name', 'platform', 'country', 'timezone', 'languages', 'market', 'ordersEndpoint'];

function toValues(shop: ShopRow): SettingsValues {
  const schedule = shop.defaultSchedule as ScheduleValues | null;
  return {
    name: shop.name,
    platform: shop.platform,
    country: shop.country,
    timezone: shop.timezone,
    languages: shop.languages,
    market: shop.market as SettingsValues['market'],
    ordersEndpoint: shop.ordersEndpoint ?? '',
    defaultSchedule: schedule ? { ...schedule, holidays: schedule.holidays ?? [], exceptions: (schedule.exceptions ?? []).map((e) => ({ ...e, name: e.name ?? '' })) } : null,
  };
}

export function ShopSettingsForm({ shop, readOnly }: { shop: ShopRow; readOnly: boolean }) {
  const t = useTranslations('settings');
  const tc = useTranslations('common');
  const tShops = useTranslations('shops');
  const trpc = useTRPC();
  const router = useRouter();
  const [unplaced, setUnplaced] = useState<FieldIssue[]>([]);
  const form = useForm<SettingsValues, unknown, z.output<typeof SettingsSchema>>({
    resolver: zodResolver(SettingsSchema),
    defaultValues: toValues(shop),
  });
  const update = useMutation(
    trpc.shops.update.mutationOptions({
      onSuccess: (saved) => {
        form.reset(toValues(saved));
        router.refresh();
      },
      onError: (error) =>
        setUnplaced(applyServerIssues(form.setError, error, { prefix: 'patch.', isField: (p) => FIELDS.includes(p.split('.')[0] ?? '') || p.startsWith('defaultSchedule.') })),
    }),
  );
  const errors = form.formState.errors;
  const message = (key: string, error: FieldError | { message?: string } | undefined) => (error ? t(`errors.${key}`) : undefined);
  const countries: string[] = COUNTRY_CHOICES.includes(shop.country as (typeof COUNTRY_CHOICES)[number]) ? [...COUNTRY_CHOICES] : [shop.country, ...COUNTRY_CHOICES];
  const countryName = (code: string) => (t.has(`countryNames.${code}`) ? t(`countryNames.${code}`) : code);
  return (
    <FormProvider {...form}>
      <form
        onSubmit={form.handleSubmit((patch) => {
          setUnplaced([]);
          update.mutate({ shopId: shop.id, patch });
        })}
        noValidate
        className="space-y-6"
        aria-label={t('formLabel')}
      >
        <fieldset disabled={readOnly} className="space-y-6">
          {readOnly ? (
            <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-600" data-testid="read-only-note">
              {t('readOnly')}
            </p>
          ) : null}
          <Card>
            <CardHeader>
              <h2 className="font-semibold text-slate-900">{t('general.title')}</h2>
              <p className="text-sm text-slate-600">{t('general.subtitle')}</p>
            </CardHeader>
            <CardBody className="grid gap-4 md:grid-cols-2">
              <Field id="shop-name" label={t('fields.name')} error={message('name', errors.name)}>
                <Input id="shop-name" aria-invalid={!!errors.name} {...form.register('name')} />
              </Field>
              <Field id="shop-id" label={t('fields.id')} hint={t('fields.idHint')}>
                <Input id="shop-id" value={shop.id} readOnly disabled className="bg-slate-50 font-mono text-slate-600" />
              </Field>
              <Field id="shop-platform" label={t('fields.platform')} error={message('platform', errors.platform)}>
                <Controller
                  control={form.control}
                  name="platform"
                  render={({ field }) => (
                    <CodeSelect id="shop-platform" value={field.value} options={PLATFORMS} label={(p) => tShops(`platforms.${p}`)} onChange={field.onChange} invalid={!!errors.platform} disabled={readOnly} />
                  )}
                />
              </Field>
              <Field id="shop-country" label={t('fields.country')} error={message('country', errors.country)}>
                <Controller
                  control={form.control}
                  name="country"
                  render={({ field }) => (
                    <CodeSelect
                      id="shop-country"
                      value={field.value}
                      options={countries}
                      label={(c) => t('countryOption', { name: countryName(c), code: c })}
                      onChange={field.onChange}
                      invalid={!!errors.country}
                      disabled={readOnly}
                    />
                  )}
                />
              </Field>
              <Field id="shop-timezone" label={t('fields.timezone')} hint={t('fields.timezoneHint')} error={message('timezone', errors.timezone)}>
                <Controller
                  control={form.control}
                  name="timezone"
                  render={({ field }) => <TimezonePicker id="shop-timezone" value={field.value} onChange={field.onChange} onBlur={field.onBlur} invalid={!!errors.timezone} disabled={readOnly} />}
                />
              </Field>
              <Field id="shop-market" label={t('fields.market')} hint={t('fields.marketHint')} error={message('market', errors.market)}>
                <Controller
                  control={form.control}
                  name="market"
                  render={({ field }) => (
                    <CodeSelect id="shop-market" value={field.value} options={MARKETS} label={(m) => t(`markets.${m}`)} onChange={field.onChange} invalid={!!errors.market} disabled={readOnly} />
                  )}
                />
              </Field>
              <div className="md:col-span-2">
                <Field id="shop-languages" label={t('fields.languages')} hint={t('fields.languagesHint')} error={message('languages', errors.languages)}>
                  <Controller
                    control={form.control}
                    name="languages"
                    render={({ field }) => <LanguagesInput id="shop-languages" value={field.value} onChange={field.onChange} invalid={!!errors.languages} disabled={readOnly} />}
                  />
                </Field>
              </div>
              <div className="md:col-span-2">
                <Field id="shop-orders-endpoint" label={t('fields.ordersEndpoint')} hint={t('fields.ordersEndpointHint')} error={message('ordersEndpoint', errors.ordersEndpoint)}>
                  <Input id="shop-orders-endpoint" type="url" placeholder="https://erp.example.com/replyflow/orders" aria-invalid={!!errors.ordersEndpoint} {...form.register('ordersEndpoint')} />
                </Field>
              </div>
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <h2 className="font-semibold text-slate-900">{t('schedule.title')}</h2>
              <p className="text-sm text-slate-600">{t('schedule.subtitle')}</p>
            </CardHeader>
            <CardBody>
              <ScheduleEditor disabled={readOnly} />
            </CardBody>
          </Card>
        </fieldset>
        {readOnly ? null : (
          <div className="sticky bottom-0 -mx-1 flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 bg-slate-50/95 px-1 py-3 backdrop-blur">
            {update.isSuccess && !form.formState.isDirty ? (
              <p role="status" className="mr-auto text-sm text-emerald-700">
                {t('saved')}
              </p>
            ) : null}
            {Object.keys(errors).length > 0 ? (
              <p role="alert" className="mr-auto text-sm text-red-700">
                {t('fixErrors')}
              </p>
            ) : null}
            {update.error && !update.error.data?.issues?.length ? <ErrorAlert error={update.error} className="w-full" /> : null}
            <UnplacedIssues issues={unplaced} className="w-full" />
            <Button type="button" variant="secondary" disabled={!form.formState.isDirty || update.isPending} onClick={() => form.reset()}>
              {t('discard')}
            </Button>
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? tc('saving') : tc('save')}
            </Button>
          </div>
        )}
      </form>
    </FormProvider>
  );
}
