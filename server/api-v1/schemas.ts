/**
 * The HTTP API's request and response bodies: validated at the boundary (strict: unknown fields
 * are errors) and turned into the OpenAPI file. Concepts shared with the rest of the product
 * (instants, languages, agents, orders, reply kinds, flow documents) are the same schemas.
 */
import { z } from 'zod';
import { AgentsSchema } from '../../flows/agents';
import { InstantSchema, LanguageSchema } from '../../flows/common';
import { FlowDocumentSchema } from '../../flows/document';
import { OrderSchema } from '../../flows/order';
import { ReplyKindSchema } from '../../flows/reply';
import { BotStatusSchema, FeedbackEventSchema } from '../../runtime/contract';
import type { ReplyOutcome } from '../services/conversations';
import { ConversationTestListSchema } from '../../flows/conversation-test';
import { PublishSchema } from '../services/flows';

/**
 * Ids that come from the chat platform: opaque, printable, without spaces. The class spells out
 * the control, format (zero-width, direction marks), surrogate and private-use characters rather
 * than \p{C}, which the OpenAPI document's readers (Python, code generators) do not all know.
 */
export const ExternalIdSchema = z
  .string()
  .min(1, { error: 'must not be empty', abort: true })
  .max(128, 'must be at most 128 characters')
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^\s\x00-\x1F\x7F-\x9F\xAD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB\uD800-\uDFFF\uE000-\uF8FF]+$/, 'must not contain spaces or control characters');

const TEXT_LIMIT = 4000;
const StrictAgentsSchema = AgentsSchema.strict().meta({ description: 'Agent availability: online agents, and those with room for one more chat. Default: none online.' });
const SentAtSchema = InstantSchema.meta({ description: 'When it happened: the clock the runtime sees (default: the server time). ISO-8601 with a zone.' });
const IdempotencyKeySchema = ExternalIdSchema.meta({ description: 'Optional idempotency key: a retry with the same id returns the stored answer and changes nothing.' });

export const BuyerSchema = z.strictObject({
  id: z.string().min(1, 'must not be empty').max(128, 'must be at most 128 characters'),
  name: z.string().max(100, 'must be at most 100 characters').optional(),
  /** The app's language (supported by the flow): replies use it, unless the message is plainly written in another language of the flow (its script, or several words of it). */
  language: LanguageSchema.optional(),
});

/**
 * A buyer's message. `text`, `button` or both: a tap sends the button's payload (and, in
 * `text`, the label the buyer saw). Text that is empty or only spaces, with no button, is
 * rejected: there is nothing to answer.
 */
export const MessageRequestSchema = z
  .strictObject({
    conversationId: ExternalIdSchema,
    messageId: ExternalIdSchema.meta({ description: "The platform's message id: the idempotency key (per shop)." }),
    text: z.string().max(TEXT_LIMIT, `must be at most ${TEXT_LIMIT} characters`).optional(),
    button: z.strictObject({ payload: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters') }).optional(),
    sentAt: SentAtSchema.optional(),
    buyer: BuyerSchema,
    agents: StrictAgentsSchema.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.button) return;
    if (m.text === undefined) ctx.addIssue({ code: 'custom', path: ['text'], message: 'give the text the buyer wrote, or the button they tapped' });
    else if (m.text.trim() === '') ctx.addIssue({ code: 'custom', path: ['text'], message: 'must not be empty or only spaces (unless a button was tapped)' });
  });
export type MessageRequest = z.infer<typeof MessageRequestSchema>;

/** A buyer's rating of a bot reply. */
export const FeedbackRequestSchema = z.strictObject({
  conversationId: ExternalIdSchema,
  replyId: FeedbackEventSchema.shape.replyId,
  resolved: z.boolean(),
  reason: FeedbackEventSchema.shape.reason,
  messageId: IdempotencyKeySchema.optional(),
  sentAt: SentAtSchema.optional(),
  agents: StrictAgentsSchema.optional(),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;

const agentEventCommon = { messageId: IdempotencyKeySchema.optional(), sentAt: SentAtSchema.optional(), agents: StrictAgentsSchema.optional() };

/**
 * What an agent did in the conversation. `agent_message`: the agent wrote `text` to the buyer
 * (the bot hands over if it still had the conversation); `release`: back to the bot (a closed
 * conversation stays closed: the buyer's next message starts a new session); `close`.
 */
export const AgentEventRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('agent_message'),
    text: z
      .string()
      .max(TEXT_LIMIT, `must be at most ${TEXT_LIMIT} characters`)
      .refine((t) => t.trim() !== '', 'must not be empty or only spaces'),
    agentId: z.string().min(1, 'must not be empty').max(128, 'must be at most 128 characters').optional(),
    ...agentEventCommon,
  }),
  z.strictObject({ type: z.literal('release'), ...agentEventCommon }),
  z.strictObject({ type: z.literal('close'), ...agentEventCommon }),
]);
export type AgentEventRequest = z.infer<typeof AgentEventRequestSchema>;

/** An order as the shop's systems know it; `id` may be left out (the path's id is used). */
export const OrderPutRequestSchema = OrderSchema.extend({ id: OrderSchema.shape.id.optional() }).strict();
export const OrderIdSchema = OrderSchema.shape.id;

