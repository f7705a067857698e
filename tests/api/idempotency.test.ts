/**
 * Idempotency on (shop, messageId): a message retried in sequence or at the same moment gets
 * the same answer, byte for byte, is stored once, and never produces a second set of replies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WORKSPACE_ID } from '../../server/demo/seed';
import { updateShop } from '../../server/services/shops';
import { call, demoKeys } from '../helpers/api-client';
import { eventsOf, snapshot } from '../helpers/db-snapshot';
import { startOrdersEndpoint, type OrdersEndpoint } from '../helpers/orders-endpoint';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let endpoint: OrdersEndpoint;
beforeAll(async () => {
  server = await startTestServer();
  // The MY shop reads orders from a slow seller endpoint: retries arrive while the first is still being answered.
  endpoint = await startOrdersEndpoint((req) => ({
    delayMs: 80,
    body: { orders: [{ id: 'MY-1', buyerId: req.buyerId, status: 'shipped', createdAt: '2026-11-20T04:30:00Z', carrier: 'J&T Express', trackingNumber: 'JT99887766MY', items: [] }] },
  }));
  updateShop(server.db, DEMO_WORKSPACE_ID, 'my-tiktok', { ordersEndpoint: endpoint.url });
});
afterAll(async () => {
  await server?.close();
  await endpoint?.close();
});

const replyRows = (shopId: string, conversationId: string) =>
  server.db.$client.prepare('SELECT id, event_seq AS eventSeq, text FROM replies WHERE shop_id = ? AND conversation_id = ? ORDER BY id').all(shopId, conversationId);

describe('a message retried', () => {
  it('five times in a row: the same answer, one stored event, one set of replies, nothing changed', async () => {
    const key = demoKeys('us-tiktok').reply;
    const message = { conversationId: 'idem-seq', messageId: 'idem-seq-1', text: 'hi, where is my parcel?', sentAt: '2026-11-23T18:00:00Z', buyer: { id: 'buyer-1', name: 'Emma' } };
    const first = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', message, { key });
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(first.body.replies.length).toBeGreaterThanOrEqual(2);
    const before = snapshot(server.db.$client);
    for (let i = 0; i < 4; i++) {
      const again = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', message, { key });
      expect(again.status).toBe(200);
      expect(again.text).toBe(first.text);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
    }
    expect(snapshot(server.db.$client)).toEqual(before);
    const events = eventsOf(server.db.$client, 'us-tiktok', 'idem-seq');
    expect(events.filter((e) => e.messageId === 'idem-seq-1')).toHaveLength(1);
    expect(replyRows('us-tiktok', 'idem-seq')).toHaveLength(first.body.replies.length);
  });

  it('by another buyer: refused with the same conflict every time, before and after a replay', async () => {
    const key = demoKeys('us-tiktok').reply;
    const message = { conversationId: 'idem-buyer', messageId: 'idem-buyer-1', text: 'what is your return policy', sentAt: '2026-11-23T18:00:00Z', buyer: { id: 'buyer-1' } };
    const path = '/api/v1/shops/us-tiktok/messages';
    expect((await call(server.url, 'POST', path, message, { key })).status).toBe(200);
    const other = { ...message, buyer: { id: 'buyer-2' } };
    for (const send of [other, message, other]) {
      const r = await call(server.url, 'POST', path, send, { key });
      if (send === message) expect(r.headers.get('idempotent-replayed')).toBe('true');
      else expect([r.status, r.body.error?.issues?.[0]?.path]).toEqual([409, 'buyer.id']);
    }
  });

  it('five times at once (with a slow order lookup in flight): the same answer, stored once', async () => {
    const key = demoKeys('my-tiktok').reply;
    const message = { conversationId: 'idem-par', messageId: 'idem-par-1', text: 'barang saya kat mana', sentAt: '2026-11-23T03:00:00Z', buyer: { id: 'my-buyer-9', language: 'ms' } };
    const lookupsBefore = endpoint.requests.length;
    const answers = await Promise.all(Array.from({ length: 5 }, () => call(server.url, 'POST', '/api/v1/shops/my-tiktok/messages', message, { key })));
    for (const a of answers) expect(a.status, a.text).toBe(200);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    // The order was looked up once, and its tracking number answered.
    expect(endpoint.requests.length - lookupsBefore).toBe(1);
    expect(answers[0]?.text).toContain('JT99887766MY');
    const events = eventsOf(server.db.$client, 'my-tiktok', 'idem-par');
    expect(events.map((e) => [e.type, e.messageId])).toEqual([
      ['buyer_message', 'idem-par-1'],
      ['effect_result', null],
    ]);
    expect(replyRows('my-tiktok', 'idem-par')).toHaveLength(answers[0]?.body.replies.length);
  });

  it('with other content, or in another conversation, is a conflict that changes nothing', async () => {
    const key = demoKeys('us-tiktok').reply;
    const original = { conversationId: 'idem-conflict', messageId: 'idem-c-1', text: 'hi', sentAt: '2026-11-23T18:00:00Z', buyer: { id: 'buyer-2' } };
    expect((await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', original, { key })).status).toBe(200);
    const before = snapshot(server.db.$client);
    const otherText = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', { ...original, text: 'refund please' }, { key });
    expect(otherText.status).toBe(409);
    expect(otherText.body.error).toMatchObject({ code: 'conflict', issues: [{ path: 'messageId' }] });
    const otherConversation = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', { ...original, conversationId: 'idem-elsewhere' }, { key });
    expect(otherConversation.status).toBe(409);
    expect(otherConversation.body.error.issues[0].path).toBe('messageId');
    expect(snapshot(server.db.$client)).toEqual(before);
  });

  it('is scoped to the shop: another shop may use the same message id', async () => {
    const message = { conversationId: 'idem-shop', messageId: 'shared-id-1', text: 'hi', sentAt: '2026-11-23T18:00:00Z', buyer: { id: 'b' } };
    const us = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', message, { key: demoKeys('us-tiktok').reply });
    const cn = await call(server.url, 'POST', '/api/v1/shops/cn-douyin/messages', message, { key: demoKeys('cn-douyin').reply });
    expect(us.status).toBe(200);
    expect(cn.status).toBe(200);
    expect(cn.headers.get('idempotent-replayed')).toBeNull();
    expect(cn.text).not.toBe(us.text);
  });

  it('as a rating or an agent event with a message id is applied once', async () => {
    const key = demoKeys('us-tiktok').reply;
    const hello = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', { conversationId: 'idem-fb', messageId: 'idem-fb-1', text: 'do you have any coupons?', sentAt: '2026-11-23T18:00:00Z', buyer: { id: 'buyer-3' } }, { key });
    const replyId = hello.body.replies.find((r: { kind: string }) => r.kind === 'answer').id;
    const rating = { conversationId: 'idem-fb', replyId, resolved: false, reason: 'not_useful', messageId: 'idem-fb-rating' };
    const first = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/feedback', rating, { key });
    expect(first.status).toBe(200);
    expect(first.body.handoff).toMatchObject({ reason: 'unresolved_rating' });
    const before = snapshot(server.db.$client);
    const again = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/feedback', rating, { key });
    expect(again.text).toBe(first.text);
    const note = { type: 'agent_message', text: 'Hello, Carlos here.', messageId: 'idem-fb-agent' };
    const agent = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/conversations/idem-fb/agent-events', note, { key });
    expect(agent.status).toBe(200);
    const afterAgent = snapshot(server.db.$client);
    expect(afterAgent.conversation_events?.rows).toBe((before.conversation_events?.rows ?? 0) + 1);
    const agentAgain = await call(server.url, 'POST', '/api/v1/shops/us-tiktok/conversations/idem-fb/agent-events', note, { key });
    expect(agentAgain.text).toBe(agent.text);
    expect(snapshot(server.db.$client)).toEqual(afterAgent);
  });
});

describe('one message id sent to two conversations at the same moment', () => {
  it('is stored once: one answer, one conflict, and the messages around them are unaffected', async () => {
    const key = demoKeys('us-tiktok').reply;
    const at = '2026-11-23T18:00:00Z';
    const racing = ['race-a', 'race-b'].map((conversationId) => call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', { conversationId, messageId: 'race-1', text: 'hi', sentAt: at, buyer: { id: 'buyer-1' } }, { key }));
    const others = Array.from({ length: 8 }, (_, i) => call(server.url, 'POST', '/api/v1/shops/us-tiktok/messages', { conversationId: `race-other-${i}`, messageId: `race-other-${i}`, text: 'do you have any coupons?', sentAt: at, buyer: { id: 'buyer-1' } }, { key }));
    const [a, b] = await Promise.all(racing);
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    for (const o of await Promise.all(others)) expect(o.status, o.text).toBe(200);
    const rows = server.db.$client.prepare("SELECT conversation_id AS c FROM conversation_events WHERE shop_id = 'us-tiktok' AND message_id = 'race-1'").all();
    expect(rows).toHaveLength(1);
    const loser = a?.status === 409 ? 'race-a' : 'race-b';
    expect(server.db.$client.prepare("SELECT count(*) AS n FROM conversations WHERE shop_id = 'us-tiktok' AND id = ?").get(loser)).toEqual({ n: 0 });
    expect(server.db.$client.prepare("SELECT count(*) AS n FROM conversation_events WHERE shop_id = 'us-tiktok' AND conversation_id LIKE 'race-other-%'").get()).toEqual({ n: 8 });
  });
});
