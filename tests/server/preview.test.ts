/**
 * Preview equals production: the same buyer messages, taps and ratings with the same clock,
 * agents and buyer, sent to the production HTTP API and through `preview.step` on the published
 * version (orders from the shop), give the same replies, suggestions, handoff, status and the
 * same conversation state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../../server/api/root';
import type { ConversationState } from '../../runtime/contract';
import { pathOf, type PreviewStepInput, type PreviewStepResult } from '../../server/services/preview';
import { call, demoKeys, type Loose } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { demoActor } from './test-db';

const SHOP = 'us-tiktok';
const FLOW = 'customer-service';

let server: TestServer;
let version: number;
beforeAll(async () => {
  server = await startTestServer();
  const row = server.db.$client.prepare('SELECT live_flow_id AS flowId, live_version AS version FROM shops WHERE id = ?').get(SHOP) as { flowId: string; version: number };
  expect(row.flowId).toBe(FLOW);
  version = row.version;
});
afterAll(async () => {
  await server?.close();
});

type Agents = { online: number; available: number };
type Buyer = { id: string; name?: string; language?: string };
type Input = { text: string } | { button: { payload: string; label: string } } | { rate: { last: true; resolved: boolean; reason?: 'not_useful' } };

interface Circumstances {
  at: string;
  agents: Agents;
}

/** One conversation, driven the same way through the HTTP API and through the preview. */
class Twin {
  private n = 0;
  private state: ConversationState | null = null;
  private lastReplyId: string | null = null;
  constructor(
    private readonly conversationId: string,
    private readonly buyer: Buyer,
  ) {}

  private preview() {
    return createCaller({ db: server.db, actor: demoActor(server.db, 'viewer') }).preview;
  }

  async send(input: Input, c: Circumstances): Promise<{ production: Loose; preview: PreviewStepResult }> {
    const key = demoKeys(SHOP).reply;
    const messageId = `${this.conversationId}-${++this.n}`;
    let res;
    let event: PreviewStepInput['event'];
    if ('rate' in input) {
      if (!this.lastReplyId) throw new Error('nothing to rate');
      const rating = { replyId: this.lastReplyId, resolved: input.rate.resolved, ...(input.rate.reason ? { reason: input.rate.reason } : {}) };
      res = await call(server.url, 'POST', `/api/v1/shops/${SHOP}/feedback`, { conversationId: this.conversationId, messageId, sentAt: c.at, agents: c.agents, ...rating }, { key });
      event = { type: 'feedback', ...rating };
    } else if ('button' in input) {
      res = await call(server.url, 'POST', `/api/v1/shops/${SHOP}/messages`, { conversationId: this.conversationId, messageId, text: input.button.label, button: { payload: input.button.payload }, sentAt: c.at, agents: c.agents, buyer: this.buyer }, { key });
      event = { type: 'buyer_message', text: input.button.label, payload: input.button.payload };
    } else {
      res = await call(server.url, 'POST', `/api/v1/shops/${SHOP}/messages`, { conversationId: this.conversationId, messageId, text: input.text, sentAt: c.at, agents: c.agents, buyer: this.buyer }, { key });
      event = { type: 'buyer_message', text: input.text };
    }
    expect(res.status, res.text).toBe(200);
    const preview = await this.preview().step({
      shopId: SHOP,
      flowId: FLOW,
      version,
      conversationId: this.conversationId,
      state: this.state,
      event,
      at: c.at,
      agents: c.agents,
      buyer: this.buyer,
      orders: { source: 'shop' },
    });
    this.state = preview.state;
    const shown = [...preview.replies, ...preview.suggestions];
    this.lastReplyId = shown.at(-1)?.id ?? this.lastReplyId;

    const production = res.body as Loose;
    // The answer a buyer gets: every field of every reply, suggestion, the handoff and status.
    expect(preview.replies).toEqual(production.replies);
    expect(preview.suggestions).toEqual(production.suggestions);
    expect(preview.handoff).toEqual(production.handoff);
    expect(preview.status).toBe(production.status);
    expect(preview.unreplied).toBe(production.unreplied);
    // And the conversation's memory, byte for byte.
    const stored = server.db.$client.prepare('SELECT (SELECT e.state_after FROM conversation_events e WHERE e.shop_id = c.shop_id AND e.conversation_id = c.id ORDER BY e.seq DESC LIMIT 1) AS state FROM conversations c WHERE shop_id = ? AND id = ?').get(SHOP, this.conversationId) as { state: string };
    expect(JSON.stringify(preview.state)).toBe(stored.state);
    return { production, preview };
  }
}

const at = (iso: string, agents: Agents = { online: 0, available: 0 }): Circumstances => ({ at: iso, agents });

