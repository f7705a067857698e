import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowDocumentSchema, type FlowDocument, type FlowDocumentInput } from '../../flows/document';
import { NODE_KINDS, nodeExits, type FlowNode } from '../../flows/nodes';
import { ConversationStateSchema, type ConversationState, type Env, type RuntimeEvent } from '../../runtime/contract';
import { step } from '../../runtime/step';
import { msToInstant } from '../../runtime/time';

const reply = (s: string) => ({ text: { en: s, zh: `${s}（中文）` }, buttons: [] });

function nodeData(kind: (typeof NODE_KINDS)[number], intents: string[]): Record<string, unknown> {
  switch (kind) {
    case 'greeting':
    case 'message':
    case 'fallback':
      return { reply: reply(`${kind} {buyer_name|friend}`) };
    case 'intent':
      return { intents };
    case 'working_hours':
      return { scheduleId: 'hours' };
    case 'condition':
      return { rules: [{ id: 'r1', all: [{ variable: 'count', op: 'gt', value: 1 }] }] };
    case 'collect':
      return { prompt: reply('your email?'), variable: 'email', validation: 'email', retries: 1, retryReply: reply('again?') };
    case 'order_lookup':
      return { confirmReply: reply('order {order_id}?') };
    case 'handoff':
      return { reply: reply('agent coming'), offlineReply: reply('offline') };
    case 'set_variable':
      return { assignments: [{ variable: 'count', value: '{count}1' }] };
    case 'feedback':
      return { prompt: reply('helpful?') };
    case 'end':
      return { close: false };
    default:
      return {};
  }
}

const INTENTS: NonNullable<FlowDocumentInput['intents']> = [
  { id: 'track', name: { en: 'Track' }, keywords: ['tracking|物流'], examples: { en: ['where is my parcel'], zh: ['我的快递呢'] } },
  { id: 'refund', name: { en: 'Refund' }, keywords: ['refund|退款'], examples: { en: ['i want my money back'] } },
  { id: 'human', name: { en: 'Human' }, examples: { en: ['talk to a person'] } },
];

/** Random but schema-valid flows: random kinds, every exit wired to a random node (or left open). */
const flowArb = fc
  .record({
    kinds: fc.array(fc.constantFrom(...NODE_KINDS.filter((k) => k !== 'start')), { minLength: 1, maxLength: 12 }),
    wiring: fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
    maxSteps: fc.integer({ min: 5, max: 40 }),
    trigger: fc.boolean(),
  })
  .map(({ kinds, wiring, maxSteps, trigger }): FlowDocument => {
    const nodes = [{ id: 'n0', kind: 'start', position: { x: 0, y: 0 }, data: {} }, ...kinds.map((kind, i) => ({ id: `n${i + 1}`, kind, position: { x: i * 100, y: 0 }, data: nodeData(kind, ['track', 'refund', 'human']) }))];
    const doc: FlowDocumentInput = {
      schemaVersion: 1,
      id: 'random',
      name: 'Random',
      market: 'US',
      languages: { default: 'en', supported: ['en', 'zh'] },
      settings: { maxStepsPerEvent: maxSteps },
      schedules: [{ id: 'hours', name: 'Hours', timezone: 'America/Los_Angeles', weekly: { mon: [{ start: '09:00', end: '17:00' }], sat: [{ start: '22:00', end: '02:00' }] } }],
      variables: [
        { name: 'email', type: 'string' },
        { name: 'count', type: 'string', default: '' },
      ],
      intents: INTENTS,
      globalTriggers: trigger ? [{ id: 't', keywords: ['human|人工'], target: `n${nodes.length - 1}` }] : [],
      nodes: nodes as FlowDocumentInput['nodes'],
      edges: [],
    };
    const parsed = FlowDocumentSchema.parse(doc);
    let w = 0;
    const edges: FlowDocument['edges'] = [];
    for (const n of parsed.nodes as FlowNode[]) {
      for (const exit of nodeExits(n)) {
        const pick = wiring[w++ % wiring.length] ?? 0;
        if (pick % 7 === 0) continue; // leave some exits open
        edges.push({ id: `${n.id}-${exit}`, source: n.id, sourceHandle: exit, target: `n${pick % parsed.nodes.length}` });
      }
    }
    return { ...parsed, edges };
  });

