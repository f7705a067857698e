/**
 * The reply engine: applies buyer messages, ratings and agent events to a shop's stored
 * conversations through the runtime, performs the effects the runtime asks for (order lookups)
 * within the same call, and stores everything in one transaction.
 *
 * Guarantees:
 * - one conversation's events are applied one at a time, in arrival order (a keyed lock in the
 *   process, and a compare-and-swap on the stored event count across processes): state is never
 *   lost or forked;
 * - a request carrying a message id is idempotent per shop: a retry returns the stored answer,
 *   byte for byte, and changes nothing;
 * - nothing is stored unless everything is (the answer is given only after the commit).
 *
 * Rows written to `conversation_events`, in order per conversation:
 * - one row per runtime step: `buyer_message`, `effect_result` (the orders the host fed back),
 *   `feedback`, `agent_joined`, `agent_released`, `conversation_closed`, each with the env the
 *   runtime saw, its outputs, trace and the state after. `conversations.events` and the state's
 *   `counters.events` count these rows;
 * - `agent_message` rows: an agent's words in the transcript (no runtime step).
 * The row of the request itself carries its message id and the answer given. Every row carries
 * the state after it, so the latest row's is the conversation's current state (the conversation
 * row does not repeat it).
 *
 * A conversation runs on the flow version it started on until its session ends (window elapsed
 * or closed); the buyer's next message then moves it to the shop's live version.
 *
 * Conversations change only through this engine (the app's inbox included): its guarantees rest
 * on every change going through the lock and bumping the stored event count.
 */
import type { Statement } from 'better-sqlite3';
import type { Agents } from '../../flows/agents';
import type { FlowDocument } from '../../flows/document';
import { ConversationStateSchema, type BotStatus, type ConversationState, type Env, type Outputs, type RuntimeEvent, type TraceEntry } from '../../runtime/contract';
import type { Db } from '../db';
import { ServiceError, notFound } from '../errors';
import { conversationLock, type KeyedLock } from './conversation-lock';
import { shopChanges } from './shop-changes';
import { sessionWindowPassed } from '../../runtime/state';
import { eventRowOf, type ConversationRows, type EventRow } from './conversation-rows';
import { inlineWriter, WriteRejected, type ConversationWriter } from './conversation-writer';
import { versionDocument } from './flows';
import type { OrderSource } from './order-source';
import { canonicalInstant, emptyOutputs, lastStep as lastOf, mergeOutputs, replyEnv, replyView as view, runSteps, type AppliedStep, type BuyerProfile, type ReplyView } from './reply-step';

export type { BuyerProfile, ReplyView } from './reply-step';

/** Attempts when another process changed the conversation between our read and our write. */
const MAX_ATTEMPTS = 5;

/** A buyer's message (or quick-reply tap) as the chat channel delivers it. */
export interface MessageInput {
  conversationId: string;
  /** The platform's message id: the idempotency key. */
  messageId: string;
  /** What the buyer wrote (for a tap: the button's label, if known). */
  text?: string;
  /** The payload of the quick-reply button tapped. */
  payload?: string;
  /** The clock the runtime sees; default: now. */
  sentAt?: string;
  buyer: BuyerProfile;
  /** Agent availability; default: none online. */
  agents?: Agents;
}

export interface FeedbackInput {
  conversationId: string;
  replyId: string;
  resolved: boolean;
  reason?: 'too_long' | 'not_useful' | 'irrelevant' | 'other';
  messageId?: string;
  sentAt?: string;
  agents?: Agents;
}

export type AgentAction = { type: 'agent_message'; text: string; agentId?: string } | { type: 'release' } | { type: 'close' };

export type AgentEventInput = AgentAction & {
  conversationId: string;
  messageId?: string;
  sentAt?: string;
  agents?: Agents;
};

/** What one request produced: the replies to send, suggestions for agents, a handoff. */
export interface ReplyOutcome {
  conversationId: string;
  messageId: string | null;
  replies: ReplyView[];
  suggestions: ReplyView[];
  handoff: null | { queue: string; reason: string };
  status: BotStatus;
  /** The conversation now needs an agent's reply. */
  unreplied: boolean;
  flowId: string;
  flowVersion: number;
}

