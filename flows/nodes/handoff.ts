import { z } from 'zod';
import { ReplySchema } from '../reply';
import { defineNodeSchema } from './base';

/**
 * Hands the conversation to a human agent queue. The bot then stays silent until an agent
 * releases the conversation or it closes. With nobody online the buyer gets the offline message
 * and the conversation waits, marked unreplied, in the queue.
 */
export const HandoffNodeSchema = defineNodeSchema(
  'handoff',
  z.object({
    queue: z.string().min(1).max(64).default('default'),
    reply: ReplySchema,
    offlineReply: ReplySchema,
    reason: z.string().max(200).default('flow'),
  }),
);
export type HandoffNode = z.infer<typeof HandoffNodeSchema>;
export const handoffExits = (): string[] => [];
