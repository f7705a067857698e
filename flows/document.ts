import { z } from 'zod';
import { IdSchema, LanguageSchema } from './common';
import { EdgeSchema } from './edge';
import { IntentSchema } from './intent';
import { FlowNodeSchema } from './nodes';
import { ScheduleSchema } from './schedule';
import { SettingsSchema } from './settings';
import { GlobalTriggerSchema } from './trigger';
import { VariableSchema } from './variable';
import { MarketSchema } from './banned-phrases';

export const CURRENT_SCHEMA_VERSION = 1 as const;

/**
 * The flow document: everything that decides how the bot behaves, so a published version
 * replays exactly. Saved by the designer, stored as JSON, run by `step()`.
 */
export const FlowDocumentSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: IdSchema,
    name: z.string().min(1, 'give the flow a name').max(120),
    description: z.string().max(2000).default(''),
    /** Market whose banned-phrase list applies to the replies. */
    market: MarketSchema,
    languages: z.object({
      default: LanguageSchema,
      supported: z.array(LanguageSchema).min(1).max(20),
    }),
    settings: SettingsSchema.default(SettingsSchema.parse({})),
    schedules: z.array(ScheduleSchema).max(20).default([]),
    intents: z.array(IntentSchema).max(5000).default([]),
    globalTriggers: z.array(GlobalTriggerSchema).max(50).default([]),
    variables: z.array(VariableSchema).max(200).default([]),
    nodes: z.array(FlowNodeSchema).max(5000),
    edges: z.array(EdgeSchema).max(20000).default([]),
  })
  .superRefine((doc, ctx) => {
    if (!doc.languages.supported.includes(doc.languages.default)) {
      ctx.addIssue({ code: 'custom', path: ['languages', 'default'], message: 'the default language must be one of the supported languages' });
    }
    uniqueIds(doc.nodes, ['nodes'], 'node', ctx);
    uniqueIds(doc.edges, ['edges'], 'edge', ctx);
    uniqueIds(doc.intents, ['intents'], 'intent', ctx);
    uniqueIds(doc.schedules, ['schedules'], 'schedule', ctx);
    uniqueIds(doc.globalTriggers, ['globalTriggers'], 'trigger', ctx);
    const names = new Set<string>();
    doc.variables.forEach((v, i) => {
      if (names.has(v.name)) ctx.addIssue({ code: 'custom', path: ['variables', i, 'name'], message: `variable "${v.name}" is declared twice` });
      names.add(v.name);
    });
  });
export type FlowDocument = z.infer<typeof FlowDocumentSchema>;
/** The document as written by hand or sent over the wire, before defaults are filled in. */
export type FlowDocumentInput = z.input<typeof FlowDocumentSchema>;

function uniqueIds(items: ReadonlyArray<{ id: string }>, path: string[], what: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `${what} id "${item.id}" is used twice` });
    seen.add(item.id);
  });
}
