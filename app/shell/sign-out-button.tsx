'use client';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTRPC } from '../trpc/client';
import { Button } from '../ui/button';

export function SignOutButton() {
  const t = useTranslations('shell');
  const router = useRouter();
  const trpc = useTRPC();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSuccess: () => router.push('/sign-in') }));
  return (
    <Button variant="ghost" size="sm" onClick={() => signOut.mutate()}>
      {t('signOut')}
    </Button>
  );
}
