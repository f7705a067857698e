import { z } from 'zod';
import { VariableNameSchema, VariableValueSchema } from '../variable';
import { defineNodeSchema } from './base';

/** Sets variables; string values are `{variable|default}` templates. */
export const SetVariableNodeSchema = defineNodeSchema(
  'set_variable',
  z.object({
    assignments: z.array(z.object({ variable: VariableNameSchema, value: VariableValueSchema })).min(1).max(20),
  }),
);
export type SetVariableNode = z.infer<typeof SetVariableNodeSchema>;
export const setVariableExits = (): string[] => ['next'];
