'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { AcceptInviteAsAccountSchema, AcceptInviteSchema } from '../../../server/schemas/account';
import { useTRPC } from '../../trpc/client';
import { Button } from '../../ui/button';
import { ErrorAlert } from '../../ui/error-alert';
import { Field } from '../../ui/field';
import { applyServerIssues, errorCode, errorDetails } from '../../ui/form-errors';
import { Input } from '../../ui/input';

function useJoined() {
  const router = useRouter();
  return () => {
    router.push('/shops');
    router.refresh();
  };
}

function Alert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
      {children}
    </p>
  );
}

/** Why accepting failed, in the UI's language: the link is spent, the person is a member, … */
function AcceptError({ error }: { error: unknown }) {
  const t = useTranslations('invite');
  const router = useRouter();
  const code = errorCode(error);
  const details = errorDetails(error);
  if (code === 'NOT_FOUND' || details.reason === 'invite_used') return <Alert>{t('errors.used')}</Alert>;
  if (code === 'UNAUTHORIZED') return <Alert>{t('errors.wrongPassword')}</Alert>;
  if (code === 'TOO_MANY_REQUESTS') return <Alert>{t('errors.tooMany', { minutes: Number(details.retryAfterMinutes) || 10 })}</Alert>;
  if (details.reason === 'already_member') {
    return (
      <Alert>
        {t('errors.alreadyMember')}{' '}
        <Link href="/sign-in" className="font-medium underline">
          {t('invalid.signIn')}
        </Link>
      </Alert>
    );
  }
  if (details.reason === 'account_exists') {
    // Someone made the account since the page was shown: show the page for an existing account.
    return (
      <Alert>
        {t('errors.exists')}{' '}
        <button type="button" className="font-medium underline" onClick={() => router.refresh()}>
          {t('errors.reload')}
        </button>
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}

function EmailField({ email }: { email: string }) {
  const t = useTranslations('invite');
  return (
    <Field id="invite-email" label={t('email')}>
      <Input id="invite-email" value={email} readOnly disabled autoComplete="username" className="bg-slate-50 text-slate-600" />
    </Field>
  );
}

/** Name and password for the new account; accepting signs in and opens the shops. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('invite');
  const trpc = useTRPC();
  const joined = useJoined();
  const form = useForm<z.input<typeof AcceptInviteSchema>, unknown, z.output<typeof AcceptInviteSchema>>({
    resolver: zodResolver(AcceptInviteSchema),
    defaultValues: { token, name: '', password: '' },
  });
  const accept = useMutation(
    trpc.auth.acceptInvite.mutationOptions({
      onSuccess: joined,
      onError: (error) => applyServerIssues(form.setError, error, { isField: (p) => p === 'name' || p === 'password' }),
    }),
  );
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((v) => accept.mutate(v))} className="space-y-4" noValidate>
      <EmailField email={email} />
      <Field id="invite-name" label={t('name')} error={errors.name ? t('errors.name') : undefined}>
        <Input id="invite-name" autoComplete="name" autoFocus aria-invalid={!!errors.name} {...form.register('name')} />
      </Field>
      <Field id="invite-password" label={t('password')} hint={t('passwordHint')} error={errors.password ? t('errors.password') : undefined}>
        <Input id="invite-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...form.register('password')} />
      </Field>
      {accept.error && !Object.keys(errors).length ? <AcceptError error={accept.error} /> : null}
      <Button type="submit" className="w-full" disabled={accept.isPending || accept.isSuccess}>
        {accept.isPending || accept.isSuccess ? t('joining') : t('submit')}
      </Button>
    </form>
  );
}

/** The invited email has an account (e.g. a removed member coming back): its password accepts. */
export function AcceptInviteAsAccountForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('invite');
  const trpc = useTRPC();
  const joined = useJoined();
  const form = useForm<z.input<typeof AcceptInviteAsAccountSchema>, unknown, z.output<typeof AcceptInviteAsAccountSchema>>({
    resolver: zodResolver(AcceptInviteAsAccountSchema),
    defaultValues: { token, password: '' },
  });
  const accept = useMutation(trpc.auth.acceptInviteAsAccount.mutationOptions({ onSuccess: joined }));
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((v) => accept.mutate(v))} className="space-y-4" noValidate data-testid="invite-existing-account">
      <p className="text-sm text-slate-700">{t('existing.intro')}</p>
      <EmailField email={email} />
      <Field id="invite-current-password" label={t('existing.password')} error={errors.password ? t('errors.currentPassword') : undefined}>
        <Input id="invite-current-password" type="password" autoComplete="current-password" autoFocus aria-invalid={!!errors.password} {...form.register('password')} />
      </Field>
      {accept.error && !Object.keys(errors).length ? <AcceptError error={accept.error} /> : null}
      <Button type="submit" className="w-full" disabled={accept.isPending || accept.isSuccess}>
        {accept.isPending || accept.isSuccess ? t('joining') : t('existing.submit')}
      </Button>
    </form>
  );
}

/** Signed in as the invited email already: one button joins. */
export function JoinInviteButton({ token, workspace }: { token: string; workspace: string }) {
  const t = useTranslations('invite');
  const trpc = useTRPC();
  const joined = useJoined();
  const join = useMutation(trpc.auth.joinInvite.mutationOptions({ onSuccess: joined }));
  return (
    <div className="space-y-4">
      {join.error ? <AcceptError error={join.error} /> : null}
      <Button type="button" className="w-full" onClick={() => join.mutate({ token })} disabled={join.isPending || join.isSuccess}>
        {join.isPending || join.isSuccess ? t('joining') : t('join.submit', { workspace })}
      </Button>
    </div>
  );
}