export interface Answer {
  outcome: ReplyOutcome;
  /** The outcome serialised, exactly as stored (and returned again on a retry). */
  json: string;
  /** True when this is the stored answer to an earlier request with the same message id. */
  replayed: boolean;
}

export interface ReplyEngineOptions {
  orders: OrderSource;
  clock?: () => Date;
  lock?: KeyedLock;
  /** Where rows are written; default: in this thread. */
  writer?: ConversationWriter;
}

interface ShopRecord {
  id: string;
  name: string;
  liveFlowId: string | null;
  liveVersion: number | null;
  ordersEndpoint: string | null;
}

interface ConversationRecord {
  buyerId: string;
  buyerName: string | null;
  flowId: string;
  version: number;
  state: ConversationState;
  status: BotStatus;
  handoffQueue: string | null;
  unreplied: boolean;
  events: number;
}

/** A row that is not a runtime step (an agent's words). */
interface TranscriptRow {
  type: 'agent_message';
  event: Record<string, unknown>;
}

interface Commit {
  shopId: string;
  conversationId: string;
  previous: ConversationRecord | null;
  buyer: BuyerProfile;
  flowId: string;
  version: number;
  at: string;
  envJson: string;
  steps: AppliedStep[];
  /** Extra trace entries from the host, stored with the first step (e.g. a version change). */
  hostTrace: TraceEntry[];
  transcript: TranscriptRow | null;
  /** Which row carries the message id and the answer: the first step, or the transcript row. */
  answerRow: 'first_step' | 'transcript';
  messageId: string | null;
  /** The request's own event, compared on a retry. */
  requestEvent: string;
  json: string;
  outcome: ReplyOutcome;
  touchesLastMessage: boolean;
  unreplied: boolean;
  rating: { replyId: string; resolved: boolean; reason: string | null } | null;
}

/** Another process wrote the conversation between our read and our write. */
class StaleConversation extends Error {}

interface StoredAnswer {
  conversationId: string;
  event: string;
  response: string | null;
}

interface SnapshotRow {
  shopId: string;
  shopName: string;
  liveFlowId: string | null;
  liveVersion: number | null;
  ordersEndpoint: string | null;
  buyerId: string | null;
  buyerName: string | null;
  flowId: string | null;
  version: number | null;
  status: BotStatus | null;
  handoffQueue: string | null;
  unreplied: number | null;
  events: number | null;
  answerConversationId: string | null;
  answerEvent: string | null;
  answerResponse: string | null;
}

/** What a request starts from. */
interface Snapshot {
  shop: ShopRecord;
  previous: ConversationRecord | null;
  stored: StoredAnswer | null;
}

/** Conversations kept in memory (most recently used), so a busy conversation is neither re-read nor re-parsed per message. */
const STATE_CACHE_SIZE = 10_000;
/**
 * How long a shop read from the database is trusted when no change was made by this process
 * (the bound for a publish by another process on the same file).
 */
const SHOP_CACHE_MS = 1000;

/**
 * The engine for a database. Statements are prepared once. The database is the only source of
 * truth; the engine keeps the conversations it wrote as a cache. A buyer message to a cached
 * conversation reads only the shop: its write still succeeds only while the stored event count
 * is the cached one (else the message is applied again from a fresh read), and a message id
 * already stored is caught by its unique index (and answered as a retry).
 */
export class ReplyEngine {
  private readonly clock: () => Date;
  private readonly lock: KeyedLock;
  private readonly orders: OrderSource;
  private readonly conversations = new Map<string, ConversationRecord>();
  private readonly shops = new Map<string, { shop: ShopRecord; changes: number; until: number }>();
  private readonly writer: ConversationWriter;
  private readonly sql: {
    snapshot: Statement<{ shopId: string; conversationId: string; messageId: string | null }, SnapshotRow>;
    shop: Statement<[string], ShopRecord>;
    answer: Statement<[string, string], StoredAnswer>;
    state: Statement<[string, string], { state: string }>;
    reply: Statement<[string, string, string], { id: string; suggested: number }>;
  };

