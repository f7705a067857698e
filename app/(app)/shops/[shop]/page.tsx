import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { can } from '../../../../server/auth/roles';
import { requireActor } from '../../../server-context';
import { Card, CardBody } from '../../../ui/card';
import { FlowsPanel } from './flows-panel';
import { loadShop } from './load';
import { ShopFrame } from './shop-frame';

/** The bundled template closest to a shop's market, offered first for its new flows. */
function suggestTemplate(market: string): string {
  return market === 'CN' ? 'douyin-cn' : market === 'MY' ? 'sea-my' : 'tiktok-us';
}

export default async function ShopPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop: shopId } = await params;
  const actor = await requireActor();
  const { api, shop, live } = await loadShop(shopId);
  const t = await getTranslations('shop');

  if (!can(actor.role, 'flows.read')) {
    // Agents answer buyers; flows and settings are not theirs to see.
    return (
      <ShopFrame shop={shop} role={actor.role} active={null} live={live}>
        <Card data-testid="agent-overview">
          <CardBody className="space-y-2 py-6">
            <h2 className="font-semibold text-slate-900">{t('agent.title')}</h2>
            <p className="text-sm text-slate-600">{t('agent.body')}</p>
            <Link href={`/shops/${shop.id}/orders`} className="inline-block text-sm font-medium text-indigo-700 hover:underline">
              {t('agent.orders')}
            </Link>
          </CardBody>
        </Card>
      </ShopFrame>
    );
  }

  const flows = await api.flows.list({ shopId });
  const canWrite = can(actor.role, 'flows.write');
  const templates = canWrite ? await api.flows.templates() : [];
  const shops = (await api.shops.list()).map((s) => ({ id: s.id, name: s.name, country: s.country }));
  return (
    <ShopFrame shop={shop} role={actor.role} active="flows" live={live}>
      <FlowsPanel shopId={shop.id} canWrite={canWrite} initialFlows={flows} templates={templates} suggestedTemplate={suggestTemplate(shop.market)} shops={shops} />
    </ShopFrame>
  );
}
