import { PreviewStepSchema, previewStep } from '../../services/preview';
import { allowed, router } from '../trpc';

export const previewRouter = router({
  /** One event of a preview conversation on the draft or a published version; nothing is stored. */
  step: allowed('flows.read')
    .input(PreviewStepSchema)
    .mutation(({ ctx, input }) => previewStep(ctx.db, ctx.actor.workspaceId, input)),
});
