import { describe, expect, it } from 'vitest';
import { stepWithEffects, stepWithOrders } from '../../runtime/host/effects';
import { Conversation, parseFlow } from '../fixtures/driver';
import { miniFlow } from '../fixtures/mini-flow';

const flow = parseFlow(miniFlow());
const order = { id: 'SO1', buyerId: 'buyer-1', status: 'shipped' as const, createdAt: '2026-11-10T03:00:00Z', carrier: 'UPS', trackingNumber: '1Z9', items: [] };

describe('hosting effects', () => {
  it('the async host loop and the fixture loop give the same result', async () => {
    const env = new Conversation(flow, '2026-11-23T02:00:00Z').env();
    const event = { type: 'buyer_message' as const, text: 'where is my parcel' };
    const viaHost = await stepWithEffects(flow, null, event, env, async (effect) => ({ type: 'effect_result', effectId: effect.id, ok: true, orders: [order] }));
    const viaFixtures = stepWithOrders(flow, null, event, env, [order]);
    expect(JSON.stringify(viaHost)).toBe(JSON.stringify(viaFixtures));
    expect(viaHost.outputs.replies.at(-1)?.text).toBe('Order SO1 shipped with UPS, tracking 1Z9.');
    expect(viaHost.outputs.effects).toHaveLength(1);
  });

  it('only the buyer\'s own orders are fed back', () => {
    const env = new Conversation(flow, '2026-11-23T02:00:00Z').env();
    const r = stepWithOrders(flow, null, { type: 'buyer_message', text: 'tracking' }, env, [{ ...order, buyerId: 'someone-else' }]);
    expect(r.outputs.replies.at(-1)?.text).toBe('I could not find an order.');
  });
});
