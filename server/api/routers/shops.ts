import { z } from 'zod';
import { ShopIdSchema, ShopInputSchema, ShopUpdateSchema } from '../../schemas/shop';
import { createShop, getShop, listShops, updateShop } from '../../services/shops';
import { allowed, router } from '../trpc';

export const ShopRefSchema = z.object({ shopId: z.string().min(1).max(40) });

export const shopsRouter = router({
  list: allowed('shops.read').query(({ ctx }) => listShops(ctx.db, ctx.actor.workspaceId)),
  get: allowed('shops.read').input(ShopRefSchema).query(({ ctx, input }) => getShop(ctx.db, ctx.actor.workspaceId, input.shopId)),
  create: allowed('shops.write').input(ShopInputSchema).mutation(({ ctx, input }) => createShop(ctx.db, ctx.actor.workspaceId, input)),
  update: allowed('shops.write')
    .input(z.object({ shopId: ShopIdSchema, patch: ShopUpdateSchema }))
    .mutation(({ ctx, input }) => updateShop(ctx.db, ctx.actor.workspaceId, input.shopId, input.patch)),
});
