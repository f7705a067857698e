import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db';
import { seedDemo } from '../../server/demo/seed';
import { eventRowOf, type ConversationRows } from '../../server/services/conversation-rows';
import { inlineWriter, WriteRejected, type ConversationWriter } from '../../server/services/conversation-writer';

function rows(conversationId: string, messageId: string, expectedEvents = 0): ConversationRows {
  const state = { v: 1, status: 'bot', marker: `${conversationId}/${messageId}` };
  return {
    shopId: 'us-tiktok',
    conversationId,
    at: '2026-11-23T18:00:00.000Z',
    receivedAt: '2026-11-23T18:00:00.010Z',
    flowId: 'customer-service',
    version: 1,
    env: '{}',
    events: [
      eventRowOf({
        messageId,
        type: 'buyer_message',
        event: JSON.stringify({ type: 'buyer_message', text: 'hi' }),
        outputs: {
          replies: [{ id: `r${expectedEvents + 1}`, nodeId: 'greeting', kind: 'greeting', text: 'Hello', buttons: [], language: 'en', intentId: null }],
          suggestions: [],
          handoff: null,
          effects: [],
          tags: [],
          unreplied: false,
          notes: [],
        },
        trace: [{ type: 'event', message: 'Buyer: "hi"' }],
        stateAfter: null,
        statusAfter: 'bot',
        response: '{"replies":[]}',
      }),
    ],
    rating: null,
    conversation: { buyerId: 'b1', buyerName: null, state: JSON.stringify(state), status: 'bot', handoffQueue: null, unreplied: 0, events: expectedEvents + 1, expectedEvents, touchesLastMessage: 1 },
  };
}

const count = (db: Db, table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('conversation rows written together', () => {
  let dir: string;
  let db: Db;
  let writer: ConversationWriter;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replyflow-writer-'));
    db = openDatabase(join(dir, 'replyflow.db'));
    await seedDemo(db);
    writer = inlineWriter(db.$client);
  });

  afterEach(async () => {
    await writer.close();
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits requests that arrive together, and each hears back after its commit', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => writer.submit(rows(`c${i}`, `m${i}`))));
    expect(count(db, 'conversations')).toBe(40);
    expect(count(db, 'conversation_events')).toBe(40);
    expect(count(db, 'replies')).toBe(40);
    const stored = db.$client.prepare("SELECT (SELECT e.state_after FROM conversation_events e WHERE e.shop_id = c.shop_id AND e.conversation_id = c.id ORDER BY e.seq DESC LIMIT 1) AS state FROM conversations c WHERE id = 'c7'").get() as { state: string };
    expect(JSON.parse(stored.state).marker).toBe('c7/m7');
    const event = db.$client.prepare("SELECT state_after AS stateAfter, trace FROM conversation_events WHERE conversation_id = 'c7'").get() as { stateAfter: string; trace: string };
    expect(JSON.parse(event.trace)).toEqual([{ type: 'event', message: 'Buyer: "hi"' }]);
  });

  it('fails only the request whose conversation changed since it was read; its batch still commits', async () => {
    await writer.submit(rows('c1', 'm1'));
    const results = await Promise.allSettled([writer.submit(rows('c2', 'm2')), writer.submit(rows('c1', 'm1b', 0)), writer.submit(rows('c1', 'm1c', 1))]);
    expect(results[0].status).toBe('fulfilled');
    expect(results[1].status).toBe('rejected');
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(WriteRejected);
    expect(((results[1] as PromiseRejectedResult).reason as WriteRejected).reason).toBe('stale');
    expect(results[2].status).toBe('fulfilled');
    const c1 = db.$client.prepare("SELECT events FROM conversations WHERE id = 'c1'").get() as { events: number };
    expect(c1.events).toBe(2);
    expect(count(db, 'conversation_events')).toBe(3);
  });

  it('tells a message id stored before from other failures, and writes nothing for it', async () => {
    await writer.submit(rows('c1', 'm1'));
    const again = writer.submit(rows('c2', 'm1'));
    await expect(again).rejects.toMatchObject({ reason: 'duplicate_message' });
    expect(count(db, 'conversations')).toBe(1);
    expect(count(db, 'replies')).toBe(1);
  });

  it('writes what was submitted before closing', async () => {
    const pending = Array.from({ length: 10 }, (_, i) => writer.submit(rows(`c${i}`, `m${i}`)));
    await writer.close();
    await Promise.all(pending);
    expect(count(db, 'conversations')).toBe(10);
  });
});
