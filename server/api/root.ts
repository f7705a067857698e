/** The app's tRPC API: one router per concept, each procedure guarded by a permission. */
import { apiKeysRouter } from './routers/api-keys';
import { authRouter } from './routers/auth';
import { flowsRouter } from './routers/flows';
import { inboxRouter } from './routers/inbox';
import { membersRouter } from './routers/members';
import { ordersRouter } from './routers/orders';
import { previewRouter } from './routers/preview';
import { shopsRouter } from './routers/shops';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  members: membersRouter,
  shops: shopsRouter,
  flows: flowsRouter,
  apiKeys: apiKeysRouter,
  orders: ordersRouter,
  inbox: inboxRouter,
  preview: previewRouter,
});
export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