describe('preview.step gives the replies the production API gives', () => {
  it('greeting, an order question answered from the shop\'s orders, then "talk to a human" on a Sunday night', async () => {
    const twin = new Twin('pv-eq-1', { id: 'buyer-1', name: 'Alex' });
    // Saturday 10:00 in Los Angeles: open.
    const hi = await twin.send({ text: 'hi' }, at('2026-11-21T18:00:00Z'));
    expect(hi.preview.replies.map((r) => r.kind)).toEqual(['greeting']);
    expect(hi.preview.replies[0]?.text).toContain('Alex');
    expect(hi.preview.path.nodes).toEqual(['start', 'greeting', 'router']);
    expect(hi.preview.path.waitingAt).toBe('router');

    const where = await twin.send({ text: 'where is my parcel' }, at('2026-11-21T18:00:20Z'));
    const choice = where.preview.replies.at(-1);
    expect(choice?.nodeId).toBe('order-lookup');
    const shipped = choice?.buttons.find((b) => b.payload === 'order:US20261101');
    expect(shipped, JSON.stringify(choice?.buttons)).toBeDefined();
    expect(where.preview.path.waitingAt).toBe('order-lookup');

    const picked = await twin.send({ button: shipped! }, at('2026-11-21T18:00:40Z'));
    expect(picked.preview.replies.at(-1)).toMatchObject({ kind: 'answer', nodeId: 'order-shipped' });
    expect(picked.preview.replies.at(-1)?.text).toContain('9400111899223344556677');
    expect(picked.preview.path.nodes).toContain('order-shipped');

    // Sunday 23:30 in Los Angeles, no agents.
    const human = await twin.send({ text: 'talk to a human' }, at('2026-11-23T07:30:00Z'));
    expect(human.preview.handoff).not.toBeNull();
    expect(human.preview.status).toBe('human');
    expect(human.preview.trace.some((t) => t.type === 'schedule' && t.data?.open === false)).toBe(true);
  });

  it('assist mode while agents are online, a language given by the host, and an unresolved rating', async () => {
    const twin = new Twin('pv-eq-2', { id: 'buyer-2', language: 'es' });
    const agents = { online: 2, available: 1 };
    const first = await twin.send({ text: 'hola, dónde está mi pedido' }, at('2026-11-24T17:00:00Z', agents));
    expect(first.preview.replies.length + first.preview.suggestions.length).toBeGreaterThan(0);
    await twin.send({ text: 'gracias' }, at('2026-11-24T17:01:00Z'));
    const rated = await twin.send({ rate: { last: true, resolved: false, reason: 'not_useful' } }, at('2026-11-24T17:02:00Z'));
    expect(rated.production.status).toBe(rated.preview.status);
  });
});

describe('preview.step', () => {
  const caller = () => createCaller({ db: server.db, actor: demoActor(server.db, 'admin') }).preview;
  const base = { shopId: SHOP, flowId: FLOW, state: null, at: '2026-11-21T18:00:00Z', buyer: { id: 'buyer-1' } } as const;

  it('stores nothing', async () => {
    const count = () => (server.db.$client.prepare('SELECT count(*) AS n FROM conversation_events').get() as { n: number }).n;
    const before = count();
    await caller().step({ ...base, version: 'draft', event: { type: 'buyer_message', text: 'hi' } });
    expect(count()).toBe(before);
  });

  it('answers order questions from fixtures, whichever buyer they name', async () => {
    const fixtures = [{ id: 'FX1', buyerId: 'anyone', status: 'shipped' as const, createdAt: '2026-11-20T10:00:00Z', carrier: 'DHL', trackingNumber: 'FIXTURE123', items: [] }];
    const r = await caller().step({ ...base, version: 'draft', buyer: { id: 'nobody' }, event: { type: 'buyer_message', text: 'where is my parcel' }, orders: { source: 'fixtures', fixtures } });
    expect(r.replies.at(-1)?.text).toContain('FIXTURE123');
  });

  it('runs the draft sent with the call (unsaved edits included)', async () => {
    const draft = (await createCaller({ db: server.db, actor: demoActor(server.db, 'admin') }).flows.get({ shopId: SHOP, flowId: FLOW })).document;
    const edited = structuredClone(draft);
    const greeting = edited.nodes.find((n) => n.kind === 'greeting') as Loose;
    greeting.data.reply.text = { en: 'Unsaved hello from the preview', es: 'Hola' };
    const r = await caller().step({ ...base, version: 'draft', document: edited, event: { type: 'buyer_message', text: 'hi' } });
    expect(r.replies[0]?.text).toBe('Unsaved hello from the preview');
  });

  it('says which field is wrong', async () => {
    await expect(caller().step({ ...base, version: 1, state: { v: 2 } as unknown as ConversationState, event: { type: 'buyer_message', text: 'hi' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller().step({ ...base, version: 999, event: { type: 'buyer_message', text: 'hi' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller().step({ ...base, shopId: 'nope-shop', version: 1, event: { type: 'buyer_message', text: 'hi' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('derives the path from the trace', () => {
    const state = { wait: { for: 'message', nodeId: 'router' } } as unknown as ConversationState;
    expect(
      pathOf(
        [
          { type: 'node', nodeId: 'a', message: '' },
          { type: 'edge', nodeId: 'a', edgeId: 'e1', message: '' },
          { type: 'node', nodeId: 'b', message: '' },
          { type: 'node', nodeId: 'a', message: '' },
        ],
        state,
      ),
    ).toEqual({ nodes: ['a', 'b'], edges: ['e1'], waitingAt: 'router' });
  });
});