  constructor(
    private readonly db: Db,
    options: ReplyEngineOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.lock = options.lock ?? conversationLock();
    this.orders = options.orders;
    const c = db.$client;
    this.sql = {
      // Everything a request reads first, in one statement: the shop, the conversation, an earlier answer.
      snapshot: c.prepare(
        `SELECT s.id AS shopId, s.name AS shopName, s.live_flow_id AS liveFlowId, s.live_version AS liveVersion, s.orders_endpoint AS ordersEndpoint,
                c.buyer_id AS buyerId, c.buyer_name AS buyerName, c.flow_id AS flowId, c.version AS version, c.status AS status,
                c.handoff_queue AS handoffQueue, c.unreplied AS unreplied, c.events AS events,
                e.conversation_id AS answerConversationId, e.event AS answerEvent, e.response AS answerResponse
         FROM shops s
         LEFT JOIN conversations c ON c.shop_id = s.id AND c.id = @conversationId
         LEFT JOIN conversation_events e ON e.shop_id = s.id AND e.message_id = @messageId
         WHERE s.id = @shopId`,
      ),
      shop: c.prepare('SELECT id, name, live_flow_id AS liveFlowId, live_version AS liveVersion, orders_endpoint AS ordersEndpoint FROM shops WHERE id = ?'),
      answer: c.prepare('SELECT conversation_id AS conversationId, event, response FROM conversation_events WHERE shop_id = ? AND message_id = ?'),
      // The current state is the latest event's.
      state: c.prepare('SELECT state_after AS state FROM conversation_events WHERE shop_id = ? AND conversation_id = ? ORDER BY seq DESC LIMIT 1'),
      reply: c.prepare('SELECT id, suggested FROM replies WHERE shop_id = ? AND conversation_id = ? AND id = ?'),
    };
    this.writer = options.writer ?? inlineWriter(c);
  }

  /** A buyer's message: the replies, suggestions and handoff it produces. */
  async message(shopId: string, input: MessageInput): Promise<Answer> {
    const event: RuntimeEvent =
      input.payload !== undefined
        ? { type: 'buyer_message', text: input.text ?? input.payload, payload: input.payload }
        : { type: 'buyer_message', text: input.text ?? '' };
    const requestEvent = JSON.stringify(event);
    return this.serialized(shopId, input.conversationId, async () => {
      const { shop, previous, stored } = this.cachedRead(shopId, input.conversationId) ?? this.read(shopId, input.conversationId, input.messageId);
      // Checked before the stored answer too: a retry is refused or replayed alike whether or not the conversation is in memory.
      if (previous && previous.buyerId !== input.buyer.id) {
        throw new ServiceError('CONFLICT', `conversation "${input.conversationId}" belongs to another buyer`, [{ path: 'buyer.id', message: 'differs from the buyer who started this conversation' }]);
      }
      if (stored) return replay(stored, input.messageId, input.conversationId, requestEvent);
      const at = this.instant(input.sentAt);
      const { flowId, version, document, hostTrace } = this.pin(shop, previous, at);
      const buyer: BuyerProfile = { ...input.buyer, ...(input.buyer.name === undefined && previous?.buyerName ? { name: previous.buyerName } : {}) };
      const env = this.env(shop, input.conversationId, at, buyer, input.agents);
      const steps = await this.run(shop, document, previous?.state ?? null, event, env);
      const final = lastOf(steps).result.state;
      const merged = mergeOutputs(steps);
      const unreplied = final.status === 'human' ? merged.unreplied || (previous?.unreplied ?? false) : merged.unreplied;
      return this.commit({
        shopId: shop.id,
        conversationId: input.conversationId,
        previous,
        buyer,
        flowId,
        version,
        at,
        envJson: JSON.stringify(envRecord(env)),
        steps,
        hostTrace,
        transcript: null,
        answerRow: 'first_step',
        messageId: input.messageId,
        requestEvent,
        ...this.outcome(input.conversationId, input.messageId, merged, final.status, unreplied, flowId, version),
        touchesLastMessage: true,
        unreplied,
        rating: null,
      });
    });
  }

