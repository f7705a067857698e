import { z } from 'zod';
import { TEMPLATES } from '../../../flows/templates';
import {
  CreateFlowSchema,
  FlowIdSchema,
  PublishSchema,
  SaveDraftSchema,
  copyFlowToShop,
  createFlow,
  getFlow,
  getVersion,
  listFlows,
  listVersions,
  publishDraft,
  rollback,
  saveDraft,
  validateDraft,
} from '../../services/flows';
import { CopyFlowSchema, RollbackSchema } from '../../schemas/flow';
import { allowed, router } from '../trpc';
import { ShopRefSchema } from './shops';

const FlowRefSchema = ShopRefSchema.extend({ flowId: FlowIdSchema });
const VersionRefSchema = FlowRefSchema.extend({ version: z.number().int().min(1) });

export const flowsRouter = router({
  templates: allowed('flows.read').query(() => TEMPLATES.map((t) => ({ name: t.name, title: t.title }))),
  list: allowed('flows.read').input(ShopRefSchema).query(({ ctx, input }) => listFlows(ctx.db, ctx.actor.workspaceId, input.shopId)),
  get: allowed('flows.read').input(FlowRefSchema).query(({ ctx, input }) => getFlow(ctx.db, ctx.actor.workspaceId, input.shopId, input.flowId)),
  create: allowed('flows.write')
    .input(ShopRefSchema.extend(CreateFlowSchema.shape))
    .mutation(({ ctx, input }) => createFlow(ctx.db, ctx.actor.workspaceId, ctx.actor.userId, input.shopId, { name: input.name, source: input.source })),
  saveDraft: allowed('flows.write')
    .input(FlowRefSchema.extend(SaveDraftSchema.shape))
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.actor.workspaceId, ctx.actor.userId, input.shopId, input.flowId, input)),
  validate: allowed('flows.read').input(FlowRefSchema).query(({ ctx, input }) => validateDraft(ctx.db, ctx.actor.workspaceId, input.shopId, input.flowId)),
  publish: allowed('flows.write')
    .input(FlowRefSchema.extend(PublishSchema.shape))
    .mutation(({ ctx, input }) => publishDraft(ctx.db, ctx.actor.workspaceId, ctx.actor.userId, input.shopId, input.flowId, input)),
  versions: allowed('flows.read').input(FlowRefSchema).query(({ ctx, input }) => listVersions(ctx.db, ctx.actor.workspaceId, input.shopId, input.flowId)),
  version: allowed('flows.read').input(VersionRefSchema).query(({ ctx, input }) => getVersion(ctx.db, ctx.actor.workspaceId, input.shopId, input.flowId, input.version)),
  rollback: allowed('flows.write')
    .input(VersionRefSchema.extend(RollbackSchema.shape))
    .mutation(({ ctx, input }) => rollback(ctx.db, ctx.actor.workspaceId, ctx.actor.userId, input.shopId, input.flowId, input.version, input.note)),
  copyToShop: allowed('flows.write')
    .input(FlowRefSchema.extend(CopyFlowSchema.shape))
    .mutation(({ ctx, input }) => copyFlowToShop(ctx.db, ctx.actor.workspaceId, ctx.actor.userId, input.shopId, input.flowId, input.targetShopId, input.name)),
});
