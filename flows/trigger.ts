import { z } from 'zod';
import { IdSchema } from './common';
import { KeywordSchema } from './intent';

/**
 * A flow-level trigger that works from any waiting point: when a buyer message contains one of
 * its keywords (or matches its intent), the flow jumps to `target`. Example: "人工|human|agent" → handoff.
 */
export const GlobalTriggerSchema = z
  .object({
    id: IdSchema,
    name: z.string().max(100).default(''),
    keywords: z.array(KeywordSchema).max(50).default([]),
    intentId: IdSchema.optional(),
    target: IdSchema,
  })
  .refine((t) => t.keywords.length > 0 || t.intentId !== undefined, {
    message: 'needs keywords or an intent',
    path: ['keywords'],
  });
export type GlobalTrigger = z.infer<typeof GlobalTriggerSchema>;
