import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { requireActor, serverApi } from '../../server-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';

export default async function ShopsPage() {
  // Pages render beside their layout: a signed-out visitor is redirected here too, not failed.
  await requireActor();
  const t = await getTranslations('shops');
  const format = await getFormatter();
  const shops = await (await serverApi()).shops.list();
  return (
    <div className="mx-auto max-w-5xl p-6">
      <h1 className="mb-1 text-xl font-semibold">{t('title')}</h1>
      <p className="mb-5 text-sm text-slate-600">{t('subtitle')}</p>
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
                {s.liveVersion ? <Badge tone="good">{t('liveVersion', { version: s.liveVersion })}</Badge> : <Badge tone="warn">{t('notLive')}</Badge>}
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
