'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { MARKETS } from '../../../flows/banned-phrases';
import { PLATFORMS, ShopInputSchema } from '../../../server/schemas/shop';
import { useTRPC } from '../../trpc/client';
import { Button } from '../../ui/button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '../../ui/dialog';
import { CreateDialogFooter } from '../../ui/create-dialog-footer';
import { ErrorAlert } from '../../ui/error-alert';
import { Field } from '../../ui/field';
import { applyServerIssues, type FieldIssue } from '../../ui/form-errors';
import { Input } from '../../ui/input';
import { LanguagesInput } from './[shop]/settings/languages-input';
import { COUNTRY_CHOICES } from './[shop]/settings/options';
import { CodeSelect, UnplacedIssues } from './[shop]/settings/shop-fields';
import { TimezonePicker } from './[shop]/settings/timezone-picker';

/** What the dialog edits: the server's shop input (orders endpoint and working hours come later, in the settings). */
type Values = z.input<typeof ShopInputSchema>;
type Market = (typeof MARKETS)[number];

const FIELDS = new Set(['id', 'name', 'platform', 'country', 'timezone', 'languages', 'market']);

/** What a country usually means for a shop there; suggested until the person picks otherwise. */
const COUNTRY_DEFAULTS: Record<string, { timezone: string; languages: string[]; market?: Market }> = {
  US: { timezone: 'America/Los_Angeles', languages: ['en', 'es'], market: 'US' },
  GB: { timezone: 'Europe/London', languages: ['en'], market: 'UK' },
  CN: { timezone: 'Asia/Shanghai', languages: ['zh'], market: 'CN' },
  HK: { timezone: 'Asia/Hong_Kong', languages: ['zh', 'en'] },
  TW: { timezone: 'Asia/Taipei', languages: ['zh'] },
  MY: { timezone: 'Asia/Kuala_Lumpur', languages: ['ms', 'en', 'zh'], market: 'MY' },
  SG: { timezone: 'Asia/Singapore', languages: ['en', 'zh', 'ms'] },
  TH: { timezone: 'Asia/Bangkok', languages: ['th', 'en'] },
  VN: { timezone: 'Asia/Ho_Chi_Minh', languages: ['vi', 'en'] },
  PH: { timezone: 'Asia/Manila', languages: ['en', 'fil'] },
  ID: { timezone: 'Asia/Jakarta', languages: ['id', 'en'] },
  JP: { timezone: 'Asia/Tokyo', languages: ['ja'] },
  KR: { timezone: 'Asia/Seoul', languages: ['ko'] },
  ES: { timezone: 'Europe/Madrid', languages: ['es'], market: 'ES' },
  FR: { timezone: 'Europe/Paris', languages: ['fr'] },
  DE: { timezone: 'Europe/Berlin', languages: ['de'] },
  IT: { timezone: 'Europe/Rome', languages: ['it'] },
  MX: { timezone: 'America/Mexico_City', languages: ['es'], market: 'LATAM' },
  BR: { timezone: 'America/Sao_Paulo', languages: ['pt-BR'], market: 'LATAM' },
  CO: { timezone: 'America/Bogota', languages: ['es'], market: 'LATAM' },
  CL: { timezone: 'America/Santiago', languages: ['es'], market: 'LATAM' },
  SA: { timezone: 'Asia/Riyadh', languages: ['ar', 'en'] },
  AE: { timezone: 'Asia/Dubai', languages: ['ar', 'en'] },
  AU: { timezone: 'Australia/Sydney', languages: ['en'] },
  CA: { timezone: 'America/Toronto', languages: ['en', 'fr'] },
};

const PLATFORM_SLUGS: Record<(typeof PLATFORMS)[number], string> = { tiktok_shop: 'tiktok', douyin: 'douyin', other: 'shop' };

/** A readable id from the shop's name ("Trendy Threads US" → trendy-threads-us), else country and platform ("cn-douyin"). */
function suggestShopId(name: string, country: string, platform: (typeof PLATFORMS)[number]): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  if (slug.length >= 2) return slug;
  return name.trim() === '' ? '' : `${country.toLowerCase()}-${PLATFORM_SLUGS[platform]}`;
}

/** A Douyin shop in China for people using the app in Chinese, a TikTok Shop in the US otherwise. */
function initialValues(locale: string): Values {
  const [platform, country, market] = locale === 'zh' ? (['douyin', 'CN', 'CN'] as const) : (['tiktok_shop', 'US', 'US'] as const);
  const { timezone, languages } = COUNTRY_DEFAULTS[country]!;
  return { id: '', name: '', platform, country, timezone, languages, market };
}

