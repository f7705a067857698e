/**
 * Orders: pushed with PUT and then used to answer, and a shop's own orders endpoint, whose
 * failures (timeout, error status, wrong body) become "order data unavailable" for the flow,
 * never a failed request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WORKSPACE_ID } from '../../server/demo/seed';
import { updateShop } from '../../server/services/shops';
import { call, demoKeys, type Loose } from '../helpers/api-client';
import { eventsOf } from '../helpers/db-snapshot';
import { startOrdersEndpoint, type Behaviour, type OrdersEndpoint } from '../helpers/orders-endpoint';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let endpoint: OrdersEndpoint;
let behaviour: Behaviour = { body: { orders: [] } };
beforeAll(async () => {
  server = await startTestServer({ REPLYFLOW_ORDERS_TIMEOUT_MS: '300' });
  endpoint = await startOrdersEndpoint(() => behaviour);
});
afterAll(async () => {
  await server?.close();
  await endpoint?.close();
});

const key = demoKeys('us-tiktok').reply;
let n = 0;
async function ask(shop: string, conversationId: string, buyerId: string, text: string) {
  const res = await call(server.url, 'POST', `/api/v1/shops/${shop}/messages`, { conversationId, messageId: `${conversationId}-${++n}`, text, sentAt: '2026-11-23T18:00:00Z', buyer: { id: buyerId } }, { key: demoKeys(shop).reply });
  expect(res.status, res.text).toBe(200);
  return res.body as Loose;
}

describe('PUT /orders/{orderId}', () => {
  it('stores the order (id from the path) and the bot answers from it', async () => {
    const order = { buyerId: 'buyer-new', status: 'shipped', createdAt: '2026-11-20T10:00:00Z', carrier: 'USPS', trackingNumber: '9400000000000000000001', items: [{ title: 'Beanie', quantity: 1 }] };
    const res = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/orders/US777', order, { key });
    expect(res.status, res.text).toBe(200);
    expect(res.body.order).toMatchObject({ id: 'US777', ...order });
    const again = await call(server.url, 'PUT', '/api/v1/shops/us-tiktok/orders/US777', { ...order, id: 'US777', status: 'delivered', deliveredAt: '2026-11-22T10:00:00Z' }, { key });
    expect(again.status).toBe(200);
    const stored = server.db.$client.prepare("SELECT buyer_id AS buyerId, data FROM orders WHERE shop_id = 'us-tiktok' AND id = 'US777'").all() as Array<{ buyerId: string; data: string }>;
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]?.data ?? '{}').status).toBe('delivered');
    const body = await ask('us-tiktok', 'ord-put', 'buyer-new', 'where is my parcel US777');
    expect(body.replies.at(-1).nodeId).toBe('order-delivered');
  });

  it('stores nothing for another shop with this key', async () => {
    const res = await call(server.url, 'PUT', '/api/v1/shops/cn-douyin/orders/X1', { buyerId: 'b', status: 'shipped', createdAt: '2026-11-20T10:00:00Z' }, { key });
    expect(res.status).toBe(403);
    expect(server.db.$client.prepare("SELECT count(*) AS n FROM orders WHERE id = 'X1'").get()).toEqual({ n: 0 });
  });
});

describe("a shop's own orders endpoint", () => {
  beforeAll(() => {
    updateShop(server.db, DEMO_WORKSPACE_ID, 'cn-douyin', { ordersEndpoint: endpoint.url });
  });

  const lastLookup = (conversationId: string) => eventsOf(server.db.$client, 'cn-douyin', conversationId).find((e) => e.type === 'effect_result')?.event as Loose;

  it('is asked for the buyer and its orders answer the question', async () => {
    behaviour = {
      body: {
        orders: [
          { id: 'DY-EP-1', buyerId: 'ep-buyer', status: 'shipped', createdAt: '2026-11-20T10:00:00Z', carrier: '顺丰速运', trackingNumber: 'SF000111222', items: [] },
          // Another buyer's order must never be shown, whatever the endpoint returns.
          { id: 'DY-EP-2', buyerId: 'someone-else', status: 'shipped', createdAt: '2026-11-21T10:00:00Z', carrier: '顺丰速运', trackingNumber: 'SF999', items: [] },
        ],
      },
    };
    const before = endpoint.requests.length;
    const body = await ask('cn-douyin', 'ep-ok', 'ep-buyer', '我的快递到哪了');
    expect(endpoint.requests.slice(before)).toEqual([{ shopId: 'cn-douyin', buyerId: 'ep-buyer', orderId: null }]);
    expect(body.replies.at(-1).text).toContain('SF000111222');
    expect(JSON.stringify(body)).not.toContain('SF999');
    expect(lastLookup('ep-ok')).toMatchObject({ ok: true, orders: [{ id: 'DY-EP-1' }] });
  });

  it.each<[string, Behaviour, RegExp]>([
    ['no answer within the timeout', { delayMs: 1500, body: { orders: [] } }, /did not answer within 300 ms/],
    ['an error status', { status: 503, body: { message: 'down' } }, /HTTP 503/],
    ['a body that is not JSON', { body: '<html>oops</html>' }, /not JSON/],
    ['a body of another shape', { body: { orders: [{ id: 1 }] } }, /orders\.0\.id/],
  ])('%s becomes a failed lookup, and the buyer still gets an answer', async (_name, b, error) => {
    behaviour = b;
    const conversationId = `ep-fail-${++n}`;
    const body = await ask('cn-douyin', conversationId, 'ep-buyer', '我的快递到哪了');
    // Not "you have no orders": the buyer hears that the order system did not answer.
    expect(body.replies.map((r: { nodeId: string }) => r.nodeId)).toContain('order-unavailable');
    expect(body.replies.map((r: { nodeId: string }) => r.nodeId)).not.toContain('order-not-found');
    const lookup = lastLookup(conversationId);
    expect(lookup.ok).toBe(false);
    expect(lookup.error).toMatch(error);
  });

  it('unreachable becomes a failed lookup too', async () => {
    updateShop(server.db, DEMO_WORKSPACE_ID, 'cn-douyin', { ordersEndpoint: 'http://127.0.0.1:1/orders' });
    const body = await ask('cn-douyin', 'ep-down', 'ep-buyer', '我的快递到哪了');
    expect(body.replies.length).toBeGreaterThan(0);
    expect(lastLookup('ep-down')).toMatchObject({ ok: false, error: expect.stringMatching(/could not be reached/) });
  });
});
