import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './common';

/**
 * A quick-reply button. `payload` is what the host sends back when the buyer taps it:
 * `intent:<intentId>` answers that intent directly, anything else is read as text.
 */
export const QuickReplySchema = z.object({
  id: IdSchema,
  label: LocalizedTextSchema,
  payload: z.string().min(1, 'must not be empty').max(200),
});
export type QuickReply = z.infer<typeof QuickReplySchema>;

/** A reply the bot sends: per-language text with `{variable|default}` templates, and buttons. */
export const ReplySchema = z.object({
  text: LocalizedTextSchema,
  buttons: z.array(QuickReplySchema).max(10, 'at most 10 buttons fit a chat').default([]),
});
export type Reply = z.infer<typeof ReplySchema>;

/** How a reply counts: greetings and off-hours notices are not answers in the metrics. */
export const ReplyKindSchema = z.enum(['greeting', 'answer', 'fallback', 'offline', 'handoff', 'system']);
export type ReplyKind = z.infer<typeof ReplyKindSchema>;
