import { z } from 'zod';
import { getTranscript, listConversations } from '../../services/inbox';
import { getShop } from '../../services/shops';
import { allowed, router } from '../trpc';
import { ShopRefSchema } from './shops';

export const inboxRouter = router({
  list: allowed('inbox.read').input(ShopRefSchema).query(({ ctx, input }) => {
    getShop(ctx.db, ctx.actor.workspaceId, input.shopId);
    return listConversations(ctx.db, input.shopId);
  }),
  get: allowed('inbox.read')
    .input(ShopRefSchema.extend({ conversationId: z.string().min(1).max(128) }))
    .query(({ ctx, input }) => {
      getShop(ctx.db, ctx.actor.workspaceId, input.shopId);
      return getTranscript(ctx.db, input.shopId, input.conversationId);
    }),
});
