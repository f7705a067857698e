import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { can } from '../../../../../../../server/auth/roles';
import { requireActor } from '../../../../../../server-context';
import { loadShop, orNotFound } from '../../../load';
import { ShopNoAccess } from '../../../no-access';
import { ShopFrame } from '../../../shop-frame';
import { VersionsPanel } from './versions-panel';

export default async function VersionsPage({ params }: { params: Promise<{ shop: string; flow: string }> }) {
  const { shop: shopId, flow: flowId } = await params;
  const actor = await requireActor();
  const { api, shop, live } = await loadShop(shopId);
  if (!can(actor.role, 'flows.read')) {
    return <ShopNoAccess shop={shop} role={actor.role} live={live} />;
  }
  const t = await getTranslations('versions');
  const versions = await orNotFound(api.flows.versions({ shopId, flowId }));
  const flows = await api.flows.list({ shopId });
  const flow = flows.find((f) => f.id === flowId);
  return (
    <ShopFrame shop={shop} role={actor.role} active="flows" live={live}>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-slate-500">
            <Link href={`/shops/${shopId}`} className="hover:text-slate-800 hover:underline">
              {t('backToFlows')}
            </Link>
          </p>
          <h2 className="text-lg font-semibold text-slate-900">{t('title', { flow: flow?.name ?? flowId })}</h2>
          <p className="text-sm text-slate-600">{t('subtitle')}</p>
        </div>
        <Link href={`/shops/${shopId}/flows/${flowId}`} className="text-sm font-medium text-indigo-700 hover:underline">
          {can(actor.role, 'flows.write') ? t('openDraft') : t('viewDraft')}
        </Link>
      </div>
      <VersionsPanel shopId={shopId} flowId={flowId} canWrite={can(actor.role, 'flows.write')} initialVersions={versions} />
    </ShopFrame>
  );
}
