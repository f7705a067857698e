import { z } from 'zod';
import { OrderSchema } from '../../../flows/order';
import { listOrders, upsertOrder } from '../../services/orders';
import { getShop } from '../../services/shops';
import { allowed, router } from '../trpc';
import { ShopRefSchema } from './shops';

export const ordersRouter = router({
  list: allowed('orders.read')
    .input(ShopRefSchema.extend({ buyerId: z.string().min(1).max(128).optional() }))
    .query(({ ctx, input }) => {
      getShop(ctx.db, ctx.actor.workspaceId, input.shopId);
      return listOrders(ctx.db, input.shopId, input.buyerId);
    }),
  upsert: allowed('orders.write')
    .input(ShopRefSchema.extend({ order: OrderSchema }))
    .mutation(({ ctx, input }) => {
      getShop(ctx.db, ctx.actor.workspaceId, input.shopId);
      return upsertOrder(ctx.db, input.shopId, input.order);
    }),
});
