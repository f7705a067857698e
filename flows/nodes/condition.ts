import { z } from 'zod';
import { IdSchema } from '../common';
import { VariableNameSchema, VariableValueSchema } from '../variable';
import { defineNodeSchema } from './base';

/**
 * One test of a variable. `contains` and `contains_any` ignore case; `contains_any` takes
 * alternatives separated by `|`, as intent keywords do ("if i order|before i buy").
 */
export const ComparisonSchema = z.object({
  variable: VariableNameSchema,
  op: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'contains_any', 'is_set', 'is_empty']),
  value: VariableValueSchema.optional(),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** A rule is an exit taken when all its comparisons hold; rules are tried in order. */
export const ConditionRuleSchema = z.object({
  id: IdSchema,
  label: z.string().max(100).default(''),
  all: z.array(ComparisonSchema).min(1, 'a rule needs at least one comparison').max(20),
});

/** Branches on variables: the first rule that holds, else `else`. */
export const ConditionNodeSchema = defineNodeSchema(
  'condition',
  z.object({ rules: z.array(ConditionRuleSchema).min(1).max(20) }),
);
export type ConditionNode = z.infer<typeof ConditionNodeSchema>;
export const conditionExits = (data: ConditionNode['data']): string[] => [...data.rules.map((r) => r.id), 'else'];
