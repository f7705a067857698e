import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { can, type Role } from '../../../../server/auth/roles';
import type { ShopRow } from '../../../../server/services/shops';
import { Badge } from '../../../ui/badge';
import { cn } from '../../../ui/cn';
import { EVENT_TIME } from '../../../ui/formats';

export type ShopTab = 'flows' | 'orders' | 'inbox' | 'settings';

/** The shop's name and facts, and the sub-navigation between its pages (what the role may see). */
export async function ShopFrame({
  shop,
  role,
  active,
  live,
  children,
}: {
  shop: ShopRow;
  role: Role;
  active: ShopTab | null;
  live: { flowName: string | null; publishedAt: string | null };
  children: ReactNode;
}) {
  const t = await getTranslations('shop');
  const tShops = await getTranslations('shops');
  const format = await getFormatter();
  const locale = await getLocale();
  const languageNames = new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : 'en'], { type: 'language' });
  const regionNames = new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : 'en'], { type: 'region' });
  const country = (() => {
    try {
      return regionNames.of(shop.country) ?? shop.country;
    } catch {
      return shop.country;
    }
  })();
  const languageName = (code: string) => {
    try {
      return languageNames.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const tabs: { key: ShopTab; href: string | null; label: string; soon?: boolean }[] = [];
  if (can(role, 'flows.read')) tabs.push({ key: 'flows', href: `/shops/${shop.id}`, label: t('tabs.flows') });
  if (can(role, 'orders.read')) tabs.push({ key: 'orders', href: `/shops/${shop.id}/orders`, label: t('tabs.orders') });
  tabs.push({ key: 'inbox', href: null, label: t('tabs.inbox'), soon: true });
  // Agents work in the inbox; settings are for the people who run the shop (viewers read them).
  if (role !== 'agent') tabs.push({ key: 'settings', href: `/shops/${shop.id}/settings`, label: t('tabs.settings') });
  const facts: { label: string; value: ReactNode; testId: string }[] = [
    { label: t('facts.platform'), value: tShops(`platforms.${shop.platform}`), testId: 'shop-platform' },
    { label: t('facts.country'), value: t('facts.countryValue', { name: country, code: shop.country }), testId: 'shop-country' },
    { label: t('facts.timezone'), value: shop.timezone, testId: 'shop-timezone' },
    {
      label: t('facts.languages'),
      value: shop.languages.map((l, i) => (i === 0 ? t('facts.defaultLanguage', { language: languageName(l) }) : languageName(l))).join(locale === 'zh' ? '、' : ', '),
      testId: 'shop-languages',
    },
  ];
  return (
    <div className="mx-auto max-w-6xl px-6 pb-12 pt-6">
      <nav aria-label={t('breadcrumb')} className="mb-2 text-sm text-slate-500">
        <Link href="/shops" className="hover:text-slate-800 hover:underline">
          {t('allShops')}
        </Link>
        <span aria-hidden className="mx-1.5">
          /
        </span>
        <span className="text-slate-700">{shop.name}</span>
      </nav>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold text-slate-900" data-testid="shop-name">
            {shop.name}
          </h1>
          <p className="mt-0.5 font-mono text-xs text-slate-500" data-testid="shop-id">
            {shop.id}
          </p>
        </div>
        <div className="min-w-48 rounded-lg border border-slate-200 bg-white px-4 py-2.5" data-testid="shop-live">
          <p className="text-xs text-slate-500">{t('liveFlow')}</p>
          {shop.liveFlowId && shop.liveVersion ? (
            <>
              <p className="flex items-center gap-2">
                {can(role, 'flows.read') ? (
                  <Link href={`/shops/${shop.id}/flows/${shop.liveFlowId}/versions`} className="font-medium text-slate-900 hover:underline">
                    {live.flowName ?? shop.liveFlowId}
                  </Link>
                ) : (
                  <span className="font-medium text-slate-900">{live.flowName ?? shop.liveFlowId}</span>
                )}
                <Badge tone="good">{t('live', { version: shop.liveVersion })}</Badge>
              </p>
              {live.publishedAt ? (
                <p className="text-xs text-slate-500">{t('publishedAt', { when: format.dateTime(new Date(live.publishedAt), EVENT_TIME) })}</p>
              ) : null}
            </>
          ) : (
            <p className="text-sm text-amber-800">{t('notLive')}</p>
          )}
        </div>
      </header>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white px-5 py-3 text-sm sm:grid-cols-4">
        {facts.map((f) => (
          <div key={f.testId} className="min-w-0">
            <dt className="text-xs text-slate-500">{f.label}</dt>
            <dd className="truncate text-slate-900" data-testid={f.testId}>
              {f.value}
            </dd>
          </div>
        ))}
      </dl>
      <nav aria-label={t('sections')} className="mt-6 flex gap-1 overflow-x-auto border-b border-slate-200">
        {tabs.map((tab) =>
          tab.href ? (
            <Link
              key={tab.key}
              href={tab.href}
              aria-current={active === tab.key ? 'page' : undefined}
              className={cn(
                '-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium transition-colors',
                active === tab.key ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900',
              )}
            >
              {tab.label}
            </Link>
          ) : (
            <span key={tab.key} aria-disabled="true" className="-mb-px inline-flex cursor-default items-center gap-1.5 whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-400">
              {tab.label}
              {tab.soon ? <Badge className="px-1.5 py-0 text-[10px]">{t('soon')}</Badge> : null}
            </span>
          ),
        )}
      </nav>
      <div className="pt-6">{children}</div>
    </div>
  );
}
