import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { can } from '../../../server/auth/roles';
import { requireActor, serverApi } from '../../server-context';
import { Badge } from '../../ui/badge';
import { Card, CardBody } from '../../ui/card';
import { NewShopDialog } from './new-shop-dialog';

export default async function ShopsPage() {
  // Pages render beside their layout: a signed-out visitor is redirected here too, not failed.
  const actor = await requireActor();
  const t = await getTranslations('shops');
  const format = await getFormatter();
  const shops = await (await serverApi()).shops.list();
  const canCreate = can(actor.role, 'shops.write');
  return (
    <div className="mx-auto max-w-5xl p-6">
      <div className="mb-5 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="mb-1 text-xl font-semibold">{t('title')}</h1>
          <p className="text-sm text-slate-600">{t('subtitle')}</p>
        </div>
        {canCreate && shops.length > 0 ? <NewShopDialog /> : null}
      </div>
      {shops.length === 0 ? (
        <Card data-testid="shops-empty">
          <CardBody className="flex flex-col items-center gap-3 py-12 text-center">
            <h2 className="font-semibold text-slate-900">{t('empty.title')}</h2>
            <p className="max-w-md text-sm text-slate-600">{canCreate ? t('empty.manager') : t('empty.member')}</p>
            {canCreate ? <NewShopDialog /> : null}
          </CardBody>
        </Card>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {shops.map((s) => (
          <Link key={s.id} href={`/shops/${s.id}`} className="group" data-testid={`shop-${s.id}`}>
            <Card className="h-full p-5 transition group-hover:border-indigo-300 group-hover:shadow">
              <div className="flex items-start justify-between gap-2">
                <div>
                  <h2 className="font-semibold text-slate-900">{s.name}</h2>
                  <p className="text-xs text-slate-500">
                    {s.id} · {t(`platforms.${s.platform}`)} · {s.country}
                  </p>
                </div>
                {s.liveVersion ? (
                  <Badge tone="good" className="shrink-0 whitespace-nowrap">
                    {t('liveVersion', { version: s.liveVersion })}
                  </Badge>
                ) : (
                  <Badge tone="warn" className="shrink-0 whitespace-nowrap">
                    {t('notLive')}
                  </Badge>
                )}
              </div>
              <dl className="mt-4 space-y-1 text-sm">
                <div className="flex gap-2">
                  <dt className="w-20 shrink-0 text-slate-500">{t('timezone')}</dt>
                  <dd>{s.timezone}</dd>
                </div>
                <div className="flex gap-2">
                  <dt className="w-20 shrink-0 text-slate-500">{t('languages')}</dt>
                  <dd>{s.languages.join(', ')}</dd>
                </div>
                {s.livePublishedAt ? (
                  <div className="flex gap-2">
                    <dt className="w-20 shrink-0 text-slate-500">{t('published')}</dt>
                    <dd>{format.dateTime(new Date(s.livePublishedAt), { dateStyle: 'medium', timeStyle: 'short' })}</dd>
                  </div>
                ) : null}
              </dl>
            </Card>
          </Link>
        ))}
      </div>
    </div>
  );
}
