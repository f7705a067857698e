/**
 * "Save as test" round trip: a preview conversation (shop orders, fixtures, a clock moved to a
 * holiday night, a quick-reply tap, a rating) frozen into a conversation test passes on the same
 * document under the runner the publish gate uses, replays to the same replies in the preview,
 * and fails with a readable difference once a reply of the flow changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationAsTest, eventOfStep, shownReplies, type PreviewEvent, type Turn } from '../../app/preview/as-test';
import { buyerIdOf, type OrdersChoice } from '../../app/preview/circumstances';
import { ConversationTestSchema, type ConversationTest } from '../../flows/conversation-test';
import type { FlowDocument } from '../../flows/document';
import type { ConversationState } from '../../runtime/contract';
import { runConversationTest, testTimeline } from '../../runtime/testing/run-test';
import { createCaller } from '../../server/api/root';
import { getFlow } from '../../server/services/flows';
import type { ReplyView } from '../../server/services/reply-step';
import { DEMO_WORKSPACE_ID } from '../../server/demo/seed';
import { demoActor, seededDb } from './test-db';

let env: Awaited<ReturnType<typeof seededDb>>;
beforeAll(async () => {
  env = await seededDb();
});
afterAll(() => env?.cleanup());

function preview() {
  return createCaller({ db: env.db, actor: demoActor(env.db, 'admin') }).preview;
}

/** Drives the preview as the browser does, keeping each turn with its circumstances. */
async function converse(shopId: string, document: FlowDocument, conversationId: string, script: Array<{ event: (previous: ReplyView[]) => PreviewEvent; at: string; agents?: Turn['agents']; language?: string | null; orders: OrdersChoice }>): Promise<Turn[]> {
  let state: ConversationState | null = null;
  let previous: ReplyView[] = [];
  const turns: Turn[] = [];
  for (const [i, s] of script.entries()) {
    const event = s.event(previous);
    const agents = s.agents ?? { online: 0, available: 0 };
    const language = s.language ?? null;
    const result = await preview().step({
      shopId,
      flowId: 'customer-service',
      version: 'draft',
      document,
      conversationId,
      state,
      event,
      at: s.at,
      agents,
      buyer: { id: buyerIdOf(s.orders), ...(language ? { language } : {}) },
      orders: s.orders.source === 'shop' ? { source: 'shop' } : { source: 'fixtures', fixtures: s.orders.source === 'fixtures' ? s.orders.fixtures : [] },
    });
    state = result.state;
    turns.push({ id: i + 1, event, at: s.at, agents, language, buyerName: '', orders: s.orders, result, error: null });
    const shown = shownReplies(result);
    if (shown.length > 0) previous = shown;
  }
  return turns;
}

const say = (text: string) => () => ({ type: 'buyer_message' as const, text });