export const OrderResponseSchema = z.object({ order: OrderSchema });

export const PublishRequestSchema = PublishSchema.strict();

export const PublishResponseSchema = z.object({ flowId: z.string(), version: z.number().int() });

export const ProblemSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  nodeId: z.string().nullable(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.object({ en: z.string(), zh: z.string() }),
});

export const FlowPutResponseSchema = z.object({
  flowId: z.string(),
  /** The draft's revision after this push (also sent as the ETag). */
  revision: z.number().int(),
  created: z.boolean(),
  updatedAt: z.string(),
  /** Validation problems of the pushed draft; errors block publishing, not saving. */
  problems: z.array(ProblemSchema),
});

/** `?version=N` of a flow read: a published version's number (whole, from 1). */
export const VersionQuerySchema = z.string().regex(/^[1-9]\d{0,8}$/, 'must be a published version number: 1, 2, 3, …');

/** The query of a flow read: nothing (the draft) or `version` (that published version). */
export const FlowGetQuerySchema = z.strictObject({ version: VersionQuerySchema.transform(Number).optional() });

/** A flow's draft as kept in git: the document and its conversation tests. */
export const FlowDraftResponseSchema = z.object({
  flowId: z.string(),
  /** The draft's revision (also sent as the ETag; give it as If-Match when pushing back). */
  revision: z.number().int(),
  document: FlowDocumentSchema,
  tests: ConversationTestListSchema,
});

/** A published version of a flow: the document and the conversation tests it was published with. */
export const FlowVersionResponseSchema = z.object({
  flowId: z.string(),
  version: z.number().int(),
  document: FlowDocumentSchema,
  tests: ConversationTestListSchema,
});

export const FlowGetResponseSchema = z.union([FlowDraftResponseSchema, FlowVersionResponseSchema]);

/**
 * New conversation tests for a draft: a conversation test file (`flow` names the flow file it
 * sits beside and is not stored) or just `{ tests }`.
 */
export const TestsPutRequestSchema = z.strictObject({
  flow: z.string().max(500, 'must be at most 500 characters').optional().meta({ description: 'The flow file the tests sit beside, e.g. "customer-service.flow.json". Not stored.' }),
  tests: ConversationTestListSchema,
});

export const TestsPutResponseSchema = z.object({
  flowId: z.string(),
  /** The draft's revision after this change (also sent as the ETag). */
  revision: z.number().int(),
  /** How many conversation tests the draft has now. */
  tests: z.number().int(),
});

export const ReplyViewSchema = z.object({
  id: z.string().meta({ description: 'The reply id, used to rate it (feedback).' }),
  text: z.string(),
  buttons: z.array(z.object({ label: z.string(), payload: z.string() })),
  kind: ReplyKindSchema,
  nodeId: z.string(),
  language: z.string(),
  intentId: z.string().nullable(),
});

/** The answer to a message, a rating or an agent event. */
export const ReplyResponseSchema = z.object({
  conversationId: z.string(),
  /** The request's message id (null for ratings and agent events sent without one). */
  messageId: z.string().nullable(),
  /** Send these to the buyer, in order. */
  replies: z.array(ReplyViewSchema),
  /** Assist mode: replies offered to the online agent instead of being sent. */
  suggestions: z.array(ReplyViewSchema),
  handoff: z.object({ queue: z.string(), reason: z.string() }).nullable(),
  status: BotStatusSchema,
  /**
   * The bot left the buyer for an agent while no agent was online (a hand-over, or the fallback
   * giving up), and no agent has replied since: the inbox's "unreplied" list. A hand-over while
   * agents are online is in their queue instead (status "human", unreplied false).
   */
  unreplied: z.boolean().meta({ description: 'True when the bot left the buyer for an agent while no agent was online (hand-over, or the fallback giving up) and no agent has replied since: the inbox\'s "unreplied" list. A hand-over with agents online is in their queue instead (status "human", unreplied false).' }),
  flowId: z.string(),
  flowVersion: z.number().int(),
});

export const FieldIssueSchema = z.object({ path: z.string(), message: z.string() });

export const ErrorResponseSchema = z.object({
  error: z
    .object({
      code: z.enum([
        'invalid_request',
        'unauthorized',
        'forbidden',
        'not_found',
        'method_not_allowed',
        'conflict',
        'precondition_failed',
        'payload_too_large',
        'validation_failed',
        'tests_failed',
        'internal',
      ]),
      message: z.string(),
      issues: z.array(FieldIssueSchema).optional(),
      /** Publishing: the validation errors that block it. */
      problems: z.array(ProblemSchema).optional(),
      /** Publishing: the conversation tests that fail. */
      failingTests: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
      /** A stale push: the draft's current revision. */
      currentRevision: z.number().int().nullable().optional(),
    })
    .loose(),
});

// The engine's outcome is exactly what the schema documents.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const outcomeMatchesSchema: Same<ReplyOutcome, z.infer<typeof ReplyResponseSchema>> = true;
void outcomeMatchesSchema;
