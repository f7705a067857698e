/**
 * The runtime contract: `step(flow, state, event, env) -> { state, outputs, trace }`.
 * Events, environment and state are zod schemas so hosts validate them at their boundary.
 */
import { z } from 'zod';
import { InstantSchema, LanguageSchema } from '../flows/common';
import { AgentsSchema } from '../flows/agents';
import { ReplyKindSchema } from '../flows/reply';
import { OrderSchema } from '../flows/order';
import { VariableValueSchema } from '../flows/variable';

export const BuyerMessageEventSchema = z.object({
  type: z.literal('buyer_message'),
  text: z.string().max(4000, 'must be at most 4000 characters'),
  /** The payload of a quick-reply button, when the message is a tap on one. */
  payload: z.string().max(200).optional(),
});
export const ButtonEventSchema = z.object({ type: z.literal('button'), payload: z.string().min(1).max(200), label: z.string().max(200).optional() });
export const FeedbackEventSchema = z.object({
  type: z.literal('feedback'),
  replyId: z.string().min(1).max(64),
  resolved: z.boolean(),
  reason: z.enum(['too_long', 'not_useful', 'irrelevant', 'other']).optional(),
});
export const EffectResultEventSchema = z.object({
  type: z.literal('effect_result'),
  effectId: z.string().min(1).max(64),
  ok: z.boolean(),
  orders: z.array(OrderSchema).max(200).default([]),
  error: z.string().max(500).optional(),
});
export const TimerEventSchema = z.object({ type: z.literal('timer'), timerId: z.string().min(1).max(64) });
export const AgentJoinedEventSchema = z.object({ type: z.literal('agent_joined'), agentId: z.string().max(128).optional() });
export const AgentReleasedEventSchema = z.object({ type: z.literal('agent_released') });
export const ConversationClosedEventSchema = z.object({ type: z.literal('conversation_closed') });

export const RuntimeEventSchema = z.discriminatedUnion('type', [
  BuyerMessageEventSchema,
  ButtonEventSchema,
  FeedbackEventSchema,
  EffectResultEventSchema,
  TimerEventSchema,
  AgentJoinedEventSchema,
  AgentReleasedEventSchema,
  ConversationClosedEventSchema,
]);
export type RuntimeEvent = z.infer<typeof RuntimeEventSchema>;
export type RuntimeEventInput = z.input<typeof RuntimeEventSchema>;

/** Everything from outside the flow that a step may depend on. */
export const EnvSchema = z.object({
  /** The clock the runtime sees. */
  now: InstantSchema,
  /** Seed for any choice that must look random but replay identically. */
  seed: z.string().max(200).default('0'),
  agents: AgentsSchema.default({ online: 0, available: 0 }),
  buyer: z.object({ id: z.string().min(1).max(128), name: z.string().max(100).optional(), language: LanguageSchema.optional() }),
  shop: z.object({ name: z.string().max(100).optional() }).default({}),
  /** Host facts the flow may read as variables. */
  facts: z.record(z.string(), VariableValueSchema).default({}),
  /** Compute what the bot would say without committing state (assist suggestions, previews). */
  dryRun: z.boolean().default(false),
});
export type Env = z.infer<typeof EnvSchema>;
export type EnvInput = z.input<typeof EnvSchema>;

export const BotStatusSchema = z.enum(['bot', 'human', 'closed']);
export type BotStatus = z.infer<typeof BotStatusSchema>;

