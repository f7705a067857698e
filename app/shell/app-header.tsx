import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Actor } from '../../server/services/accounts';
import { LocaleSwitch } from './locale-switch';
import { ShopSwitcher, type ShopChoice } from './shop-switcher';
import { SignOutButton } from './sign-out-button';

export async function AppHeader({ actor, shops }: { actor: Actor; shops: ShopChoice[] }) {
  const t = await getTranslations('shell');
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white">
      <div className="flex h-14 items-center gap-4 px-5">
        <Link href="/shops" className="flex items-center gap-2 font-semibold text-slate-900">
          <span className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-sm text-white">R</span>
          Replyflow
        </Link>
        <ShopSwitcher shops={shops} />
        <nav className="flex items-center gap-1 text-sm">
          <Link href="/shops" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
            {t('shops')}
          </Link>
          {actor.role !== 'agent' ? (
            <Link href="/members" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
              {t('members')}
            </Link>
          ) : null}
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <LocaleSwitch />
          <span className="text-sm text-slate-600" data-testid="current-user">
            {actor.name} · {t(`roles.${actor.role}`)}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
