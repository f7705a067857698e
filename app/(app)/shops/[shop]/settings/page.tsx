import { can } from '../../../../../server/auth/roles';
import { requireActor } from '../../../../server-context';
import { loadShop } from '../load';
import { ShopNoAccess } from '../no-access';
import { ShopFrame } from '../shop-frame';
import { ApiKeysPanel } from './api-keys-panel';
import { ShopSettingsForm } from './shop-settings-form';

export default async function ShopSettingsPage({ params }: { params: Promise<{ shop: string }> }) {
  const { shop: shopId } = await params;
  const actor = await requireActor();
  const { api, shop, live } = await loadShop(shopId);
  // Agents work in the inbox; viewers read the settings; owners and admins change them.
  if (actor.role === 'agent') {
    return <ShopNoAccess shop={shop} role={actor.role} live={live} active="settings" />;
  }
  const keys = can(actor.role, 'keys.manage') ? await api.apiKeys.list({ shopId }) : null;
  return (
    <ShopFrame shop={shop} role={actor.role} active="settings" live={live}>
      <div className="space-y-6">
        <ShopSettingsForm key={`${shop.id}`} shop={shop} readOnly={!can(actor.role, 'shops.write')} />
        {keys ? <ApiKeysPanel shopId={shop.id} initialKeys={keys} /> : null}
      </div>
    </ShopFrame>
  );
}