  /** A buyer's rating of a bot reply; an unresolved rating may hand the conversation over. */
  async feedback(shopId: string, input: FeedbackInput): Promise<Answer> {
    const event: RuntimeEvent = { type: 'feedback', replyId: input.replyId, resolved: input.resolved, ...(input.reason ? { reason: input.reason } : {}) };
    const requestEvent = JSON.stringify(event);
    return this.serialized(shopId, input.conversationId, async () => {
      const { shop, previous: found, stored } = this.read(shopId, input.conversationId, input.messageId ?? null);
      if (stored && input.messageId) return replay(stored, input.messageId, input.conversationId, requestEvent);
      const previous = existing(found, input.conversationId);
      const rated = this.sql.reply.get(shop.id, input.conversationId, input.replyId);
      if (!rated) {
        throw new ServiceError('NOT_FOUND', `reply "${input.replyId}" not found in conversation "${input.conversationId}"`, [{ path: 'replyId', message: 'no such reply in this conversation' }]);
      }
      // A suggestion went to an agent, not to the buyer: the buyer cannot have rated it.
      if (rated.suggested === 1) {
        throw new ServiceError('CONFLICT', `reply "${input.replyId}" was only suggested to an agent; the buyer never saw it`, [{ path: 'replyId', message: 'a suggestion, not a reply the buyer received' }]);
      }
      const at = this.instant(input.sentAt);
      const document = versionDocument(this.db, shop.id, previous.flowId, previous.version);
      const buyer = storedBuyer(previous);
      const env = this.env(shop, input.conversationId, at, buyer, input.agents);
      const steps = await this.run(shop, document, previous.state, event, env);
      const final = lastOf(steps).result.state;
      const merged = mergeOutputs(steps);
      const unreplied = final.status === 'human' ? merged.unreplied || previous.unreplied : merged.unreplied;
      const messageId = input.messageId ?? null;
      return this.commit({
        shopId: shop.id,
        conversationId: input.conversationId,
        previous,
        buyer,
        flowId: previous.flowId,
        version: previous.version,
        at,
        envJson: JSON.stringify(envRecord(env)),
        steps,
        hostTrace: [],
        transcript: null,
        answerRow: 'first_step',
        messageId,
        requestEvent,
        ...this.outcome(input.conversationId, messageId, merged, final.status, unreplied, previous.flowId, previous.version),
        touchesLastMessage: false,
        unreplied,
        rating: { replyId: input.replyId, resolved: input.resolved, reason: input.reason ?? null },
      });
    });
  }

  /**
   * What an agent did: wrote to the buyer (taking the conversation over if the bot still had
   * it; the words go into the transcript), handed it back to the bot, or closed it.
   */
  async agentEvent(shopId: string, input: AgentEventInput): Promise<Answer> {
    const transcriptEvent = input.type === 'agent_message' ? { type: 'agent_message', text: input.text, ...(input.agentId ? { agentId: input.agentId } : {}) } : null;
    const runtimeEvent: RuntimeEvent | null = input.type === 'release' ? { type: 'agent_released' } : input.type === 'close' ? { type: 'conversation_closed' } : null;
    const requestEvent = JSON.stringify(transcriptEvent ?? runtimeEvent);
    return this.serialized(shopId, input.conversationId, async () => {
      const { shop, previous: found, stored } = this.read(shopId, input.conversationId, input.messageId ?? null);
      if (stored && input.messageId) return replay(stored, input.messageId, input.conversationId, requestEvent);
      const previous = existing(found, input.conversationId);
      const at = this.instant(input.sentAt);
      const document = versionDocument(this.db, shop.id, previous.flowId, previous.version);
      const buyer = storedBuyer(previous);
      const env = this.env(shop, input.conversationId, at, buyer, input.agents);
      let event: RuntimeEvent | null = runtimeEvent;
      if (input.type === 'agent_message' && previous.status !== 'human') event = { type: 'agent_joined', ...(input.agentId ? { agentId: input.agentId } : {}) };
      const steps = event ? await this.run(shop, document, previous.state, event, env) : [];
      const final = steps.length > 0 ? lastOf(steps).result.state : previous.state;
      const merged = mergeOutputs(steps);
      const messageId = input.messageId ?? null;
      return this.commit({
        shopId: shop.id,
        conversationId: input.conversationId,
        previous,
        buyer,
        flowId: previous.flowId,
        version: previous.version,
        at,
        envJson: JSON.stringify(envRecord(env)),
        steps,
        hostTrace: [],
        transcript: transcriptEvent ? { type: 'agent_message', event: transcriptEvent } : null,
        answerRow: transcriptEvent ? 'transcript' : 'first_step',
        messageId,
        requestEvent,
        ...this.outcome(input.conversationId, messageId, merged, final.status, false, previous.flowId, previous.version),
        touchesLastMessage: input.type === 'agent_message',
        // An agent answered, took the conversation back to the bot, or closed it: nothing waits for an agent.
        unreplied: false,
        rating: null,
      });
    });
  }

