import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { currentActor } from '../server-context';
import { LocaleSwitch } from '../shell/locale-switch';
import { Card, CardBody } from '../ui/card';
import { SignInForm } from './sign-in-form';

export default async function SignInPage() {
  if (await currentActor()) redirect('/shops');
  const t = await getTranslations('signIn');
  return (
    <div className="flex min-h-full flex-col items-center justify-center gap-6 p-6">
      <div className="absolute right-5 top-4">
        <LocaleSwitch />
      </div>
      <div className="text-center">
        <div className="mx-auto mb-3 grid h-11 w-11 place-items-center rounded-xl bg-indigo-600 text-xl font-semibold text-white">R</div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('tagline')}</p>
      </div>
      <Card className="w-full max-w-sm">
        <CardBody className="py-6">
          <SignInForm />
        </CardBody>
      </Card>
    </div>
  );
}
