import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { FlowDocument } from '../../../../../../../../flows/document';
import { can } from '../../../../../../../../server/auth/roles';
import { requireActor } from '../../../../../../../server-context';
import { Card, CardBody } from '../../../../../../../ui/card';
import { loadShop, orNotFound } from '../../../../load';
import { NoAccess } from '../../../../no-access';
import { CompareView } from './compare-view';
import { parseSide, type Side } from './sides';

/** Two versions of a flow (or a version and the draft) side by side: canvas, list and JSON. */
export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ shop: string; flow: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}) {
  const { shop: shopId, flow: flowId } = await params;
  const query = await searchParams;
  const actor = await requireActor();
  const { api, shop } = await loadShop(shopId);
  const t = await getTranslations('versionsCompare');
  const versionsHref = `/shops/${shopId}/flows/${flowId}/versions`;
  if (!can(actor.role, 'flows.read')) {
    return (
      <Frame>
        <NoAccess />
      </Frame>
    );
  }
  const flow = await orNotFound(api.flows.get({ shopId, flowId }));
  const versions = await api.flows.versions({ shopId, flowId });
  const latest = versions[0]?.version ?? null;
  // Without a choice: the latest version against the draft (what publishing would change).
  const from = query.from === undefined ? latest : parseSide(query.from);
  const to = query.to === undefined ? 'draft' : parseSide(query.to);

  const label = (side: Side) => (side === 'draft' ? t('draft') : t('version', { version: side }));
  const documentOf = async (side: Side): Promise<FlowDocument | null> => {
    if (side === 'draft') return flow.document;
    if (!versions.some((v) => v.version === side)) return null;
    return (await api.flows.version({ shopId, flowId, version: side })).document;
  };
  const before = from === null ? null : await documentOf(from);
  const after = to === null ? null : await documentOf(to);

  const header = (
    <div className="mb-4">
      <nav className="text-sm text-slate-500">
        <Link href={`/shops/${shopId}`} className="hover:text-slate-800 hover:underline">
          {shop.name}
        </Link>
        <span aria-hidden className="mx-1.5">
          /
        </span>
        <Link href={versionsHref} className="hover:text-slate-800 hover:underline">
          {flow.name} · {t('breadcrumbVersions')}
        </Link>
      </nav>
      <h1 className="mt-1 text-xl font-semibold text-slate-900" data-testid="compare-title">
        {t('title', { flow: flow.name })}
      </h1>
      <p className="text-sm text-slate-600">{t('subtitle')}</p>
    </div>
  );

  if (from === null || to === null || !before || !after) {
    const missing = [from, to].filter((s): s is Side => s !== null && (s === 'draft' ? false : !versions.some((v) => v.version === s)));
    return (
      <Frame>
        {header}
        <Card data-testid="compare-invalid">
          <CardBody className="space-y-2 py-6">
            <h2 className="font-semibold text-slate-900">{t('bad.title')}</h2>
            {from === null || to === null ? <p className="text-sm text-slate-600">{t('bad.params')}</p> : null}
            {missing.map((s) => (
              <p key={String(s)} className="text-sm text-slate-600">
                {t('bad.missing', { side: label(s) })}
              </p>
            ))}
            <Link href={versionsHref} className="inline-block text-sm font-medium text-indigo-700 hover:underline">
              {t('bad.back')}
            </Link>
          </CardBody>
        </Card>
      </Frame>
    );
  }

  return (
    <Frame>
      {header}
      <CompareView
        key={`${from}-${to}`}
        shopId={shopId}
        flowId={flowId}
        from={from}
        to={to}
        before={before}
        after={after}
        versions={versions.map((v) => ({ version: v.version, note: v.note, live: v.live }))}
      />
    </Frame>
  );
}

function Frame({ children }: { children: ReactNode }) {
  return <div className="px-6 pb-12 pt-5">{children}</div>;
}
