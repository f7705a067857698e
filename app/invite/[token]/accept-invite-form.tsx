'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { AcceptInviteSchema } from '../../../server/schemas/account';
import { useTRPC } from '../../trpc/client';
import { Button } from '../../ui/button';
import { ErrorAlert } from '../../ui/error-alert';
import { Field } from '../../ui/field';
import { applyServerIssues, errorCode } from '../../ui/form-errors';
import { Input } from '../../ui/input';

/** Name and password for the new account; accepting signs in and opens the shops. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('invite');
  const router = useRouter();
  const trpc = useTRPC();
  const form = useForm<z.input<typeof AcceptInviteSchema>, unknown, z.output<typeof AcceptInviteSchema>>({
    resolver: zodResolver(AcceptInviteSchema),
    defaultValues: { token, name: '', password: '' },
  });
  const accept = useMutation(
    trpc.auth.acceptInvite.mutationOptions({
      onSuccess: () => {
        router.push('/shops');
        router.refresh();
      },
      onError: (error) => applyServerIssues(form.setError, error, { isField: (p) => p === 'name' || p === 'password' }),
    }),
  );
  const errors = form.formState.errors;
  const code = errorCode(accept.error);
  return (
    <form onSubmit={form.handleSubmit((v) => accept.mutate(v))} className="space-y-4" noValidate>
      <Field id="invite-email" label={t('email')}>
        <Input id="invite-email" value={email} readOnly disabled autoComplete="username" className="bg-slate-50 text-slate-600" />
      </Field>
      <Field id="invite-name" label={t('name')} error={errors.name ? t('errors.name') : undefined}>
        <Input id="invite-name" autoComplete="name" autoFocus aria-invalid={!!errors.name} {...form.register('name')} />
      </Field>
      <Field id="invite-password" label={t('password')} hint={t('passwordHint')} error={errors.password ? t('errors.password') : undefined}>
        <Input id="invite-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...form.register('password')} />
      </Field>
      {accept.error && !Object.keys(errors).length ? (
        code === 'NOT_FOUND' ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {t('errors.used')}
          </p>
        ) : code === 'CONFLICT' ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {t('errors.exists')}{' '}
            <Link href="/sign-in" className="font-medium underline">
              {t('invalid.signIn')}
            </Link>
          </p>
        ) : (
          <ErrorAlert error={accept.error} />
        )
      ) : null}
      <Button type="submit" className="w-full" disabled={accept.isPending || accept.isSuccess}>
        {accept.isPending || accept.isSuccess ? t('joining') : t('submit')}
      </Button>
    </form>
  );
}
