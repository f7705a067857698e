/**
 * A whole conversation through the HTTP API for each demo shop: welcome, an order question
 * answered from the shop's seeded orders, a request for a human (handoff), the agent handing
 * the conversation back, and the bot answering again without a second welcome.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, demoKeys, type Loose } from '../helpers/api-client';
import { conversationRow, eventsOf } from '../helpers/db-snapshot';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

interface Script {
  shop: string;
  buyer: { id: string; name: string; language?: string };
  start: string;
  hello: { text: string; greeting: string };
  order: { question: string; pick: string; tracking: string };
  human: string;
  /** A question answered after the agent handed the conversation back. */
  after: { text: string; contains: string };
  language: string;
}

const SCRIPTS: Script[] = [
  {
    shop: 'us-tiktok',
    buyer: { id: 'buyer-1', name: 'Emma' },
    start: '2026-11-23T18:00:00Z',
    hello: { text: 'hi', greeting: 'Hi Emma' },
    order: { question: 'where is my parcel', pick: 'order:US20261101', tracking: '9400111899223344556677' },
    human: 'I want to talk to a human',
    after: { text: 'do you have any coupons?', contains: 'Vouchers' },
    language: 'en',
  },
  {
    shop: 'cn-douyin',
    buyer: { id: 'dy-buyer-1', name: '小林' },
    start: '2026-11-23T03:00:00Z',
    hello: { text: '你好', greeting: '小林，您好' },
    order: { question: '我的快递到哪了', pick: 'order:6931234567001', tracking: '78312345678901' },
    human: '转人工',
    after: { text: '有优惠券吗', contains: '券' },
    language: 'zh',
  },
  {
    shop: 'my-tiktok',
    buyer: { id: 'my-buyer-1', name: 'Aisyah', language: 'ms' },
    start: '2026-11-23T03:00:00Z',
    hello: { text: 'hai', greeting: 'Aisyah' },
    order: { question: 'barang saya kat mana', pick: 'order:578012340001', tracking: 'JT0012345678MY' },
    human: 'nak cakap dengan orang',
    after: { text: 'ada baucar diskaun?', contains: 'Baucar' },
    language: 'ms',
  },
];

describe.each(SCRIPTS)('a conversation with $shop', (s) => {
  const conversationId = `whole-${s.shop}`;
  const key = demoKeys(s.shop).reply;
  let clock = Date.parse(s.start);
  let n = 0;
  const say = async (content: { text?: string; button?: { payload: string } }) => {
    clock += 40_000;
    n += 1;
    const res = await call(server.url, 'POST', `/api/v1/shops/${s.shop}/messages`, { conversationId, messageId: `${conversationId}-${n}`, ...content, sentAt: new Date(clock).toISOString(), buyer: s.buyer }, { key });
    expect(res.status, res.text).toBe(200);
    expect(res.body.conversationId).toBe(conversationId);
    expect(res.body.messageId).toBe(`${conversationId}-${n}`);
    return res.body as Loose;
  };

  it('welcomes the buyer in their language', async () => {
    const body = await say({ text: s.hello.text });
    expect(body.replies).toHaveLength(1);
    expect(body.replies[0]).toMatchObject({ kind: 'greeting', nodeId: 'greeting', language: s.language });
    expect(body.replies[0].text).toContain(s.hello.greeting);
    expect(body.replies[0].buttons.length).toBeGreaterThan(0);
    expect(body).toMatchObject({ status: 'bot', handoff: null, suggestions: [], flowVersion: 1, flowId: 'customer-service' });
  });

  it("answers an order question from the shop's orders", async () => {
    const ask = await say({ text: s.order.question });
    // Two open orders: the bot guesses the latest and lets the buyer pick.
    const choice = ask.replies.at(-1);
    expect(choice.nodeId).toBe('order-lookup');
    expect(choice.buttons.map((b: Loose) => b.payload)).toContain(s.order.pick);
    const answer = await say({ button: { payload: s.order.pick } });
    expect(answer.replies[0]).toMatchObject({ kind: 'answer', nodeId: 'order-shipped', language: s.language });
    expect(answer.replies[0].text).toContain(s.order.tracking);
    // The lookup was executed by the server and stored as its own event.
    const types = eventsOf(server.db.$client, s.shop, conversationId).map((e) => e.type);
    expect(types).toEqual(['buyer_message', 'buyer_message', 'effect_result', 'buyer_message']);
  });

  it('hands over when the buyer asks for a human', async () => {
    const body = await say({ text: s.human });
    expect(body.handoff).toEqual({ queue: 'default', reason: 'buyer_request' });
    expect(body.status).toBe('human');
    expect(body.unreplied).toBe(true);
    const row = conversationRow(server.db.$client, s.shop, conversationId);
    expect(row).toMatchObject({ status: 'human', handoffQueue: 'default', unreplied: 1 });
    const handoffs = server.db.$client.prepare('SELECT queue, reason FROM handoffs WHERE shop_id = ? AND conversation_id = ?').all(s.shop, conversationId);
    expect(handoffs).toEqual([{ queue: 'default', reason: 'buyer_request' }]);
    // While the agent has it, the bot stays silent.
    const silent = await say({ text: s.order.question });
    expect(silent.replies).toEqual([]);
    expect(silent.status).toBe('human');
  });

  it('answers again after the agent releases the conversation, without a second welcome', async () => {
    const released = await call(server.url, 'POST', `/api/v1/shops/${s.shop}/conversations/${conversationId}/agent-events`, { type: 'release', sentAt: new Date(clock + 1000).toISOString() }, { key });
    expect(released.status, released.text).toBe(200);
    expect(released.body).toMatchObject({ conversationId, messageId: null, replies: [], status: 'bot', handoff: null });
    const body = await say({ text: s.after.text });
    expect(body.status).toBe('bot');
    expect(body.replies.map((r: Loose) => r.kind)).not.toContain('greeting');
    expect(body.replies[0].text).toContain(s.after.contains);
    const row = conversationRow(server.db.$client, s.shop, conversationId);
    expect(row).toMatchObject({ status: 'bot', handoffQueue: null, unreplied: 0 });
    // Every runtime step is one stored event, and the state counts them.
    const events = eventsOf(server.db.$client, s.shop, conversationId);
    expect(row?.events).toBe(events.length);
    expect(JSON.parse(row?.state ?? '{}').counters.events).toBe(events.length);
  });
});
