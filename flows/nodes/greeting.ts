import { z } from 'zod';
import { ReplySchema } from '../reply';
import { defineNodeSchema } from './base';

/**
 * Welcomes the buyer once per session, optionally with a menu of frequent questions as buttons.
 * The message that opened the session is not lost: it flows on to the next node to be answered.
 */
export const GreetingNodeSchema = defineNodeSchema('greeting', z.object({ reply: ReplySchema }));
export type GreetingNode = z.infer<typeof GreetingNodeSchema>;
export const greetingExits = (): string[] => ['next'];
