'use client';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useParams } from 'next/navigation';

export interface ShopChoice {
  id: string;
  name: string;
  country: string;
}

/** Jumps between the workspace's country shops, staying on the same kind of page. */
export function ShopSwitcher({ shops }: { shops: ShopChoice[] }) {
  const t = useTranslations('shell');
  const params = useParams<{ shop?: string }>();
  const current = shops.find((s) => s.id === params.shop);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="inline-flex h-8 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-800 hover:bg-slate-50" data-testid="shop-switcher">
        <span className="text-slate-500">{t('shop')}</span>
        <span className="font-medium">{current ? `${current.name} · ${current.country}` : t('allShops')}</span>
        <span aria-hidden>▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="start" sideOffset={4} className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          {shops.map((s) => (
            <DropdownMenu.Item key={s.id} asChild>
              <Link href={`/shops/${s.id}`} className="flex cursor-pointer items-center justify-between rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100">
                <span>{s.name}</span>
                <span className="text-xs text-slate-500">{s.country}</span>
              </Link>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-slate-100" />
          <DropdownMenu.Item asChild>
            <Link href="/shops" className="block cursor-pointer rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100">
              {t('allShops')}
            </Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
