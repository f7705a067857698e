/** Inputs about flows that the pages' forms and the API share. */
import { z } from 'zod';
import { IdSchema } from '../../flows/common';

export const FlowIdSchema = IdSchema;

export const CreateFlowSchema = z.object({
  name: z.string().trim().min(1, 'give the flow a name').max(120),
  /** Where the first draft comes from. */
  source: z.discriminatedUnion('type', [
    z.object({ type: z.literal('empty') }),
    z.object({ type: z.literal('template'), template: z.string().min(1, 'choose a template').max(64) }),
    z.object({ type: z.literal('copy'), shopId: z.string().min(1, 'choose a shop').max(40), flowId: FlowIdSchema }),
  ]),
});

/** Copy a flow into another shop of the workspace, optionally under another name. */
export const CopyFlowSchema = z.object({
  targetShopId: z.string().min(1, 'choose a shop').max(40),
  name: z.string().trim().min(1, 'give the copy a name').max(120).optional(),
});

/** Make an old version live again; the note is kept with the new version. */
export const RollbackSchema = z.object({ note: z.string().max(500).optional() });
