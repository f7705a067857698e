import { getTranslations } from 'next-intl/server';
import type { Role } from '../../../../server/auth/roles';
import type { ShopRow } from '../../../../server/services/shops';
import { Card, CardBody } from '../../../ui/card';
import { ShopFrame, type ShopTab } from './shop-frame';

/** What a member sees on a page their role does not open (the server refuses the data anyway). */
export async function NoAccess() {
  const t = await getTranslations('shop.noAccess');
  return (
    <Card data-testid="no-access">
      <CardBody className="py-8 text-center">
        <h2 className="font-semibold text-slate-900">{t('title')}</h2>
        <p className="mt-1 text-sm text-slate-600">{t('body')}</p>
      </CardBody>
    </Card>
  );
}

/** A whole shop page that the member's role does not open: the shop's frame around NoAccess. */
export async function ShopNoAccess({ shop, role, live, active = null }: { shop: ShopRow; role: Role; live: { flowName: string | null; publishedAt: string | null }; active?: ShopTab | null }) {
  return (
    <ShopFrame shop={shop} role={role} active={active} live={live}>
      <NoAccess />
    </ShopFrame>
  );
}