  private serialized<T>(shopId: string, conversationId: string, fn: () => Promise<T>): Promise<T> {
    return this.lock.run(`${shopId}\u0000${conversationId}`, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await fn();
        } catch (e) {
          if (!(e instanceof StaleConversation)) throw e;
          if (attempt >= MAX_ATTEMPTS) throw new ServiceError('CONFLICT', `conversation "${conversationId}" kept changing while this event was applied; retry`);
        }
      }
    });
  }

  /** The shop (or NOT_FOUND), the conversation if it exists, and an earlier answer to this message id. */
  private read(shopId: string, conversationId: string, messageId: string | null): Snapshot {
    const row = this.sql.snapshot.get({ shopId, conversationId, messageId });
    if (!row) throw notFound(`shop "${shopId}"`);
    const shop: ShopRecord = { id: row.shopId, name: row.shopName, liveFlowId: row.liveFlowId, liveVersion: row.liveVersion, ordersEndpoint: row.ordersEndpoint };
    const stored = row.answerConversationId !== null ? { conversationId: row.answerConversationId, event: row.answerEvent ?? '', response: row.answerResponse } : null;
    if (row.buyerId === null || row.flowId === null || row.version === null || row.status === null || row.events === null) return { shop, previous: null, stored };
    const key = `${shopId}\u0000${conversationId}`;
    const cached = this.conversations.get(key);
    let state: ConversationState;
    if (cached && cached.events === row.events) {
      state = cached.state;
    } else {
      const fromDb = this.sql.state.get(shopId, conversationId);
      if (!fromDb) return { shop, previous: null, stored };
      // Stored JSON is validated on read like every other boundary.
      state = ConversationStateSchema.parse(JSON.parse(fromDb.state));
    }
    const previous: ConversationRecord = {
      buyerId: row.buyerId,
      buyerName: row.buyerName,
      flowId: row.flowId,
      version: row.version,
      state,
      status: row.status,
      handoffQueue: row.handoffQueue,
      unreplied: row.unreplied === 1,
      events: row.events,
    };
    this.remember(key, previous);
    return { shop, previous, stored };
  }

  /** A buyer message to a conversation this engine wrote last: the shop from the database, the conversation from memory. */
  private cachedRead(shopId: string, conversationId: string): Snapshot | null {
    const previous = this.conversations.get(`${shopId}\u0000${conversationId}`);
    if (!previous) return null;
    return { shop: this.shop(shopId), previous, stored: null };
  }

  /** A shop, from memory while this process has changed no shop and for at most SHOP_CACHE_MS. */
  private shop(shopId: string): ShopRecord {
    const now = Date.now();
    const changes = shopChanges();
    const hit = this.shops.get(shopId);
    if (hit && hit.changes === changes && hit.until > now) return hit.shop;
    const shop = this.sql.shop.get(shopId);
    if (!shop) throw notFound(`shop "${shopId}"`);
    this.shops.set(shopId, { shop, changes, until: now + SHOP_CACHE_MS });
    return shop;
  }

  /** Keeps a conversation as last read or written (the least recently used leave first). */
  private remember(key: string, conversation: ConversationRecord): void {
    this.conversations.delete(key);
    this.conversations.set(key, conversation);
    if (this.conversations.size > STATE_CACHE_SIZE) {
      const oldest = this.conversations.keys().next().value;
      if (oldest !== undefined) this.conversations.delete(oldest);
    }
  }

  /** The given instant in a canonical form (UTC, milliseconds), or now. */
  private instant(sentAt: string | undefined): string {
    return sentAt === undefined ? this.clock().toISOString() : canonicalInstant(sentAt);
  }

  /**
   * The version a buyer message runs on: the conversation's own while its session lasts (an
   * agent's conversation lasts until released), else the shop's live version.
   */
  private pin(shop: ShopRecord, previous: ConversationRecord | null, at: string): { flowId: string; version: number; document: FlowDocument; hostTrace: TraceEntry[] } {
    const live = shop.liveFlowId !== null && shop.liveVersion !== null ? { flowId: shop.liveFlowId, version: shop.liveVersion } : null;
    if (!previous) {
      if (!live) throw new ServiceError('CONFLICT', `shop "${shop.id}" has no published flow to answer with`);
      return { ...live, document: versionDocument(this.db, shop.id, live.flowId, live.version), hostTrace: [] };
    }
    const document = versionDocument(this.db, shop.id, previous.flowId, previous.version);
    const same = live && live.flowId === previous.flowId && live.version === previous.version;
    if (!live || same || !sessionOver(previous.state, document, at)) return { flowId: previous.flowId, version: previous.version, document, hostTrace: [] };
    const note: TraceEntry = {
      type: 'session',
      message: `The session ended: moving from ${previous.flowId} version ${previous.version} to the live ${live.flowId} version ${live.version}`,
      data: { from: { flowId: previous.flowId, version: previous.version }, to: live },
    };
    return { ...live, document: versionDocument(this.db, shop.id, live.flowId, live.version), hostTrace: [note] };
  }

  private env(shop: ShopRecord, conversationId: string, now: string, buyer: BuyerProfile, agents: Agents | undefined): Env {
    return replyEnv(shop.name, conversationId, now, buyer, agents);
  }

  /** The event, then every effect it asks for (order lookups from the shop), each answer fed back as the next step. */
  private run(shop: ShopRecord, document: FlowDocument, state: ConversationState | null, event: RuntimeEvent, env: Env): Promise<AppliedStep[]> {
    return runSteps(document, state, event, env, (effect) => this.orders.lookup(shop, effect));
  }

  private outcome(conversationId: string, messageId: string | null, merged: Outputs, status: BotStatus, unreplied: boolean, flowId: string, flowVersion: number): { outcome: ReplyOutcome; json: string } {
    const outcome: ReplyOutcome = {
      conversationId,
      messageId,
      replies: merged.replies.map(view),
      suggestions: merged.suggestions.map(view),
      handoff: merged.handoff ? { queue: merged.handoff.queue, reason: merged.handoff.reason } : null,
      status,
      unreplied,
      flowId,
      flowVersion,
    };
    return { outcome, json: JSON.stringify(outcome) };
  }

  /** Stores the request's rows and the conversation in one transaction; then answers. */
  private async commit(c: Commit): Promise<Answer> {
    const key = `${c.shopId}\u0000${c.conversationId}`;
    const rows = conversationRows(c, this.clock().toISOString());
    try {
      await this.writer.submit(rows);
    } catch (e) {
      // Whatever happened, the database is the truth: read the conversation again next time.
      this.conversations.delete(key);
      if (e instanceof WriteRejected && e.reason === 'stale') throw new StaleConversation();
      // Another process stored the same message id first: answer as a retry would be answered.
      if (c.messageId && e instanceof WriteRejected && e.reason === 'duplicate_message') {
        const stored = this.sql.answer.get(c.shopId, c.messageId);
        if (stored) return replay(stored, c.messageId, c.conversationId, c.requestEvent);
      }
      throw e;
    }
    const final = finalState(c);
    if (final) {
      const row = rows.conversation;
      this.remember(key, {
        buyerId: row.buyerId,
        // As the upsert keeps it: a message without a name keeps the stored one.
        buyerName: row.buyerName ?? c.previous?.buyerName ?? null,
        flowId: c.flowId,
        version: c.version,
        state: final,
        status: final.status,
        handoffQueue: row.handoffQueue,
        unreplied: row.unreplied === 1,
        events: row.events,
      });
    }
    return { outcome: c.outcome, json: c.json, replayed: false };
  }
}

