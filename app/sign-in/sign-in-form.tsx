'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useTRPC } from '../trpc/client';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { errorDetails } from '../ui/form-errors';
import { Input } from '../ui/input';

export function SignInForm() {
  const t = useTranslations('signIn');
  const router = useRouter();
  const trpc = useTRPC();
  // The same rules as the server's SignInSchema, with messages in the UI's language.
  const schema = z.object({ email: z.email(t('emailInvalid')), password: z.string().min(1, t('passwordRequired')) });
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });
  const signIn = useMutation(trpc.auth.signIn.mutationOptions({ onSuccess: () => router.push('/shops') }));
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((v) => signIn.mutate(v))} className="space-y-4" noValidate>
      <Field id="email" label={t('email')} error={errors.email?.message}>
        <Input id="email" type="email" autoComplete="username" aria-invalid={!!errors.email} {...form.register('email')} />
      </Field>
      <Field id="password" label={t('password')} error={errors.password?.message}>
        <Input id="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} {...form.register('password')} />
      </Field>
      {signIn.error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {signIn.error.data?.code === 'UNAUTHORIZED'
            ? t('wrong')
            : signIn.error.data?.code === 'FORBIDDEN'
              ? t('noWorkspace')
              : signIn.error.data?.code === 'TOO_MANY_REQUESTS'
                ? t('tooMany', { minutes: Number(errorDetails(signIn.error).retryAfterMinutes) || 10 })
                : t('failed')}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={signIn.isPending || signIn.isSuccess}>
        {t('submit')}
      </Button>
    </form>
  );
}
