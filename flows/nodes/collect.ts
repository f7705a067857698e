import { z } from 'zod';
import { ReplySchema } from '../reply';
import { VariableNameSchema } from '../variable';
import { defineNodeSchema } from './base';

/** Asks the buyer for a value, checks it, stores it in a variable; retries before giving up. */
export const CollectNodeSchema = defineNodeSchema(
  'collect',
  z.object({
    prompt: ReplySchema,
    variable: VariableNameSchema,
    validation: z.enum(['text', 'number', 'email', 'phone', 'order_id', 'pattern']).default('text'),
    /** A regular expression the answer must match, when validation is `pattern`. */
    pattern: z.string().max(200).optional(),
    retries: z.number().int().min(0).max(5).default(2),
    retryReply: ReplySchema,
  }),
);
export type CollectNode = z.infer<typeof CollectNodeSchema>;
export const collectExits = (): string[] => ['done', 'failed'];