/** The rows of one request: a row per runtime step (then the transcript row), and the conversation. */
function conversationRows(c: Commit, receivedAt: string): ConversationRows {
  const events: EventRow[] = [];
  const last = c.steps.length - 1;
  c.steps.forEach(({ event, result }, i) => {
    const carriesAnswer = i === 0 && c.answerRow === 'first_step';
    events.push(
      eventRowOf({
        messageId: carriesAnswer ? c.messageId : null,
        type: event.type,
        event: carriesAnswer ? c.requestEvent : JSON.stringify(event),
        outputs: result.outputs,
        trace: i === 0 && c.hostTrace.length > 0 ? [...c.hostTrace, ...result.trace] : result.trace,
        stateAfter: i === last ? null : result.state,
        statusAfter: result.state.status,
        response: carriesAnswer ? c.json : null,
      }),
    );
  });
  const final = finalState(c);
  if (!final) throw new Error('a conversation needs a first event');
  if (c.transcript) {
    events.push(
      eventRowOf({
        messageId: c.answerRow === 'transcript' ? c.messageId : null,
        type: c.transcript.type,
        event: c.answerRow === 'transcript' ? c.requestEvent : JSON.stringify(c.transcript.event),
        outputs: emptyOutputs(),
        trace: [],
        stateAfter: null,
        statusAfter: final.status,
        response: c.answerRow === 'transcript' ? c.json : null,
      }),
    );
  }
  const expectedEvents = c.previous?.events ?? 0;
  return {
    shopId: c.shopId,
    conversationId: c.conversationId,
    at: c.at,
    receivedAt,
    flowId: c.flowId,
    version: c.version,
    env: c.envJson,
    events,
    rating: c.rating ? { replyId: c.rating.replyId, resolved: c.rating.resolved ? 1 : 0, reason: c.rating.reason } : null,
    conversation: {
      buyerId: c.buyer.id,
      buyerName: c.buyer.name ?? null,
      state: JSON.stringify(final),
      status: final.status,
      handoffQueue: final.status === 'human' ? (c.outcome.handoff?.queue ?? c.previous?.handoffQueue ?? null) : null,
      unreplied: c.unreplied ? 1 : 0,
      events: expectedEvents + c.steps.length,
      expectedEvents,
      touchesLastMessage: c.touchesLastMessage ? 1 : 0,
    },
  };
}

