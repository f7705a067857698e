/**
 * Preview as buyer: one event of a conversation held by the designer (its state travels with
 * each call; nothing is stored), run on the draft or a published version through the same
 * steps, env and order lookups as the production reply engine, so the preview answers exactly
 * as the HTTP API would under the same circumstances.
 */
import { z } from 'zod';
import { AgentsSchema } from '../../flows/agents';
import { InstantSchema, LanguageSchema } from '../../flows/common';
import type { FlowDocument } from '../../flows/document';
import { OrderSchema, type Order } from '../../flows/order';
import { ordersResult } from '../../runtime/host/effects';
import { AgentJoinedEventSchema, AgentReleasedEventSchema, ButtonEventSchema, BuyerMessageEventSchema, ConversationClosedEventSchema, ConversationStateSchema, FeedbackEventSchema, type BotStatus, type ConversationState, type EffectRequest, type TraceEntry } from '../../runtime/contract';
import { loadConfig } from '../config';
import type { Db } from '../db';
import { ServiceError } from '../errors';
import { ShopIdSchema } from '../schemas/shop';
import { FlowIdSchema, getFlow, readDocument, versionDocument } from './flows';
import { createOrderSource, type EffectResult, type OrderSource } from './order-source';
import { canonicalInstant, lastStep, mergeOutputs, replyEnv, replyView, runSteps, type ReplyView } from './reply-step';
import { getShop } from './shops';

export const PreviewOrdersSchema = z.discriminatedUnion('source', [
  /** The shop's orders of this buyer, looked up as production looks them up. */
  z.object({ source: z.literal('shop') }),
  /** The buyer's orders given here (their buyer ids are taken to be the preview buyer's). */
  z.object({ source: z.literal('fixtures'), fixtures: z.array(OrderSchema).max(200) }),
]);
export type PreviewOrders = z.infer<typeof PreviewOrdersSchema>;

/** What the buyer (or, when replaying a conversation test, an agent) does next. */
export const PreviewEventSchema = z.discriminatedUnion('type', [BuyerMessageEventSchema, ButtonEventSchema, FeedbackEventSchema, AgentJoinedEventSchema, AgentReleasedEventSchema, ConversationClosedEventSchema]);

export const PreviewStepSchema = z.object({
  shopId: ShopIdSchema,
  flowId: FlowIdSchema,
  /** A published version, or the draft. */
  version: z.union([z.number().int().min(1), z.literal('draft')]),
  /** The draft as it is on screen (unsaved edits included); only with `version: 'draft'`. */
  document: z.unknown().optional(),
  /** Seeds the runtime's choices, as a conversation id does in production. */
  conversationId: z.string().trim().min(1).max(128).default('preview'),
  /** The conversation so far (null: a new conversation). */
  state: ConversationStateSchema.nullable(),
  event: PreviewEventSchema,
  /** The clock the runtime sees. */
  at: InstantSchema,
  agents: AgentsSchema.default({ online: 0, available: 0 }),
  buyer: z.object({ id: z.string().trim().min(1).max(128), name: z.string().max(100).optional(), language: LanguageSchema.optional() }),
  orders: PreviewOrdersSchema.default({ source: 'shop' }),
});
export type PreviewStepInput = z.input<typeof PreviewStepSchema>;

export interface PreviewPath {
  /** Nodes visited, in order of first visit. */
  nodes: string[];
  edges: string[];
  /** The node the bot waits at after this step. */
  waitingAt: string | null;
}

export interface PreviewStepResult {
  state: ConversationState;
  replies: ReplyView[];
  suggestions: ReplyView[];
  handoff: null | { queue: string; reason: string };
  status: BotStatus;
  unreplied: boolean;
  notes: string[];
  trace: TraceEntry[];
  path: PreviewPath;
  /** The instant the step ran at (canonical form). */
  at: string;
  /** The orders the shop's systems returned to this step's lookups (what "save as test" freezes). */
  orders: Order[];
}

