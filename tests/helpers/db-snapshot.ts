/** What the database holds, table by table: row counts and checksums, to prove a request changed nothing. */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export type Snapshot = Record<string, { rows: number; sha256: string }>;

export function snapshot(sqlite: Database.Database): Snapshot {
  const tables = sqlite.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
  const out: Snapshot = {};
  for (const { name } of tables) {
    const rows = sqlite.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`).raw().all();
    out[name] = { rows: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
  }
  return out;
}

export interface EventRow {
  seq: number;
  type: string;
  messageId: string | null;
  at: string;
  version: number;
  event: Record<string, unknown>;
  outputs: { replies: Array<{ id: string; text: string }>; handoff: unknown; effects: unknown[] };
  stateAfter: { status: string; counters: { events: number; replies: number } };
  response: string | null;
}

/** A conversation's stored events in order. */
export function eventsOf(sqlite: Database.Database, shopId: string, conversationId: string): EventRow[] {
  return sqlite
    .prepare<[string, string], Record<string, unknown>>(
      'SELECT seq, type, message_id AS messageId, at, version, event, outputs, state_after AS stateAfter, response FROM conversation_events WHERE shop_id = ? AND conversation_id = ? ORDER BY seq',
    )
    .all(shopId, conversationId)
    .map((r) => ({ ...r, event: JSON.parse(r.event as string), outputs: JSON.parse(r.outputs as string), stateAfter: JSON.parse(r.stateAfter as string) }) as EventRow);
}

export function conversationRow(sqlite: Database.Database, shopId: string, conversationId: string) {
  return sqlite
    .prepare<[string, string], { status: string; version: number; flowId: string; events: number; state: string; unreplied: number; handoffQueue: string | null }>(
      // The current state is the latest event's.
      'SELECT status, version, flow_id AS flowId, events, (SELECT e.state_after FROM conversation_events e WHERE e.shop_id = c.shop_id AND e.conversation_id = c.id ORDER BY e.seq DESC LIMIT 1) AS state, unreplied, handoff_queue AS handoffQueue FROM conversations c WHERE shop_id = ? AND id = ?',
    )
    .get(shopId, conversationId);
}