/** "New shop": the shop's name, readable id, platform, country, timezone, languages and market rules; opens the new shop. */
export function NewShopDialog() {
  const t = useTranslations('shops.new');
  const ts = useTranslations('settings');
  const tShops = useTranslations('shops');
  const tc = useTranslations('common');
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [unplaced, setUnplaced] = useState<FieldIssue[]>([]);
  /** Fields the person set themselves: suggestions no longer overwrite them. */
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const choose = (field: string, yes = true) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (yes) next.add(field);
      else next.delete(field);
      return next;
    });
  const form = useForm<Values, unknown, z.output<typeof ShopInputSchema>>({
    // The server's own schema: what passes here passes there (apart from an id someone else took).
    resolver: zodResolver(ShopInputSchema),
    defaultValues: initialValues(locale),
  });
  const create = useMutation(
    trpc.shops.create.mutationOptions({
      onSuccess: (created) => {
        router.push(`/shops/${created.id}`);
        // The header's shop switcher (in the layout) lists the new shop too.
        router.refresh();
      },
      onError: (error) => setUnplaced(applyServerIssues(form.setError, error, { isField: (p) => FIELDS.has(p) })),
    }),
  );

  function suggestId() {
    if (chosen.has('id')) return;
    const { name, country, platform } = form.getValues();
    form.setValue('id', suggestShopId(name, country, platform), { shouldValidate: form.formState.isSubmitted });
  }
  function suggestForCountry(country: string) {
    const defaults = COUNTRY_DEFAULTS[country];
    if (!defaults) return;
    if (!chosen.has('timezone')) form.setValue('timezone', defaults.timezone);
    if (!chosen.has('languages')) form.setValue('languages', defaults.languages);
    if (defaults.market && !chosen.has('market')) form.setValue('market', defaults.market);
  }

  const errors = form.formState.errors;
  const message = (key: string, error: FieldError | { message?: string } | undefined) => (error ? ts(`errors.${key}`) : undefined);
  const idMessage = errors.id ? (errors.id.type === 'server' ? t('errors.idTaken') : t('errors.id')) : undefined;
  const countryName = (code: string) => (ts.has(`countryNames.${code}`) ? ts(`countryNames.${code}`) : code);
  const idField = form.register('id', {
    onChange: (e: { target: { value: string } }) => {
      // Emptied: the suggestion from the name takes over again.
      choose('id', e.target.value !== '');
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          form.reset(initialValues(locale));
          setChosen(new Set());
          setUnplaced([]);
          create.reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button data-testid="new-shop">
          {t('open')}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc('close')} className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogDescription>{t('description')}</DialogDescription>
        </DialogHeader>
        <form
          onSubmit={form.handleSubmit((v) => {
            setUnplaced([]);
            create.mutate(v);
          })}
          noValidate
          className="space-y-4"
          aria-label={t('title')}
        >
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="new-shop-name" label={ts('fields.name')} error={message('name', errors.name)}>
              <Input id="new-shop-name" autoFocus placeholder={t('namePlaceholder')} aria-invalid={!!errors.name} {...form.register('name', { onChange: suggestId })} />
            </Field>
            <Field id="new-shop-id" label={ts('fields.id')} hint={t('idHint')} error={idMessage}>
              <Input id="new-shop-id" className="font-mono" autoComplete="off" spellCheck={false} placeholder="us-tiktok" aria-invalid={!!errors.id} {...idField} />
            </Field>
            <Field id="new-shop-platform" label={ts('fields.platform')} error={message('platform', errors.platform)}>
              <Controller
                control={form.control}
                name="platform"
                render={({ field }) => (
                  <CodeSelect
                    id="new-shop-platform"
                    value={field.value}
                    options={PLATFORMS}
                    label={(p) => tShops(`platforms.${p}`)}
                    onChange={(v) => {
                      field.onChange(v);
                      suggestId();
                    }}
                    invalid={!!errors.platform}
                  />
                )}
              />
            </Field>
            <Field id="new-shop-country" label={ts('fields.country')} hint={t('countryHint')} error={message('country', errors.country)}>
              <Controller
                control={form.control}
                name="country"
                render={({ field }) => (
                  <CodeSelect
                    id="new-shop-country"
                    value={field.value}
                    options={COUNTRY_CHOICES}
                    label={(c) => ts('countryOption', { name: countryName(c), code: c })}
                    onChange={(v) => {
                      field.onChange(v);
                      suggestForCountry(v);
                      suggestId();
                    }}
                    invalid={!!errors.country}
                  />
                )}
              />
            </Field>
            <Field id="new-shop-timezone" label={ts('fields.timezone')} error={message('timezone', errors.timezone)}>
              <Controller
                control={form.control}
                name="timezone"
                render={({ field }) => (
                  <TimezonePicker
                    id="new-shop-timezone"
                    value={field.value}
                    onChange={(zone) => {
                      choose('timezone');
                      field.onChange(zone);
                    }}
                    onBlur={field.onBlur}
                    invalid={!!errors.timezone}
                  />
                )}
              />
            </Field>
            <Field id="new-shop-market" label={ts('fields.market')} hint={ts('fields.marketHint')} error={message('market', errors.market)}>
              <Controller
                control={form.control}
                name="market"
                render={({ field }) => (
                  <CodeSelect
                    id="new-shop-market"
                    value={field.value}
                    options={MARKETS}
                    label={(m) => ts(`markets.${m}`)}
                    onChange={(v) => {
                      choose('market');
                      field.onChange(v);
                    }}
                    invalid={!!errors.market}
                  />
                )}
              />
            </Field>
            <div className="sm:col-span-2">
              <Field id="new-shop-languages" label={ts('fields.languages')} hint={ts('fields.languagesHint')} error={message('languages', errors.languages)}>
                <Controller
                  control={form.control}
                  name="languages"
                  render={({ field }) => (
                    <LanguagesInput
                      id="new-shop-languages"
                      value={field.value}
                      onChange={(next) => {
                        choose('languages');
                        field.onChange(next);
                      }}
                      invalid={!!errors.languages}
                    />
                  )}
                />
              </Field>
            </div>
          </div>
          {create.error && !create.error.data?.issues?.length ? <ErrorAlert error={create.error} /> : null}
          <UnplacedIssues issues={unplaced} />
          <CreateDialogFooter busy={create.isPending || create.isSuccess} submitLabel={t('submit')} onCancel={() => setOpen(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

