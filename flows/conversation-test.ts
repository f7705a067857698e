import { z } from 'zod';
import { IdSchema, InstantSchema, LanguageSchema } from './common';
import { AgentsSchema } from './agents';
import { OrderSchema } from './order';
import { ReplyKindSchema } from './reply';


/** What one expected reply must look like; every given field must hold. */
export const ExpectedReplySchema = z.object({
  /** Exact text. */
  text: z.string().optional(),
  /** Text fragments that must all appear (case-insensitive). */
  contains: z.union([z.string(), z.array(z.string())]).optional(),
  kind: ReplyKindSchema.optional(),
  language: LanguageSchema.optional(),
  /** Button labels that must all be offered. */
  buttons: z.array(z.string()).optional(),
  nodeId: IdSchema.optional(),
});
export type ExpectedReply = z.infer<typeof ExpectedReplySchema>;

export const StepExpectationSchema = z.object({
  /** The replies of this step in order; their number must match. */
  replies: z.array(ExpectedReplySchema).optional(),
  /** At least these replies (in order, others may be between them). */
  someReplies: z.array(ExpectedReplySchema).optional(),
  noReply: z.boolean().optional(),
  /** true: a handoff happened at this step; false: none; object: with this queue / reason. */
  handoff: z.union([z.boolean(), z.object({ queue: z.string().optional(), reason: z.string().optional() })]).optional(),
  status: z.enum(['bot', 'human', 'closed']).optional(),
  /** The intent recognised at this step (null: out of scope). */
  intent: z.union([IdSchema, z.null()]).optional(),
  /** Node ids that must be visited at this step, in this order (others may be between). */
  path: z.array(IdSchema).optional(),
  /** Replies offered to the agent as suggestions instead (assist mode). */
  suggestions: z.array(ExpectedReplySchema).optional(),
  unreplied: z.boolean().optional(),
});
export type StepExpectation = z.infer<typeof StepExpectationSchema>;

/**
 * One thing that happens in a conversation: a buyer message or button, a rating, or an agent
 * event; with its time (absolute, or seconds after the previous step) and circumstances.
 */
export const TestStepSchema = z
  .object({
    buyer: z.string().max(4000).optional(),
    /** With `buyer`: the message is a tap on the quick-reply button with this payload. */
    payload: z.string().min(1).max(200).optional(),
    button: z.string().max(200).optional(),
    /** Rate a reply of the previous step: 'last' or its index among that step's replies. */
    feedback: z.object({ reply: z.union([z.literal('last'), z.number().int().min(0)]).default('last'), resolved: z.boolean(), reason: z.enum(['too_long', 'not_useful', 'irrelevant', 'other']).optional() }).optional(),
    agent: z.enum(['joined', 'released', 'closed']).optional(),
    at: InstantSchema.optional(),
    after: z.number().min(0).max(365 * 24 * 3600).optional(),
    agents: AgentsSchema.optional(),
    language: LanguageSchema.optional(),
    expect: StepExpectationSchema.default({}),
  })
  .refine((s) => [s.buyer, s.button, s.feedback, s.agent].filter((x) => x !== undefined).length === 1, {
    message: 'a step is exactly one of: buyer, button, feedback, agent',
  })
  .refine((s) => s.payload === undefined || s.buyer !== undefined, { message: 'a payload goes with a buyer message', path: ['payload'] });
export type TestStep = z.infer<typeof TestStepSchema>;

export const TestContextSchema = z.object({
  /** When the conversation starts. */
  at: InstantSchema,
  agents: AgentsSchema.default({ online: 0, available: 0 }),
  buyer: z.object({ id: z.string().min(1).max(128), name: z.string().max(100).optional(), language: LanguageSchema.optional() }),
  /** The buyer's orders the shop's systems would return. */
  orders: z.array(OrderSchema).default([]),
  shopName: z.string().max(100).optional(),
  seed: z.string().max(100).default('test'),
});

export const ConversationTestSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  language: LanguageSchema.optional(),
  context: TestContextSchema,
  steps: z.array(TestStepSchema).min(1).max(500),
});
export type ConversationTest = z.infer<typeof ConversationTestSchema>;

/** A flow's conversation tests: each id names one test (results, links and diffs are keyed by it). */
export const ConversationTestListSchema = z
  .array(ConversationTestSchema)
  .max(1000)
  .superRefine((tests, ctx) => {
    const first = new Map<string, number>();
    tests.forEach((t, i) => {
      const seen = first.get(t.id);
      if (seen === undefined) first.set(t.id, i);
      else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${t.id}" is already the id of test ${seen + 1}: test ids must be unique` });
    });
  });

/** A file of conversation tests, kept beside its flow (`<name>.tests.json` next to `<name>.flow.json`). */
export const ConversationTestFileSchema = z.object({
  flow: z.string().optional(),
  tests: ConversationTestListSchema,
});
export type ConversationTestFile = z.infer<typeof ConversationTestFileSchema>;
