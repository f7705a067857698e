import { z } from 'zod';
import { IdSchema, LanguageSchema, LocalizedTextSchema } from './common';

/** One keyword with alternatives separated by `|`, e.g. `快递|物流|包裹|tracking`. */
export const KeywordSchema = z
  .string()
  .max(1000)
  .refine((k) => k.split('|').some((a) => a.trim().length > 0), 'needs at least one non-empty alternative');

/** An entry of the flow's knowledge base: what a buyer may ask, recognised from free text. */
export const IntentSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  keywords: z.array(KeywordSchema).max(50).default([]),
  /** Example buyer questions per language. */
  examples: z.record(LanguageSchema, z.array(z.string().min(1).max(500)).max(200)).default({}),
  /** 0–100: how sure the bot must be before answering with this intent. Empty = the flow's default. */
  threshold: z.number().min(0).max(100).optional(),
  /** Higher wins when two intents score the same. */
  priority: z.number().int().min(-100).max(100).default(0),
});
export type Intent = z.infer<typeof IntentSchema>;

/** Splits a keyword entry into its trimmed, non-empty alternatives. */
export function keywordAlternatives(keyword: string): string[] {
  return keyword
    .split('|')
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
}
