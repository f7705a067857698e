import { can } from '../../../../../../server/auth/roles';
import { requireActor, serverApi } from '../../../../../server-context';
import { Designer } from '../../../../../designer/designer';
import { loadShop, orNotFound } from '../../load';
import { ShopNoAccess } from '../../no-access';

export default async function DesignerPage({ params, searchParams }: { params: Promise<{ shop: string; flow: string }>; searchParams: Promise<{ version?: string }> }) {
  const { shop, flow } = await params;
  const { version } = await searchParams;
  const actor = await requireActor();
  if (!can(actor.role, 'flows.read')) {
    const loaded = await loadShop(shop);
    return <ShopNoAccess shop={loaded.shop} role={actor.role} live={loaded.live} />;
  }
  const api = await serverApi();
  // An unknown shop, flow or version is the 404 page, not a server error.
  const draft = await orNotFound(api.flows.get({ shopId: shop, flowId: flow }));
  const v = version ? Number(version) : null;
  if (v && Number.isInteger(v) && v > 0) {
    const published = await orNotFound(api.flows.version({ shopId: shop, flowId: flow, version: v }));
    return <Designer key={`v${v}`} shopId={shop} flowId={flow} document={published.document} tests={published.tests} revision={draft.revision} readOnly version={v} />;
  }
  return <Designer key="draft" shopId={shop} flowId={flow} document={draft.document} tests={draft.tests} revision={draft.revision} readOnly={!can(actor.role, 'flows.write')} version={null} />;
}
