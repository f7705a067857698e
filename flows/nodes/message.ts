import { z } from 'zod';
import { ReplySchema } from '../reply';
import { defineNodeSchema } from './base';

/** Sends a reply (an answer, or a notice such as "we are closed") and goes on. */
export const MessageNodeSchema = defineNodeSchema(
  'message',
  z.object({
    reply: ReplySchema,
    /** How the reply counts in metrics: an answer, or an off-hours notice. */
    replyKind: z.enum(['answer', 'offline', 'system']).default('answer'),
    /**
     * Exempt from the loop guard: a courtesy such as "You're welcome!" may be sent any number of
     * times without handing the buyer over.
     */
    repeatable: z.boolean().default(false),
  }),
);
export type MessageNode = z.infer<typeof MessageNodeSchema>;
export const messageExits = (): string[] => ['next'];