describe('save as test', () => {
  it('a Malay conversation at 02:00 on a Kuala Lumpur public holiday about a late order, with the shop’s orders, becomes a passing test', async () => {
    const doc = getFlow(env.db, DEMO_WORKSPACE_ID, 'my-tiktok', 'customer-service').document;
    const orders: OrdersChoice = { source: 'shop', buyerId: 'my-buyer-2' };
    // 2026-12-25 02:00 in Kuala Lumpur (UTC+8), Christmas Day.
    const turns = await converse('my-tiktok', doc, 'preview-kl', [
      { event: say('pesanan saya lambat, bila akan sampai?'), at: '2026-12-24T18:00:00.000Z', language: 'ms', orders },
      { event: (prev) => ({ type: 'feedback', replyId: (prev[0] as ReplyView).id, resolved: false, reason: 'not_useful' }), at: '2026-12-24T18:00:30.000Z', language: 'ms', orders },
    ]);
    const first = turns[0]?.result;
    expect(first?.replies.map((r) => r.kind)).toContain('offline');
    expect(first?.replies.find((r) => r.kind === 'answer')?.text).toContain('578012349999');
    expect(first?.orders.map((o) => o.id)).toContain('578012349999');

    const test = conversationAsTest(turns, { id: 'kl-late', name: 'KL holiday night, late order', shopName: 'Trendy Threads MY', seed: 'preview-kl' });
    expect(test).not.toBeNull();
    // What a file or the API would hold: it goes through the schema untouched.
    const parsed = ConversationTestSchema.parse(JSON.parse(JSON.stringify(test)));
    expect(parsed.context).toMatchObject({ at: '2026-12-24T18:00:00.000Z', buyer: { id: 'my-buyer-2', language: 'ms' }, seed: 'preview-kl' });
    // The orders the lookup saw are frozen into the test, so the test no longer depends on the shop's table.
    expect(parsed.context.orders.map((o) => o.id)).toContain('578012349999');
    expect(new Set(parsed.context.orders.map((o) => o.buyerId))).toEqual(new Set(['my-buyer-2']));
    expect(parsed.steps[0]?.expect).toMatchObject({ handoff: { queue: 'default' }, status: 'human' });
    expect(parsed.steps[0]?.expect.path).toContain('order-overdue');
    expect(parsed.steps[1]?.feedback).toEqual({ reply: 0, resolved: false, reason: 'not_useful' });

    const report = runConversationTest(doc, parsed);
    expect(report.steps.flatMap((s) => s.failures)).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('a tap on a quick reply and fixtures written by hand replay to the same replies, and a changed reply fails with expected and actual', async () => {
    const doc = getFlow(env.db, DEMO_WORKSPACE_ID, 'us-tiktok', 'customer-service').document;
    const fixtures: OrdersChoice = {
      source: 'fixtures',
      fixtures: [{ id: 'FIX-1', buyerId: 'x', status: 'shipped', createdAt: '2026-11-15T10:00:00.000Z', carrier: 'USPS', trackingNumber: '9400FIXTURE0001', items: [{ title: 'Hoodie', quantity: 1 }] }],
    };
    const turns = await converse('us-tiktok', doc, 'preview-us', [
      { event: say('hi'), at: '2026-11-23T17:00:00.000Z', orders: fixtures },
      {
        event: (prev) => {
          const button = prev.flatMap((r) => r.buttons).find((b) => b.payload === 'intent:where_is_parcel');
          if (!button) throw new Error('no tracking button on the greeting');
          return { type: 'buyer_message', text: button.label, payload: button.payload };
        },
        at: '2026-11-23T17:00:05.000Z',
        orders: fixtures,
      },
      // Agents come online: the robot now assists them.
      { event: say('can I talk to a person'), at: '2026-11-23T17:01:00.000Z', agents: { online: 2, available: 1 }, orders: fixtures },
    ]);
    expect(turns[1]?.result?.replies.at(-1)?.text).toContain('9400FIXTURE0001');
    const test = ConversationTestSchema.parse(conversationAsTest(turns, { id: 'tap', name: 'Tap track my package', shopName: 'Trendy Threads US', seed: 'preview-us' }));
    expect(test.steps[1]).toMatchObject({ buyer: 'Track my package', payload: 'intent:where_is_parcel' });
    expect(test.steps[1]?.agents).toBeUndefined();
    expect(test.steps[2]?.agents).toEqual({ online: 2, available: 1 });
    expect(test.context.orders[0]).toMatchObject({ id: 'FIX-1', buyerId: 'preview-buyer' });
    expect(runConversationTest(doc, test).passed).toBe(true);

    // Replayed step by step as "open in preview" does: the same replies.
    const replayed = await replay('us-tiktok', doc, test);
    expect(replayed.map((r) => r.map((x) => x.text))).toEqual(turns.map((t) => t.result?.replies.map((x) => x.text)));

    // The seller rewords the shipped answer: the test fails on that reply, showing both texts.
    const changed: FlowDocument = JSON.parse(JSON.stringify(doc));
    const node = changed.nodes.find((n) => n.id === 'order-shipped') as unknown as { data: { reply: { text: Record<string, string> } } };
    node.data.reply.text.en = 'Your order {order_id} is on its way with {carrier}.';
    const failed = runConversationTest(changed, test);
    expect(failed.passed).toBe(false);
    const failure = failed.steps[1]?.failures.find((f) => f.what.endsWith('.text'));
    expect(failure?.expected).toContain('9400FIXTURE0001');
    expect(failure?.actual).toBe('Your order FIX-1 is on its way with USPS.');
  });
});

async function replay(shopId: string, document: FlowDocument, test: ConversationTest): Promise<ReplyView[][]> {
  const timeline = testTimeline(test);
  let state: ConversationState | null = null;
  let previous: ReplyView[] = [];
  const out: ReplyView[][] = [];
  for (const [i, step] of test.steps.entries()) {
    const event = eventOfStep(step, previous);
    const when = timeline[i];
    if (!event || !when) throw new Error(`step ${i} cannot be replayed`);
    const result = await preview().step({
      shopId,
      flowId: 'customer-service',
      version: 'draft',
      document,
      conversationId: test.context.seed,
      state,
      event,
      at: when.at,
      agents: when.agents,
      buyer: { id: test.context.buyer.id, ...(when.language ? { language: when.language } : {}) },
      orders: { source: 'fixtures', fixtures: test.context.orders },
    });
    state = result.state;
    out.push(result.replies);
    const shown = shownReplies(result);
    if (shown.length > 0) previous = shown;
  }
  return out;
}