const textArb = fc.oneof(
  fc.constantFrom('where is my parcel', '我的快递到哪了', 'refund please', 'human', '人工', 'yes', 'a@b.co', '', '🙂🙂', 'SO10001', 'ok thanks'),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const orderArb = fc.record({
  id: fc.constantFrom('SO10001', 'SO10002', 'SO10003'),
  buyerId: fc.constant('b1'),
  status: fc.constantFrom('awaiting_shipment', 'shipped', 'delivered', 'cancelled', 'refunded'),
  createdAt: fc.constantFrom('2026-11-01T00:00:00Z', '2026-11-10T00:00:00Z'),
  promisedShipBy: fc.constantFrom('2026-11-05T00:00:00Z', '2026-12-30T00:00:00Z'),
  items: fc.constant([{ title: 'Hoodie', quantity: 1 }]),
});

const eventArb: fc.Arbitrary<RuntimeEvent> = fc.oneof(
  { weight: 6, arbitrary: textArb.map((text) => ({ type: 'buyer_message' as const, text })) },
  { weight: 2, arbitrary: fc.constantFrom('intent:track', 'intent:refund', 'order:SO10002', 'feedback:resolved', 'feedback:unresolved', 'junk').map((payload) => ({ type: 'button' as const, payload })) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('feedback' as const), replyId: fc.constantFrom('r1', 'r2', 'r3', 'r9'), resolved: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('effect_result' as const), effectId: fc.constantFrom('e1', 'e2', 'e3'), ok: fc.boolean(), orders: fc.array(orderArb, { maxLength: 3 }) }).map((e): RuntimeEvent => ({ ...e, orders: e.orders.map((o) => ({ ...o, items: [...o.items] })) })) },
  { weight: 1, arbitrary: fc.constantFrom<RuntimeEvent>({ type: 'agent_joined' }, { type: 'agent_released' }, { type: 'conversation_closed' }, { type: 'timer', timerId: 't1' }) },
);

const runArb = fc.record({
  flow: flowArb,
  events: fc.array(fc.record({ event: eventArb, gap: fc.integer({ min: 0, max: 4000 }), agents: fc.nat({ max: 2 }), lang: fc.constantFrom(undefined, 'en', 'zh') }), { minLength: 1, maxLength: 12 }),
});

function play(flow: FlowDocument, events: Array<{ event: RuntimeEvent; gap: number; agents: number; lang: string | undefined }>) {
  let state: ConversationState | null = null;
  let now = Date.UTC(2026, 10, 21, 17, 0, 0);
  const outputs: unknown[] = [];
  for (const { event, gap, agents, lang } of events) {
    now += gap * 1000;
    const env: Env = { now: msToInstant(now), seed: 'p', agents: { online: agents, available: agents > 1 ? 1 : 0 }, buyer: lang ? { id: 'b1', language: lang } : { id: 'b1' }, shop: {}, facts: {}, dryRun: false };
    const result = step(flow, state, event, env);
    const visited = result.trace.filter((t) => t.type === 'node').length;
    expect(visited).toBeLessThanOrEqual(flow.settings.maxStepsPerEvent);
    expect(result.trace.some((t) => t.message.startsWith('Internal error'))).toBe(false);
    expect(ConversationStateSchema.safeParse(result.state).success).toBe(true);
    state = result.state;
    outputs.push(result);
  }
  return JSON.stringify(outputs);
}

describe('step() on generated flows and event sequences', () => {
  it('never throws, stays within its budget, and keeps a valid state', () => {
    fc.assert(
      fc.property(runArb, ({ flow, events }) => {
        play(flow, events);
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('returns byte-identical output for identical input', () => {
    fc.assert(
      fc.property(runArb, ({ flow, events }) => {
        const copy = structuredClone(flow);
        expect(play(copy, events)).toBe(play(flow, events));
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
