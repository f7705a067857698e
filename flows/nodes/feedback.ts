import { z } from 'zod';
import { LocalizedTextSchema } from '../common';
import { ReplySchema } from '../reply';
import { defineNodeSchema } from './base';

/**
 * Asks "did this solve your problem?" with resolved / unresolved buttons and waits. A buyer who
 * writes something else instead goes on through `skipped`, the message still to be answered.
 */
export const FeedbackNodeSchema = defineNodeSchema(
  'feedback',
  z.object({
    prompt: ReplySchema,
    resolvedLabel: LocalizedTextSchema.default({ en: 'Yes, solved', zh: '已解决' }),
    unresolvedLabel: LocalizedTextSchema.default({ en: 'No, not solved', zh: '未解决' }),
  }),
);
export type FeedbackNode = z.infer<typeof FeedbackNodeSchema>;
export const feedbackExits = (): string[] => ['resolved', 'unresolved', 'skipped'];