const WaitSchema = z.discriminatedUnion('for', [
  z.object({ for: z.literal('message'), nodeId: z.string() }),
  z.object({ for: z.literal('collect'), nodeId: z.string(), attempts: z.number().int() }),
  z.object({ for: z.literal('feedback'), nodeId: z.string() }),
  // intentId: the intent that led to the lookup, so the answers after it still name it.
  z.object({
    for: z.literal('effect'),
    nodeId: z.string(),
    effectId: z.string(),
    hint: z.string().optional(),
    /** The buyer's own last message, when `hint` also holds the pieces typed before it: an item it names wins. */
    latest: z.string().optional(),
    /** The order a tapped order button named: the lookup answers about that order only. */
    picked: z.string().optional(),
    intentId: z.string().optional(),
  }),
  z.object({ for: z.literal('order_choice'), nodeId: z.string(), guess: z.string(), choices: z.array(z.string()), intentId: z.string().optional() }),
]);
export type Wait = z.infer<typeof WaitSchema>;

/** A conversation's whole memory between steps; plain JSON. */
export const ConversationStateSchema = z.object({
  v: z.literal(1),
  status: BotStatusSchema,
  /** Where the bot waits, or null when the next message starts at `start`. */
  wait: WaitSchema.nullable(),
  /** The router the bot returns to after an answer that leads nowhere else. */
  home: z.string().nullable(),
  language: z.string().nullable(),
  variables: z.record(z.string(), VariableValueSchema),
  /** Orders from the last lookup, kept to answer a choice by button. */
  orders: z.array(OrderSchema),
  session: z.object({
    number: z.number().int(),
    startedAt: z.string(),
    lastActivityAt: z.string(),
    greeted: z.boolean(),
    fallbacks: z.number().int(),
    /** How often each auto-reply was sent in this session, by node and a fingerprint of its text. */
    replyCounts: z.record(z.string(), z.number().int()),
    lastBuyerText: z.string().nullable(),
    lastBuyerAt: z.string().nullable(),
    /** The buyer's last message(s) no intent claimed, read together with the next one within the burst window. */
    unplaced: z.object({ text: z.string(), at: z.string() }).optional(),
    /** The order this session's answers were about (named, picked or confirmed): later order questions mean it unless they name another. */
    order: z.string().optional(),
  }),
  counters: z.object({ replies: z.number().int(), effects: z.number().int(), events: z.number().int() }),
  /** Recent replies, so a rating can find the node and intent it concerns. */
  recentReplies: z.array(z.object({ id: z.string(), nodeId: z.string(), kind: ReplyKindSchema, intentId: z.string().nullable() })),
});
export type ConversationState = z.infer<typeof ConversationStateSchema>;

/** A reply as it leaves the runtime. */
export interface OutReply {
  id: string;
  text: string;
  buttons: Array<{ label: string; payload: string }>;
  kind: z.infer<typeof ReplyKindSchema>;
  nodeId: string;
  language: string;
  intentId: string | null;
}

/** A request for the host to do something outside (and answer with an `effect_result`). */
export interface EffectRequest {
  id: string;
  type: 'lookup_order';
  buyerId: string;
  /** An order number the buyer named, if any. */
  orderId: string | null;
  nodeId: string;
}

export interface Outputs {
  replies: OutReply[];
  /** Replies offered to the agent instead of being sent (assist mode). */
  suggestions: OutReply[];
  handoff: null | { queue: string; reason: string };
  effects: EffectRequest[];
  tags: string[];
  /** The conversation needs an agent's reply (left unanswered by the bot). */
  unreplied: boolean;
  /** Notes for agents, shown in the inbox (e.g. why the bot stopped). */
  notes: string[];
}

/** One line of the step's explanation, for the preview overlay, the inbox and analytics. */
export interface TraceEntry {
  type:
    | 'event'
    | 'session'
    | 'node'
    | 'edge'
    | 'intent'
    | 'schedule'
    | 'agents'
    | 'condition'
    | 'guard'
    | 'trigger'
    | 'effect'
    | 'handoff'
    | 'info'
    | 'wait'
    | 'variable'
    | 'language'
    | 'problem';
  nodeId?: string;
  edgeId?: string;
  message: string;
  data?: Record<string, unknown>;
}

export interface StepResult {
  state: ConversationState;
  outputs: Outputs;
  trace: TraceEntry[];
}
