'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { CreateApiKeySchema } from '../../../../../server/schemas/api-key';
import { useTRPC } from '../../../../trpc/client';
import { Badge } from '../../../../ui/badge';
import { Button } from '../../../../ui/button';
import { Card, CardHeader } from '../../../../ui/card';
import { ConfirmDialog } from '../../../../ui/confirm-dialog';
import { CopyButton } from '../../../../ui/copy-button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '../../../../ui/dialog';
import { CreateDialogFooter } from '../../../../ui/create-dialog-footer';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Field } from '../../../../ui/field';
import { applyServerIssues } from '../../../../ui/form-errors';
import { Input } from '../../../../ui/input';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '../../../../ui/table';
import type { RouterOutputs } from '../types';
import { EVENT_TIME } from '../../../../ui/formats';

type ApiKey = RouterOutputs['apiKeys']['list'][number];

/** The shop's keys for the production HTTP API: list, create (shown once), revoke. */
export function ApiKeysPanel({ shopId, initialKeys }: { shopId: string; initialKeys: ApiKey[] }) {
  const t = useTranslations('settings.apiKeys');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery({ ...trpc.apiKeys.list.queryOptions({ shopId }), initialData: initialKeys }).data;
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey({ shopId }) });
        setRevoking(null);
      },
    }),
  );
  const when = (iso: string) => format.dateTime(new Date(iso), EVENT_TIME);
  return (
    <Card data-testid="api-keys">
      <CardHeader className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="font-semibold text-slate-900">{t('title')}</h2>
          <p className="max-w-2xl text-sm text-slate-600">{t('subtitle')}</p>
        </div>
        <CreateKeyDialog shopId={shopId} />
      </CardHeader>
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>{t('columns.name')}</TableHead>
            <TableHead>{t('columns.scope')}</TableHead>
            <TableHead>{t('columns.prefix')}</TableHead>
            <TableHead>{t('columns.created')}</TableHead>
            <TableHead>{t('columns.status')}</TableHead>
            <TableHead className="text-right">
              <span className="sr-only">{t('columns.actions')}</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {keys.length === 0 ? <TableEmpty colSpan={6}>{t('empty')}</TableEmpty> : null}
          {keys.map((k) => (
            <TableRow key={k.id} data-testid={`api-key-${k.prefix}`} className={k.revokedAt ? 'text-slate-500' : undefined}>
              <TableCell className="font-medium">{k.name}</TableCell>
              <TableCell>
                <Badge tone={k.scope === 'admin' ? 'warn' : 'neutral'}>{t(`scopes.${k.scope}`)}</Badge>
              </TableCell>
              <TableCell>
                <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{k.prefix}…</code>
              </TableCell>
              <TableCell className="whitespace-nowrap text-xs">{when(k.createdAt)}</TableCell>
              <TableCell className="whitespace-nowrap">
                {k.revokedAt ? <Badge tone="bad">{t('revokedAt', { when: when(k.revokedAt) })}</Badge> : <Badge tone="good">{t('active')}</Badge>}
              </TableCell>
              <TableCell className="text-right">
                {k.revokedAt ? null : (
                  <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setRevoking(k)}>
                    {t('revoke.open')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {revoking ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (!open) {
              setRevoking(null);
              revoke.reset();
            }
          }}
          title={t('revoke.title', { name: revoking.name })}
          description={t('revoke.description', { prefix: revoking.prefix })}
          confirmLabel={revoke.isPending ? t('revoke.pending') : t('revoke.confirm')}
          pending={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate({ shopId, keyId: revoking.id })}
        />
      ) : null}
    </Card>
  );
}

function CreateKeyDialog({ shopId }: { shopId: string }) {
  const t = useTranslations('settings.apiKeys');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm<z.input<typeof CreateApiKeySchema>, unknown, z.output<typeof CreateApiKeySchema>>({
    resolver: zodResolver(CreateApiKeySchema),
    defaultValues: { name: '', scope: 'reply' },
  });
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey({ shopId }) }),
      onError: (error) => applyServerIssues(form.setError, error, { isField: (p) => p === 'name' || p === 'scope' }),
    }),
  );
  const errors = form.formState.errors;
  const created = create.data;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          // The key is forgotten on close: it cannot be shown again.
          form.reset();
          create.reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm">{t('create.open')}</Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc('close')} onInteractOutside={created ? (e) => e.preventDefault() : undefined}>
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>{t('created.title', { name: created.name })}</DialogTitle>
              <DialogDescription>{t('created.description')}</DialogDescription>
            </DialogHeader>
            <div className="space-y-2">
              <div className="flex items-center gap-2 rounded-md border border-slate-300 bg-slate-50 p-2">
                <code className="min-w-0 flex-1 break-all font-mono text-sm text-slate-900" data-testid="new-api-key">
                  {created.key}
                </code>
                <CopyButton text={created.key} />
              </div>
              <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {t('created.warning')}
              </p>
            </div>
            <DialogFooter>
              <Button onClick={() => setOpen(false)}>{t('created.done')}</Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={form.handleSubmit((v) => create.mutate({ shopId, ...v }))} className="space-y-4" noValidate>
            <DialogHeader>
              <DialogTitle>{t('create.title')}</DialogTitle>
              <DialogDescription>{t('create.description')}</DialogDescription>
            </DialogHeader>
            <Field id="api-key-name" label={t('create.name')} error={errors.name ? t('create.nameError') : undefined}>
              <Input id="api-key-name" autoFocus placeholder={t('create.namePlaceholder')} aria-invalid={!!errors.name} {...form.register('name')} />
            </Field>
            <fieldset className="space-y-2">
              <legend className="mb-1 text-sm font-medium text-slate-700">{t('create.scope')}</legend>
              {(['reply', 'admin'] as const).map((scope) => (
                <label key={scope} className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50/60">
                  <input type="radio" value={scope} className="mt-0.5 accent-indigo-600" {...form.register('scope')} />
                  <span>
                    <span className="block font-medium text-slate-900">{t(`scopes.${scope}`)}</span>
                    <span className="block text-xs text-slate-500">{t(`scopeHints.${scope}`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            {create.error && !create.error.data?.issues?.length ? <ErrorAlert error={create.error} /> : null}
            <CreateDialogFooter busy={create.isPending} submitLabel={t('create.submit')} onCancel={() => setOpen(false)} />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
