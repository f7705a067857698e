/**
 * The rows one request of the reply engine stores, as flat data ready for SQLite, and the one
 * function that writes them. The JSON columns (outputs, trace, states) arrive already
 * serialised, and the reply and handoff rows already derived from the outputs (`eventRowOf`),
 * so writing only binds and inserts.
 *
 * A batch of requests' rows is written in one transaction (group commit). When one request of
 * the batch fails, the batch is rolled back and each request is written on its own, so only the
 * failing one fails. A request fails as `stale` when the conversation's stored event count is no
 * longer the one its state was computed from (another process wrote it in between).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Outputs, OutReply } from '../../runtime/contract';

/** A reply (sent, or suggested to an agent) of an event, as its `replies` row. */
export interface ReplyRow {
  id: string;
  nodeId: string;
  kind: string;
  text: string;
  language: string;
  intentId: string | null;
  suggested: 0 | 1;
}

/** One row of `conversation_events`, with the reply and handoff rows of its outputs. JSON columns are JSON text. */
export interface EventRow {
  messageId: string | null;
  type: string;
  event: string;
  outputs: string;
  trace: string;
  /** The state after this event; null: the conversation's final state (`conversation.state`, stored with its last event). */
  stateAfter: string | null;
  statusAfter: string;
  response: string | null;
  replies: ReplyRow[];
  handoff: { queue: string; reason: string } | null;
}

/** Everything one request writes. */
export interface ConversationRows {
  shopId: string;
  conversationId: string;
  at: string;
  receivedAt: string;
  flowId: string;
  version: number;
  env: string;
  events: EventRow[];
  rating: { replyId: string; resolved: 0 | 1; reason: string | null } | null;
  conversation: {
    buyerId: string;
    buyerName: string | null;
    /** JSON text: the state the request leaves the conversation in, stored as its last event's state_after. */
    state: string;
    status: string;
    handoffQueue: string | null;
    unreplied: 0 | 1;
    /** The stored event count after this request, and the one it was computed from. */
    events: number;
    expectedEvents: number;
    touchesLastMessage: 0 | 1;
  };
}

export type WriteOutcome = { ok: true } | { ok: false; reason: 'stale' | 'duplicate_message' | 'error'; message: string };

interface Statements {
  insertEvent: Statement;
  insertReply: Statement;
  insertHandoff: Statement;
  rateReply: Statement;
  upsertConversation: Statement;
  batch: (all: ConversationRows[]) => void;
  one: (rows: ConversationRows) => void;
}

const PREPARED = new WeakMap<Database, Statements>();

class Stale extends Error {}

function statementsOf(sqlite: Database): Statements {
  const known = PREPARED.get(sqlite);
  if (known) return known;
  const s: Omit<Statements, 'batch' | 'one'> = {
    // No RETURNING: the row id comes from lastInsertRowid (RETURNING read through run() keeps the WAL from resetting).
    insertEvent: sqlite.prepare(
      `INSERT INTO conversation_events (shop_id, conversation_id, message_id, type, at, received_at, flow_id, version, event, env, outputs, trace, state_after, status_after, response)
       VALUES (@shopId, @conversationId, @messageId, @type, @at, @receivedAt, @flowId, @version, @event, @env, @outputs, @trace, @stateAfter, @statusAfter, @response)`,
    ),
    // A reply id repeats only after a runtime bug rolled its counter back: keep the first.
    insertReply: sqlite.prepare(
      `INSERT INTO replies (shop_id, conversation_id, id, event_seq, node_id, kind, text, language, intent_id, suggested)
       VALUES (@shopId, @conversationId, @id, @eventSeq, @nodeId, @kind, @text, @language, @intentId, @suggested)
       ON CONFLICT (shop_id, conversation_id, id) DO NOTHING`,
    ),
    insertHandoff: sqlite.prepare('INSERT INTO handoffs (shop_id, conversation_id, event_seq, queue, reason, at) VALUES (@shopId, @conversationId, @eventSeq, @queue, @reason, @at)'),
    rateReply: sqlite.prepare('UPDATE replies SET resolved = @resolved, rating_reason = @reason WHERE shop_id = @shopId AND conversation_id = @conversationId AND id = @replyId'),
    upsertConversation: sqlite.prepare(
      `INSERT INTO conversations (shop_id, id, buyer_id, buyer_name, flow_id, version, status, handoff_queue, unreplied, started_at, last_message_at, events)
       VALUES (@shopId, @id, @buyerId, @buyerName, @flowId, @version, @status, @handoffQueue, @unreplied, @at, @at, @events)
       ON CONFLICT (shop_id, id) DO UPDATE SET
         buyer_name = coalesce(excluded.buyer_name, buyer_name),
         flow_id = excluded.flow_id,
         version = excluded.version,
         status = excluded.status,
         handoff_queue = excluded.handoff_queue,
         unreplied = excluded.unreplied,
         last_message_at = CASE WHEN @touchesLastMessage THEN max(last_message_at, excluded.last_message_at) ELSE last_message_at END,
         events = excluded.events
       WHERE conversations.events = @expectedEvents`,
    ),
  };
  const write = (rows: ConversationRows) => writeOne(s, rows);
  const batch = sqlite.transaction((all: ConversationRows[]) => all.forEach(write));
  const one = sqlite.transaction(write);
  const statements: Statements = { ...s, batch: (all) => batch.immediate(all), one: (rows) => one.immediate(rows) };
  PREPARED.set(sqlite, statements);
  return statements;
}

