/**
 * Messages of one conversation arriving at the same moment are applied one at a time: every
 * message is stored once, each step starts from the state the previous one left (no fork, no
 * lost update), and an order lookup's answer is stored right after its own message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyedLock } from '../../server/services/conversation-lock';
import { DEMO_WORKSPACE_ID } from '../../server/demo/seed';
import { updateShop } from '../../server/services/shops';
import { call, demoKeys } from '../helpers/api-client';
import { conversationRow, eventsOf } from '../helpers/db-snapshot';
import { startOrdersEndpoint, type OrdersEndpoint } from '../helpers/orders-endpoint';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let endpoint: OrdersEndpoint;
beforeAll(async () => {
  server = await startTestServer();
  // Lookups take a varying while, so requests overlap inside the server.
  let n = 0;
  endpoint = await startOrdersEndpoint((req) => ({
    delayMs: (n++ * 7) % 25,
    body: { orders: [{ id: 'US-9', buyerId: req.buyerId, status: 'delivered', createdAt: '2026-11-01T00:00:00Z', deliveredAt: '2026-11-05T00:00:00Z', carrier: 'UPS', trackingNumber: '1Z9', items: [] }] },
  }));
  updateShop(server.db, DEMO_WORKSPACE_ID, 'us-tiktok', { ordersEndpoint: endpoint.url });
});
afterAll(async () => {
  await server?.close();
  await endpoint?.close();
});

const TEXTS = ['where is my parcel', 'hi', 'I want a refund', 'do you have coupons', 'what size should I get', 'is it in stock', 'my card was declined', 'thanks'];

describe('50 messages to one conversation at once', () => {
  it('are all stored, in one chain of states, with no fork', async () => {
    const key = demoKeys('us-tiktok').reply;
    const start = Date.parse('2026-11-23T18:00:00Z');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', {
          conversationId: 'burst',
          messageId: `burst-${i}`,
          text: `${TEXTS[i % TEXTS.length]} (${i})`,
          sentAt: new Date(start + i * 1000).toISOString(),
          buyer: { id: 'buyer-burst' },
        }, { key }),
      ),
    );
    for (const a of answers) expect(a.status, a.text).toBe(200);

    const events = eventsOf(server.db.$client, 'us-tiktok', 'burst');
    const messages = events.filter((e) => e.type === 'buyer_message');
    expect(messages).toHaveLength(50);
    expect(new Set(messages.map((e) => e.messageId)).size).toBe(50);
    // Each stored step continues the state of the one before it.
    events.forEach((e, i) => expect(e.stateAfter.counters.events).toBe(i + 1));
    // A lookup's answer directly follows the message that asked for it: nothing ran in between.
    events.forEach((e, i) => {
      if (e.type === 'effect_result') expect(events[i - 1]?.outputs.effects).toHaveLength(1);
      if (e.outputs.effects.length > 0) expect(events[i + 1]?.type).toBe('effect_result');
    });
    expect(events.some((e) => e.type === 'effect_result')).toBe(true);

    const row = conversationRow(server.db.$client, 'us-tiktok', 'burst');
    expect(row?.events).toBe(events.length);
    const state = JSON.parse(row?.state ?? '{}');
    expect(state.counters.events).toBe(events.length);
    // No two answers handed out the same reply id (a fork would repeat them).
    const replyIds = answers.flatMap((a) => [...a.body.replies, ...a.body.suggestions].map((r: { id: string }) => r.id));
    expect(new Set(replyIds).size).toBe(replyIds.length);
    expect(state.counters.replies).toBe(replyIds.length);
    const stored = server.db.$client.prepare("SELECT count(*) AS n FROM replies WHERE shop_id = 'us-tiktok' AND conversation_id = 'burst'").get() as { n: number };
    expect(stored.n).toBe(replyIds.length);
  });
});

describe('the conversation lock', () => {
  it('runs holders of one key one at a time, first come first served, and others in parallel', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const tick = () => new Promise((r) => setTimeout(r, 1));
    const task = (key: string, name: string) =>
      lock.run(key, async () => {
        log.push(`${name}+`);
        await tick();
        await tick();
        log.push(`${name}-`);
      });
    await Promise.all([task('a', 'a1'), task('a', 'a2'), task('b', 'b1'), task('a', 'a3')]);
    const a = log.filter((x) => x.startsWith('a'));
    expect(a).toEqual(['a1+', 'a1-', 'a2+', 'a2-', 'a3+', 'a3-']);
    // b did not wait for a.
    expect(log.indexOf('b1+')).toBeLessThan(log.indexOf('a1-'));
    expect(lock.size).toBe(0);
  });

  it('lets the next holder run after one throws', async () => {
    const lock = new KeyedLock();
    const failing = lock.run('k', () => Promise.reject(new Error('boom')));
    const next = lock.run('k', () => 'ran');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });
});
