import { z } from 'zod';
import { IdSchema } from '../common';
import { defineNodeSchema } from './base';

/**
 * Waits for the buyer's question and routes it: one exit per intent of the knowledge base it
 * listens to, plus `no_match` when none is recognised well enough.
 */
export const IntentNodeSchema = defineNodeSchema(
  'intent',
  z.object({
    intents: z.array(IdSchema).min(1, 'route at least one intent').max(2000),
    /** 0–100; overrides the flow's default threshold for this router. */
    threshold: z.number().min(0).max(100).optional(),
  }),
);
export type IntentNode = z.infer<typeof IntentNodeSchema>;
export const intentExits = (data: IntentNode['data']): string[] => [...data.intents, 'no_match'];
