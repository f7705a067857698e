import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_WORKSPACE_ID } from '../../server/demo/seed';
import { ServiceError } from '../../server/errors';
import { rollback } from '../../server/services/flows';
import { replyService, threadService, type ReplyService } from '../../server/services/reply-service';
import { seededDb } from './test-db';

// The reply engine in its own thread, as the API runs it on a database file.

const options = { ordersTimeoutMs: 1000, walAutocheckpoint: 1000 };
const buyer = { id: 'buyer-thread', name: 'Emma' };
const count = (fixture: Awaited<ReturnType<typeof seededDb>>, sql: string) => (fixture.db.$client.prepare(sql).get() as { n: number }).n;

describe('the reply engine thread', () => {
  let fixture: Awaited<ReturnType<typeof seededDb>>;
  let service: ReplyService;

  beforeEach(async () => {
    fixture = await seededDb();
    service = threadService(fixture.db, join(fixture.dir, 'test.db'), options)!;
  });
  afterEach(async () => {
    await service.close();
    fixture.cleanup();
  });

  it('answers calls made together, each after its commit, and the rows are in the file', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => service.message('us-tiktok', { conversationId: `t${i}`, messageId: `tm${i}`, text: 'where is my parcel', sentAt: '2026-11-23T15:00:00Z', buyer })),
    );
    for (const [i, a] of answers.entries()) {
      const outcome = JSON.parse(a.json);
      expect(outcome.conversationId).toBe(`t${i}`);
      expect(outcome.replies.length).toBeGreaterThan(0);
      expect(a.replayed).toBe(false);
    }
    expect(count(fixture, "SELECT count(*) AS n FROM conversations WHERE id LIKE 't%'")).toBe(30);
    const again = await service.message('us-tiktok', { conversationId: 't3', messageId: 'tm3', text: 'where is my parcel', sentAt: '2026-11-23T15:00:00Z', buyer });
    expect(again).toEqual({ json: answers[3]!.json, replayed: true });
  });

  it('hands back the errors the engine raises with their code, message and fields', async () => {
    await service.message('us-tiktok', { conversationId: 'owned', messageId: 'o1', text: 'hi', buyer });
    const refused = service.message('us-tiktok', { conversationId: 'owned', messageId: 'o2', text: 'hi', buyer: { id: 'someone-else' } });
    await expect(refused).rejects.toBeInstanceOf(ServiceError);
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT', issues: [{ path: 'buyer.id', message: 'differs from the buyer who started this conversation' }] });
    await expect(service.message('no-such-shop', { conversationId: 'x', messageId: 'x1', text: 'hi', buyer })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'shop "no-such-shop" not found' });
  });

  it('a version published by the app reaches a conversation the thread remembers at once', async () => {
    const at = (hour: number, minute: number) => new Date(Date.UTC(2026, 10, 23, hour, minute)).toISOString();
    await service.message('us-tiktok', { conversationId: 'pub', messageId: 'pub1', text: 'hi', sentAt: at(15, 0), buyer });
    const before = await service.message('us-tiktok', { conversationId: 'pub', messageId: 'pub2', text: 'do you have any coupons?', sentAt: at(15, 1), buyer });
    expect(JSON.parse(before.json).flowVersion).toBe(1);
    // Published on the serving connection, as the app does; the thread learns of it through shared memory.
    expect(rollback(fixture.db, DEMO_WORKSPACE_ID, null, 'us-tiktok', 'customer-service', 1).version).toBe(2);
    const after = await service.message('us-tiktok', { conversationId: 'pub', messageId: 'pub3', text: 'hi again', sentAt: at(17, 30), buyer });
    expect(JSON.parse(after.json).flowVersion).toBe(2);
  });

  it('answers what it was asked before closing', async () => {
    const pending = Array.from({ length: 10 }, (_, i) => service.message('us-tiktok', { conversationId: `z${i}`, messageId: `zm${i}`, text: 'hi', buyer }));
    await service.close();
    await Promise.all(pending);
    expect(count(fixture, "SELECT count(*) AS n FROM conversations WHERE id LIKE 'z%'")).toBe(10);
  });
});

it('when the thread cannot work, the calls it held fail and later ones run in this thread', async () => {
  const fixture = await seededDb();
  // The thread cannot open this file: it stops, and the service falls back to the serving connection.
  const service = threadService(fixture.db, join(fixture.dir, 'missing', 'test.db'), options)!;
  try {
    await expect(service.message('us-tiktok', { conversationId: 'f1', messageId: 'f1', text: 'hi', buyer })).rejects.toThrow(/reply engine thread stopped/);
    const answer = await service.message('us-tiktok', { conversationId: 'f2', messageId: 'f2', text: 'hi', buyer });
    expect(JSON.parse(answer.json).replies.length).toBeGreaterThan(0);
    expect(count(fixture, "SELECT count(*) AS n FROM conversations WHERE id = 'f2'")).toBe(1);
  } finally {
    await service.close();
    fixture.cleanup();
  }
});

describe('reply engine threads sharing one file', () => {
  it('spread conversations over the threads, keep each conversation on one, and lose no write', async () => {
    const fixture = await seededDb();
    const service = replyService(fixture.db, { ...options, threads: 3 });
    try {
      // 20 conversations × 4 messages, all in flight together: the threads commit in turn.
      const sends = Array.from({ length: 20 }, async (_, c) => {
        for (const [i, text] of ['hi', 'where is my parcel', 'do you have any coupons?', 'thanks'].entries()) {
          await service.message('us-tiktok', { conversationId: `s${c}`, messageId: `s${c}-${i}`, text, sentAt: `2026-11-23T15:0${i}:00Z`, buyer });
        }
      });
      await Promise.all(sends);
      expect(count(fixture, "SELECT count(*) AS n FROM conversation_events WHERE conversation_id LIKE 's%' AND message_id IS NOT NULL")).toBe(80);
      // Every conversation's stored event count matches its rows: no message was applied to a stale state.
      expect(count(fixture, "SELECT count(*) AS n FROM conversations c WHERE id LIKE 's%' AND events = (SELECT count(*) FROM conversation_events e WHERE e.shop_id = c.shop_id AND e.conversation_id = c.id)")).toBe(20);
      expect(count(fixture, "SELECT count(*) AS n FROM replies WHERE conversation_id LIKE 's%' AND kind = 'greeting'")).toBe(20);
    } finally {
      await service.close();
      fixture.cleanup();
    }
  });
});