/** The stored answer to an earlier request with the same message id, or a CONFLICT when it was another request. */
function replay(row: StoredAnswer, messageId: string, conversationId: string, requestEvent: string): Answer {
  if (row.conversationId !== conversationId) {
    throw new ServiceError('CONFLICT', `message id "${messageId}" was already used in another conversation`, [{ path: 'messageId', message: 'already used in another conversation of this shop' }]);
  }
  if (row.event !== requestEvent || row.response === null) {
    throw new ServiceError('CONFLICT', `message id "${messageId}" was already used for a different message`, [{ path: 'messageId', message: 'already used for a different message in this conversation' }]);
  }
  return { outcome: JSON.parse(row.response) as ReplyOutcome, json: row.response, replayed: true };
}

function existing(conversation: ConversationRecord | null, conversationId: string): ConversationRecord {
  if (!conversation) throw new ServiceError('NOT_FOUND', `conversation "${conversationId}" not found`, [{ path: 'conversationId', message: 'no such conversation in this shop' }]);
  return conversation;
}

/** The state a request leaves the conversation in. */
function finalState(c: Commit): ConversationState | null {
  return c.steps.length > 0 ? lastOf(c.steps).result.state : (c.previous?.state ?? null);
}

/** Whether the buyer's next message starts a new session (so the conversation may change version). */
function sessionOver(state: ConversationState, document: FlowDocument, at: string): boolean {
  if (state.status === 'closed') return true;
  if (state.status === 'human') return false;
  return sessionWindowPassed(Date.parse(state.session.lastActivityAt), Date.parse(at), document.settings.sessionWindowSeconds);
}

function storedBuyer(c: ConversationRecord): BuyerProfile {
  return c.buyerName ? { id: c.buyerId, name: c.buyerName } : { id: c.buyerId };
}

/** The env as stored with each event: everything but the clock (the `at` column). */
function envRecord(env: Env): Omit<Env, 'now'> {
  const { now: _now, ...rest } = env;
  return rest;
}