function writeOne(s: Omit<Statements, 'batch' | 'one'>, r: ConversationRows): void {
  const { shopId, conversationId, at } = r;
  const c = r.conversation;
  // The conversation's state lives in its last event's row.
  if (r.events.length === 0) throw new Error('a request stores at least one event');
  for (const e of r.events) {
    const eventSeq = Number(
      s.insertEvent.run({
        shopId,
        conversationId,
        messageId: e.messageId,
        type: e.type,
        at,
        receivedAt: r.receivedAt,
        flowId: r.flowId,
        version: r.version,
        event: e.event,
        env: r.env,
        outputs: e.outputs,
        trace: e.trace,
        stateAfter: e.stateAfter ?? c.state,
        statusAfter: e.statusAfter,
        response: e.response,
      }).lastInsertRowid,
    );
    for (const reply of e.replies) s.insertReply.run({ shopId, conversationId, eventSeq, ...reply });
    if (e.handoff) s.insertHandoff.run({ shopId, conversationId, eventSeq, queue: e.handoff.queue, reason: e.handoff.reason, at });
  }
  if (r.rating) s.rateReply.run({ shopId, conversationId, ...r.rating });
  const { state: _state, ...row } = c;
  const changed = s.upsertConversation.run({ shopId, id: conversationId, flowId: r.flowId, version: r.version, at, ...row }).changes;
  if (changed !== 1) throw new Stale();
}

/**
 * An event's row from a runtime step's results: JSON columns serialised, and the reply rows:
 * sent replies, then suggestions not also sent (in assist mode with auto-send a reply is both:
 * stored once, as sent).
 */
export function eventRowOf(e: {
  messageId: string | null;
  type: string;
  event: string;
  outputs: Outputs;
  trace: unknown;
  stateAfter: unknown;
  statusAfter: string;
  response: string | null;
}): EventRow {
  const sent = new Set<string>();
  const replies: ReplyRow[] = [];
  const row = (r: OutReply, suggested: 0 | 1): ReplyRow => ({ id: r.id, nodeId: r.nodeId, kind: r.kind, text: r.text, language: r.language, intentId: r.intentId, suggested });
  for (const r of e.outputs.replies) {
    sent.add(r.id);
    replies.push(row(r, 0));
  }
  for (const r of e.outputs.suggestions) if (!sent.has(r.id)) replies.push(row(r, 1));
  const handoff = e.outputs.handoff ? { queue: e.outputs.handoff.queue, reason: e.outputs.handoff.reason } : null;
  return {
    messageId: e.messageId,
    type: e.type,
    event: e.event,
    outputs: JSON.stringify(e.outputs),
    trace: JSON.stringify(e.trace),
    stateAfter: e.stateAfter === null ? null : JSON.stringify(e.stateAfter),
    statusAfter: e.statusAfter,
    response: e.response,
    replies,
    handoff,
  };
}

function failure(e: unknown): WriteOutcome {
  if (e instanceof Stale) return { ok: false, reason: 'stale', message: 'the conversation changed since it was read' };
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  return { ok: false, reason: code === 'SQLITE_CONSTRAINT_UNIQUE' ? 'duplicate_message' : 'error', message };
}

/** Writes the requests' rows: all in one transaction, or (when one fails) each on its own. */
export function writeConversationRows(sqlite: Database, all: ConversationRows[]): WriteOutcome[] {
  const s = statementsOf(sqlite);
  try {
    s.batch(all);
    return all.map(() => ({ ok: true }));
  } catch {
    // Rolled back as a whole: below, each request on its own.
  }
  return all.map((rows) => {
    try {
      s.one(rows);
      return { ok: true };
    } catch (e) {
      return failure(e);
    }
  });
}
