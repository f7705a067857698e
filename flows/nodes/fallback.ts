import { z } from 'zod';
import { ReplySchema } from '../reply';
import { defineNodeSchema } from './base';

/**
 * The default reply when nothing matched. Counts consecutive fallbacks in the session and takes
 * `escalate` (without replying) once the count reaches the escalation limit.
 */
export const FallbackNodeSchema = defineNodeSchema(
  'fallback',
  z.object({
    reply: ReplySchema,
    /** Overrides the flow's `fallbackEscalation`. */
    escalateAfter: z.number().int().min(1).max(20).optional(),
    /** With nothing connected to `escalate`, leave the conversation marked unreplied for agents. */
    markUnreplied: z.boolean().default(true),
  }),
);
export type FallbackNode = z.infer<typeof FallbackNodeSchema>;
export const fallbackExits = (): string[] => ['next', 'escalate'];
