/**
 * Throughput of step() on one core: buyer messages per second through a template flow extended
 * to 30 intents and to 1,000 intents, against a trivial flow (start → message) measured in the
 * same run as the baseline. Run: npx tsx bench/step.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { FlowDocumentSchema, type FlowDocument } from '../flows/document';
import { parseFlowDocument } from '../flows/migrations';
import type { ConversationState, Env } from '../runtime/contract';
import { compileFlow } from '../runtime/compile';
import { step } from '../runtime/step';
import { syntheticKb } from './matching';

const ENV: Env = { now: '2026-11-23T18:00:00Z', seed: 'bench', agents: { online: 0, available: 0 }, buyer: { id: 'b1', name: 'Lily' }, shop: {}, facts: {}, dryRun: false };

const MESSAGES = [
  'when will my order ship',
  'where is my parcel',
  'how long does delivery take to texas',
  'i want to return these shoes',
  'can i cancel my order',
  'i need to change my shipping address',
  'what size should i get, i am 5 foot 6',
  'is the black one back in stock',
  'do you have any coupon codes',
  'my card keeps getting declined',
  'the item arrived broken',
  'can i get an invoice for my company',
  'qwerty asdf',
  'what is the meaning of life',
];

function loadTemplate(name: string): FlowDocument {
  const parsed = parseFlowDocument(JSON.parse(readFileSync(new URL(`../flows/templates/${name}.flow.json`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return parsed.document;
}

/** The template with generated intents added to its knowledge base and router, up to `total`. */
export function withIntents(flow: FlowDocument, total: number): FlowDocument {
  const extra = Math.max(0, total - flow.intents.length);
  const { specs } = syntheticKb(extra, 8);
  const intents = [...flow.intents, ...specs.map((s) => ({ id: s.id, name: { en: s.id }, keywords: [], examples: s.examples, priority: 0 }))];
  const nodes = flow.nodes.map((n) => (n.kind === 'intent' ? { ...n, data: { ...n.data, intents: [...n.data.intents, ...specs.map((s) => s.id)] } } : n));
  return FlowDocumentSchema.parse({ ...flow, intents, nodes });
}

function trivialFlow(): FlowDocument {
  return FlowDocumentSchema.parse({
    schemaVersion: 1,
    id: 'trivial',
    name: 'Trivial',
    market: 'US',
    languages: { default: 'en', supported: ['en'] },
    nodes: [
      { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
      { id: 'say', kind: 'message', position: { x: 200, y: 0 }, data: { reply: { text: { en: 'Hello {buyer_name|there}' } } } },
    ],
    edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'say' }],
  });
}

/** Messages per second through step() from a mid-session state (greeted, waiting at the router). */
function throughput(flow: FlowDocument, minMs = 1500): number {
  compileFlow(flow);
  const greeted: ConversationState = step(flow, null, { type: 'buyer_message', text: 'hi' }, ENV).state;
  const env = { ...ENV, now: '2026-11-23T18:00:20Z' };
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (const text of MESSAGES) step(flow, greeted, { type: 'buyer_message', text }, env);
    n += MESSAGES.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

export function benchStep(): Array<Record<string, unknown>> {
  const template = loadTemplate('tiktok-us');
  const baseline = throughput(trivialFlow());
  const rows: Array<Record<string, unknown>> = [{ case: 'baseline: trivial flow (start → message)', intents: 0, perSecond: Math.round(baseline), ratio: 1 }];
  for (const total of [30, 1000]) {
    const flow = withIntents(template, total);
    const t0 = performance.now();
    compileFlow(flow);
    const compileMs = performance.now() - t0;
    const perSecond = throughput(flow);
    rows.push({ case: `tiktok-us template, ${total} intents`, intents: total, compileMs: Math.round(compileMs), perSecond: Math.round(perSecond), ratio: Number((perSecond / baseline).toFixed(3)), target: total === 30 ? 20000 : 5000 });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(benchStep());
}
