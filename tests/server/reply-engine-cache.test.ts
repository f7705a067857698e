import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db';
import { DEMO_WORKSPACE_ID } from '../../server/demo/seed';
import { ReplyEngine } from '../../server/services/conversations';
import { rollback } from '../../server/services/flows';
import { createOrderSource } from '../../server/services/order-source';
import { snapshot } from '../helpers/db-snapshot';
import { seededDb } from './test-db';

// The engine answers a buyer message to a conversation it wrote last from memory (no read).
// These are the cases where memory is wrong, and the database must win.

const SHOP = 'us-tiktok';
const buyer = { id: 'buyer-cache', name: 'Emma' };
const engineOf = (db: Db) => new ReplyEngine(db, { orders: createOrderSource(db, { timeoutMs: 1000 }) });
const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 15, minute)).toISOString();

describe('the reply engine keeps conversations in memory, and the database still wins', () => {
  let fixture: Awaited<ReturnType<typeof seededDb>>;
  let other: Db;

  beforeEach(async () => {
    fixture = await seededDb();
    // A second connection to the same file: another server process.
    other = openDatabase(join(fixture.dir, 'test.db'));
  });
  afterEach(() => {
    other.$client.close();
    fixture.cleanup();
  });

  it('two processes taking turns in one conversation lose and fork nothing', async () => {
    const engines = [engineOf(fixture.db), engineOf(other)];
    const texts = ['hi', 'do you have any coupons?', 'what size should I get?', 'where is my parcel', 'thanks', 'can I change my address?'];
    const replyIds: string[] = [];
    for (const [i, text] of texts.entries()) {
      const answer = await engines[i % 2]!.message(SHOP, { conversationId: 'c-shared', messageId: `m${i}`, text, sentAt: at(i), buyer });
      expect(answer.replayed).toBe(false);
      replyIds.push(...answer.outcome.replies.map((r) => r.id));
    }
    // Each engine answered from a state the other had moved on: its write was refused and retried from the database.
    expect(new Set(replyIds).size).toBe(replyIds.length);
    const sqlite = fixture.db.$client;
    const stored = sqlite.prepare('SELECT id FROM replies WHERE shop_id = ? AND conversation_id = ? AND suggested = 0 ORDER BY event_seq, id').all(SHOP, 'c-shared') as Array<{ id: string }>;
    expect(stored.map((r) => r.id).sort()).toEqual([...replyIds].sort());
    const messages = sqlite.prepare('SELECT message_id AS id FROM conversation_events WHERE shop_id = ? AND conversation_id = ? AND message_id IS NOT NULL ORDER BY seq').all(SHOP, 'c-shared') as Array<{ id: string }>;
    expect(messages.map((m) => m.id)).toEqual(texts.map((_, i) => `m${i}`));
    const row = sqlite.prepare('SELECT events, (SELECT count(*) FROM conversation_events e WHERE e.shop_id = c.shop_id AND e.conversation_id = c.id) AS n FROM conversations c WHERE shop_id = ? AND id = ?').get(SHOP, 'c-shared') as { events: number; n: number };
    expect(row.events).toBe(row.n);
    // One greeting: the second engine knew the session had started.
    const greetings = sqlite.prepare("SELECT count(*) AS n FROM replies WHERE shop_id = ? AND conversation_id = ? AND kind = 'greeting'").get(SHOP, 'c-shared') as { n: number };
    expect(greetings.n).toBe(1);
  });

  it('a retried message id of a remembered conversation gets the stored answer and changes nothing', async () => {
    const engine = engineOf(fixture.db);
    const first = await engine.message(SHOP, { conversationId: 'c-retry', messageId: 'r1', text: 'hi', sentAt: at(0), buyer });
    const second = await engine.message(SHOP, { conversationId: 'c-retry', messageId: 'r2', text: 'where is my parcel', sentAt: at(1), buyer });
    const before = snapshot(fixture.db.$client);
    for (const [messageId, text, answer] of [['r2', 'where is my parcel', second], ['r1', 'hi', first]] as const) {
      const again = await engine.message(SHOP, { conversationId: 'c-retry', messageId, text, sentAt: at(1), buyer });
      expect(again.replayed).toBe(true);
      expect(again.json).toBe(answer.json);
    }
    expect(snapshot(fixture.db.$client)).toEqual(before);
    // And the conversation goes on from where it was.
    const next = await engine.message(SHOP, { conversationId: 'c-retry', messageId: 'r3', text: 'thanks', sentAt: at(2), buyer });
    expect(next.replayed).toBe(false);
  });

  it('a version published in this process answers a remembered conversation at its next session at once', async () => {
    const engine = engineOf(fixture.db);
    const first = await engine.message(SHOP, { conversationId: 'c-publish', messageId: 'p1', text: 'hi', sentAt: at(0), buyer });
    expect(first.outcome.flowVersion).toBe(1);
    const again = await engine.message(SHOP, { conversationId: 'c-publish', messageId: 'p1b', text: 'do you have any coupons?', sentAt: at(1), buyer });
    expect(again.outcome.flowVersion).toBe(1);
    const { version } = rollback(fixture.db, DEMO_WORKSPACE_ID, null, SHOP, 'customer-service', 1, 'same flow, new version');
    expect(version).toBe(2);
    // Two hours later the session has ended: the conversation moves to the live version.
    const later = await engine.message(SHOP, { conversationId: 'c-publish', messageId: 'p2', text: 'hi again', sentAt: new Date(Date.UTC(2026, 10, 23, 17, 30)).toISOString(), buyer });
    expect(later.outcome.flowVersion).toBe(2);
  });
});
