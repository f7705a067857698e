import { z } from 'zod';
import { ReplySchema } from '../reply';
import { defineNodeSchema } from './base';

/** Ends the run: the next message starts again at start (greeting only in a new session). */
export const EndNodeSchema = defineNodeSchema(
  'end',
  z.object({
    reply: ReplySchema.optional(),
    /** Close the conversation as well. */
    close: z.boolean().default(false),
  }),
);
export type EndNode = z.infer<typeof EndNodeSchema>;
export const endExits = (): string[] => [];