// One order source per database, as the production API keeps one.
const orderSources = new WeakMap<object, OrderSource>();

function ordersTimeout(): number {
  try {
    return loadConfig().REPLYFLOW_ORDERS_TIMEOUT_MS;
  } catch {
    return 3000;
  }
}

function shopOrderSource(db: Db): OrderSource {
  const owner: object = (db as { $client?: object }).$client ?? db;
  let source = orderSources.get(owner);
  if (!source) orderSources.set(owner, (source = createOrderSource(db, { timeoutMs: ordersTimeout() })));
  return source;
}

function previewDocument(db: Db, workspaceId: string, input: z.infer<typeof PreviewStepSchema>): FlowDocument {
  if (input.version === 'draft') {
    if (input.document !== undefined) {
      // The flow must exist and be readable by this member even when its draft comes with the call.
      getFlow(db, workspaceId, input.shopId, input.flowId);
      return readDocument(input.document);
    }
    return getFlow(db, workspaceId, input.shopId, input.flowId).document;
  }
  if (input.document !== undefined) {
    throw new ServiceError('BAD_REQUEST', 'a document goes with the draft only', [{ path: 'document', message: 'only with version "draft"' }]);
  }
  return versionDocument(db, input.shopId, input.flowId, input.version);
}

/** The visited nodes and edges of a trace, and where the bot now waits. */
export function pathOf(trace: readonly TraceEntry[], state: ConversationState): PreviewPath {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const t of trace) {
    if (t.type === 'node' && t.nodeId && !nodes.includes(t.nodeId)) nodes.push(t.nodeId);
    if (t.type === 'edge' && t.edgeId && !edges.includes(t.edgeId)) edges.push(t.edgeId);
  }
  return { nodes, edges, waitingAt: state.wait?.nodeId ?? null };
}

/** Runs one preview event; stores nothing. */
export async function previewStep(db: Db, workspaceId: string, raw: PreviewStepInput): Promise<PreviewStepResult> {
  const input = PreviewStepSchema.parse(raw);
  const shop = getShop(db, workspaceId, input.shopId);
  const document = previewDocument(db, workspaceId, input);
  const at = canonicalInstant(input.at);
  const buyer = { id: input.buyer.id, ...(input.buyer.name ? { name: input.buyer.name } : {}), ...(input.buyer.language ? { language: input.buyer.language } : {}) };
  const env = replyEnv(shop.name, input.conversationId, at, buyer, input.agents);
  const lookup = orderLookup(db, { id: shop.id, ordersEndpoint: shop.ordersEndpoint }, input.orders);
  const seen: Order[] = [];
  const steps = await runSteps(document, input.state, input.event, env, async (effect) => {
    const answer = await lookup(effect);
    if (answer.ok && answer.orders) seen.push(...answer.orders);
    return answer;
  });
  const state = lastStep(steps).result.state;
  const merged = mergeOutputs(steps);
  const trace = steps.flatMap((s) => s.result.trace);
  return {
    state,
    replies: merged.replies.map(replyView),
    suggestions: merged.suggestions.map(replyView),
    handoff: merged.handoff ? { queue: merged.handoff.queue, reason: merged.handoff.reason } : null,
    status: state.status,
    unreplied: merged.unreplied,
    notes: merged.notes,
    trace,
    path: pathOf(trace, state),
    at,
    orders: seen,
  };
}

function orderLookup(db: Db, shop: { id: string; ordersEndpoint: string | null }, orders: PreviewOrders): (effect: EffectRequest) => EffectResult | Promise<EffectResult> {
  if (orders.source === 'shop') {
    const source = shopOrderSource(db);
    return (effect) => source.lookup(shop, effect);
  }
  return (effect) => ordersResult(effect, orders.fixtures.map((o): Order => ({ ...o, buyerId: effect.buyerId })));
}
