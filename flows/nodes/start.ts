import { z } from 'zod';
import { defineNodeSchema } from './base';

/** Where every conversation (and every new session) begins. */
export const StartNodeSchema = defineNodeSchema('start', z.object({}).default({}));
export type StartNode = z.infer<typeof StartNodeSchema>;
export const startExits = (): string[] => ['next'];
