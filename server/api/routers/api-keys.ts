import { z } from 'zod';
import { CreateApiKeySchema, createApiKey, listApiKeys, revokeApiKey } from '../../services/api-keys';
import { getShop } from '../../services/shops';
import { allowed, router } from '../trpc';
import { ShopRefSchema } from './shops';

export const apiKeysRouter = router({
  list: allowed('keys.manage').input(ShopRefSchema).query(({ ctx, input }) => {
    getShop(ctx.db, ctx.actor.workspaceId, input.shopId);
    return listApiKeys(ctx.db, input.shopId);
  }),
  /** The key is in the answer this once; only its hash is stored. */
  create: allowed('keys.manage')
    .input(ShopRefSchema.extend(CreateApiKeySchema.shape))
    .mutation(({ ctx, input }) => {
      getShop(ctx.db, ctx.actor.workspaceId, input.shopId);
      return createApiKey(ctx.db, input.shopId, { name: input.name, scope: input.scope }, ctx.actor.userId);
    }),
  revoke: allowed('keys.manage')
    .input(ShopRefSchema.extend({ keyId: z.string().min(1).max(64) }))
    .mutation(({ ctx, input }) => {
      getShop(ctx.db, ctx.actor.workspaceId, input.shopId);
      revokeApiKey(ctx.db, input.shopId, input.keyId);
      return { ok: true };
    }),
});
