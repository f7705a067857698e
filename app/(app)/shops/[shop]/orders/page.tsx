import { can } from '../../../../../server/auth/roles';
import { requireActor } from '../../../../server-context';
import { loadShop } from '../load';
import { ShopFrame } from '../shop-frame';
import { OrdersPanel } from './orders-panel';

export default async function ShopOrdersPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop: shopId } = await params;
  const actor = await requireActor();
  const { api, shop, live } = await loadShop(shopId);
  const orders = await api.orders.list({ shopId });
  return (
    <ShopFrame shop={shop} role={actor.role} active="orders" live={live}>
      <OrdersPanel shopId={shop.id} timeZone={shop.timezone} canWrite={can(actor.role, 'orders.write')} initialOrders={orders} />
    </ShopFrame>
  );
}
