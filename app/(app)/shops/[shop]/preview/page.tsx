import { getTranslations } from 'next-intl/server';
import { requireActor } from '../../../../server-context';
import { can } from '../../../../../server/auth/roles';
import { loadShop } from '../load';
import { ShopNoAccess } from '../no-access';
import { PhonePreview } from './phone-preview';

/** The flow as a buyer sees it, in a phone-sized chat: the draft or any published version. */
export default async function ShopPreviewPage({ params, searchParams }: { params: Promise<{ shop: string }>; searchParams: Promise<{ flow?: string; version?: string }> }) {
  const { shop: shopId } = await params;
  const query = await searchParams;
  const actor = await requireActor();
  const { api, shop, live } = await loadShop(shopId);
  if (!can(actor.role, 'flows.read')) {
    return <ShopNoAccess shop={shop} role={actor.role} live={live} />;
  }
  const t = await getTranslations('preview.phonePage');
  const flows = await api.flows.list({ shopId });
  const flow = flows.find((f) => f.id === query.flow) ?? flows.find((f) => f.liveVersion !== null) ?? flows[0] ?? null;
  const asked = query.version === 'draft' ? 'draft' : Number(query.version);
  // Without a version asked for, the buyer's view: the live version, or the draft of a flow not published yet.
  const version = asked === 'draft' || (Number.isInteger(asked) && asked > 0) ? asked : (flow?.liveVersion ?? 'draft');
  return (
    <div className="mx-auto max-w-6xl px-6 py-6">
      <h1 className="sr-only">{t('title', { shop: shop.name })}</h1>
      {flow ? (
        <PhonePreview
          key={`${flow.id}:${version}`}
          shop={{ id: shop.id, name: shop.name, timezone: shop.timezone }}
          flows={flows.map((f) => ({ id: f.id, name: f.name, liveVersion: f.liveVersion, latestVersion: f.latestVersion }))}
          flowId={flow.id}
          version={version as number | 'draft'}
        />
      ) : (
        <p className="rounded-md bg-white p-6 text-sm text-slate-600 shadow-sm">{t('noFlows')}</p>
      )}
    </div>
  );
}
