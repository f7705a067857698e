'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { AppRouter } from '../../../server/api/root';
import { InviteSchema } from '../../../server/schemas/account';
import { useTRPC } from '../../trpc/client';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card, CardHeader } from '../../ui/card';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CopyButton } from '../../ui/copy-button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '../../ui/dialog';
import { CreateDialogFooter } from '../../ui/create-dialog-footer';
import { ErrorAlert } from '../../ui/error-alert';
import { Field } from '../../ui/field';
import { applyServerIssues } from '../../ui/form-errors';
import { Input } from '../../ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../ui/select';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '../../ui/table';

type MembersList = inferRouterOutputs<AppRouter>['members']['list'];
type Member = MembersList['members'][number];
type Pending = MembersList['pending'][number];
const INVITE_ROLES = ['admin', 'agent', 'viewer'] as const;
const ROLE_ORDER = { owner: 0, admin: 1, agent: 2, viewer: 3 } as const;
const ROLE_TONE = { owner: 'info', admin: 'info', agent: 'neutral', viewer: 'neutral' } as const;

/** The workspace's people: roles, invitations by one-time link, role changes and removal. */
export function MembersPanel({ actorId, canManage, initial }: { actorId: string; canManage: boolean; initial: MembersList }) {
  const t = useTranslations('members');
  const tRoles = useTranslations('shell.roles');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const data = useQuery({ ...trpc.members.list.queryOptions(), initialData: initial }).data;
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
  const [removing, setRemoving] = useState<Member | null>(null);
  const [revoking, setRevoking] = useState<Pending | null>(null);
  const [changed, setChanged] = useState<string | null>(null);
  const changeRole = useMutation(
    trpc.members.changeRole.mutationOptions({
      onSuccess: async (_, input) => {
        await invalidate();
        setChanged(input.userId);
      },
    }),
  );
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        setRemoving(null);
      },
    }),
  );
  const revoke = useMutation(
    trpc.members.revokeInvite.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        setRevoking(null);
      },
    }),
  );
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });
  const members = [...data.members].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t('title')}</h1>
          <p className="text-sm text-slate-600">{t('subtitle')}</p>
        </div>
        {canManage ? <InviteDialog onInvited={invalidate} /> : null}
      </div>
      {changeRole.error ? <ErrorAlert error={changeRole.error} /> : null}
      <Card>
        <Table>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>{t('columns.member')}</TableHead>
              <TableHead>{t('columns.role')}</TableHead>
              <TableHead>{t('columns.since')}</TableHead>
              {canManage ? (
                <TableHead className="text-right">
                  <span className="sr-only">{t('columns.actions')}</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((m) => {
              const manageable = canManage && m.role !== 'owner' && m.userId !== actorId;
              return (
                <TableRow key={m.userId} data-testid={`member-${m.email}`}>
                  <TableCell>
                    <div className="font-medium text-slate-900">
                      {m.name}
                      {m.userId === actorId ? <span className="ml-2 text-xs font-normal text-slate-500">{t('you')}</span> : null}
                    </div>
                    <div className="text-xs text-slate-500">{m.email}</div>
                  </TableCell>
                  <TableCell>
                    {manageable && m.role !== 'owner' ? (
                      <div className="flex items-center gap-2">
                        <Select
                          value={m.role}
                          disabled={changeRole.isPending}
                          onValueChange={(role) => {
                            setChanged(null);
                            changeRole.mutate({ userId: m.userId, role: role as (typeof INVITE_ROLES)[number] });
                          }}
                        >
                          <SelectTrigger className="h-8 w-32" aria-label={t('roleOf', { name: m.name })}>
                            <SelectValue />
                          </SelectTrigger>
                          <SelectContent>
                            {INVITE_ROLES.map((r) => (
                              <SelectItem key={r} value={r}>
                                {tRoles(r)}
                              </SelectItem>
                            ))}
                          </SelectContent>
                        </Select>
                        {changed === m.userId ? (
                          <span role="status" className="text-xs text-emerald-700">
                            {t('roleChanged')}
                          </span>
                        ) : null}
                      </div>
                    ) : (
                      <Badge tone={ROLE_TONE[m.role]}>{tRoles(m.role)}</Badge>
                    )}
                  </TableCell>
                  <TableCell className="whitespace-nowrap text-slate-600">{date(m.since)}</TableCell>
                  {canManage ? (
                    <TableCell className="text-right">
                      {manageable ? (
                        <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setRemoving(m)}>
                          {t('remove.open')}
                        </Button>
                      ) : m.role === 'owner' ? (
                        <span className="text-xs text-slate-400">{t('ownerFixed')}</span>
                      ) : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Card>
      <Card data-testid="pending-invites">
        <CardHeader>
          <h2 className="font-semibold text-slate-900">{t('pending.title')}</h2>
          <p className="text-sm text-slate-600">{t('pending.subtitle')}</p>
        </CardHeader>
        <Table>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>{t('pending.email')}</TableHead>
              <TableHead>{t('columns.role')}</TableHead>
              <TableHead>{t('pending.invited')}</TableHead>
              <TableHead>{t('pending.expires')}</TableHead>
              {canManage ? (
                <TableHead className="text-right">
                  <span className="sr-only">{t('columns.actions')}</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.pending.length === 0 ? <TableEmpty colSpan={canManage ? 5 : 4}>{t('pending.empty')}</TableEmpty> : null}
            {data.pending.map((p) => (
              <TableRow key={p.id} data-testid={`invite-${p.email}`}>
                <TableCell className="text-slate-900">{p.email}</TableCell>
                <TableCell>
                  <Badge tone={ROLE_TONE[p.role]}>{tRoles(p.role)}</Badge>
                </TableCell>
                <TableCell className="whitespace-nowrap text-slate-600">{date(p.createdAt)}</TableCell>
                <TableCell className="whitespace-nowrap text-slate-600">{date(p.expiresAt)}</TableCell>
                {canManage ? (
                  <TableCell className="text-right">
                    <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setRevoking(p)}>
                      {t('revoke.open')}
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      {removing ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (!open) {
              setRemoving(null);
              remove.reset();
            }
          }}
          title={t('remove.title', { name: removing.name })}
          description={t('remove.description', { name: removing.name, email: removing.email })}
          confirmLabel={remove.isPending ? t('remove.pending') : t('remove.confirm')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate({ userId: removing.userId })}
        />
      ) : null}
      {revoking ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (!open) {
              setRevoking(null);
              revoke.reset();
            }
          }}
          title={t('revoke.title', { email: revoking.email })}
          description={t('revoke.description')}
          confirmLabel={revoke.isPending ? t('revoke.pending') : t('revoke.confirm')}
          pending={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate({ inviteId: revoking.id })}
        />
      ) : null}
    </div>
  );
}

function InviteDialog({ onInvited }: { onInvited: () => Promise<unknown> }) {
  const t = useTranslations('members.invite');
  const tRoles = useTranslations('shell.roles');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const form = useForm<z.input<typeof InviteSchema>, unknown, z.output<typeof InviteSchema>>({ resolver: zodResolver(InviteSchema), defaultValues: { email: '', role: 'agent' } });
  const invite = useMutation(
    trpc.members.invite.mutationOptions({
      onSuccess: async (created) => {
        setLink(`${window.location.origin}${created.path}`);
        await onInvited();
      },
      onError: (error) => applyServerIssues(form.setError, error, { isField: (p) => p === 'email' || p === 'role' }),
    }),
  );
  const errors = form.formState.errors;
  const emailError = errors.email ? (errors.email.type === 'server' ? t('errors.member') : t('errors.email')) : undefined;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          // The link is not shown again once closed.
          form.reset();
          invite.reset();
          setLink(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>{t('open')}</Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc('close')}>
        {link && invite.data ? (
          <>
            <DialogHeader>
              <DialogTitle>{t('created.title')}</DialogTitle>
              <DialogDescription>{t('created.description', { email: form.getValues('email'), role: tRoles(form.getValues('role')) })}</DialogDescription>
            </DialogHeader>
            <div className="flex items-center gap-2 rounded-md border border-slate-300 bg-slate-50 p-2">
              <code className="min-w-0 flex-1 break-all font-mono text-xs text-slate-900" data-testid="invite-link">
                {link}
              </code>
              <CopyButton text={link} />
            </div>
            <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t('created.warning')}
            </p>
            <DialogFooter>
              <Button onClick={() => setOpen(false)}>{t('created.done')}</Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={form.handleSubmit((v) => invite.mutate(v))} className="space-y-4" noValidate>
            <DialogHeader>
              <DialogTitle>{t('title')}</DialogTitle>
              <DialogDescription>{t('description')}</DialogDescription>
            </DialogHeader>
            <Field id="invite-email" label={t('email')} error={emailError}>
              <Input id="invite-email" type="email" autoFocus autoComplete="off" placeholder="name@example.com" aria-invalid={!!errors.email} {...form.register('email')} />
            </Field>
            <fieldset className="space-y-2">
              <legend className="mb-1 text-sm font-medium text-slate-700">{t('role')}</legend>
              <Controller
                control={form.control}
                name="role"
                render={({ field }) => (
                  <div className="space-y-2" role="radiogroup" aria-label={t('role')}>
                    {(['admin', 'agent', 'viewer'] as const).map((r) => (
                      <label key={r} className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50/60">
                        <input type="radio" name={field.name} value={r} checked={field.value === r} onChange={() => field.onChange(r)} className="mt-0.5 accent-indigo-600" />
                        <span>
                          <span className="block font-medium text-slate-900">{tRoles(r)}</span>
                          <span className="block text-xs text-slate-500">{t(`roleHints.${r}`)}</span>
                        </span>
                      </label>
                    ))}
                  </div>
                )}
              />
            </fieldset>
            {invite.error && !invite.error.data?.issues?.length ? <ErrorAlert error={invite.error} /> : null}
            <CreateDialogFooter busy={invite.isPending} submitLabel={t('submit')} onCancel={() => setOpen(false)} />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
