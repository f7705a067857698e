'use client';
import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTRPC } from '../trpc/client';

/** 中文 / English, remembered on the account (and in a cookie before signing in). */
export function LocaleSwitch() {
  const t = useTranslations('shell');
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const save = useMutation(trpc.auth.setLocale.mutationOptions());
  async function choose(next: 'en' | 'zh') {
    await save.mutateAsync({ locale: next });
    router.refresh();
  }
  return (
    <div role="group" aria-label={t('language')} className="inline-flex rounded-md border border-slate-300 bg-white text-xs">
      {(['zh', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={locale === l}
          onClick={() => choose(l)}
          className={`px-2.5 py-1 first:rounded-l-md last:rounded-r-md ${locale === l ? 'bg-indigo-600 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
        >
          {l === 'zh' ? '中文' : 'English'}
        </button>
      ))}
    </div>
  );
}
