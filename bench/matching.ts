/**
 * Matching benchmark: every evaluation file at the default threshold (beside the reference
 * figures from the data README), then knowledge-base build time and matching throughput on a
 * generated 1,000 intents × 8 examples, each against a baseline measured in the same run.
 * Run: npx tsx bench/matching.ts [DATA_DIR]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildIntentIndex, matchIntent, type IntentSpec } from '../runtime/matching/matcher';
import { normalizeText } from '../runtime/matching/normalize';
import { evaluate, loadEvalFile } from './intents-eval';

const REFERENCES: Record<string, string> = {
  'clinc150-en': 'nlp.js 50/68, fuse 19–39/85–97, minisearch 33/85',
  'banking67-holdout-en': 'nlp.js 36/77, fuse 19–39/85–97, minisearch 33/85',
  'xsid-zh': 'top-1: nlp.js 89, char TF-IDF 80',
};

const WORDS = 'order package refund size color return ship track delivery price discount coupon address change cancel exchange broken missing late fast slow warranty invoice payment card cash store shop buyer seller stock restock material cotton battery charger screen phone shoe shirt dress bag'.split(' ');
const FRAMES = ['where is my {a}', 'can I {b} my {a}', 'how do I {b} the {a}', 'my {a} is {c}', 'is the {a} {c}', 'I want to {b} {a}', 'why is my {a} {c}', 'do you have {a} in {c}'];

/** Deterministic synthetic knowledge base (a small LCG, no randomness). */
export function syntheticKb(intents: number, examples: number): { specs: IntentSpec[]; messages: string[] } {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const specs: IntentSpec[] = [];
  const messages: string[] = [];
  for (let i = 0; i < intents; i++) {
    const topic = `${pick()}${i}`;
    const ex: string[] = [];
    for (let e = 0; e < examples; e++) {
      ex.push(FRAMES[e % FRAMES.length]!.replace('{a}', `${topic} ${pick()}`).replace('{b}', pick()).replace('{c}', pick()));
    }
    specs.push({ id: `intent_${i}`, examples: { en: ex } });
    messages.push(FRAMES[Math.floor(next() * FRAMES.length)]!.replace('{a}', topic).replace('{b}', pick()).replace('{c}', pick()));
  }
  return { specs, messages };
}

function timePerCall(fn: () => void, minMs = 300): number {
  fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    n++;
  }
  return (performance.now() - t0) / n;
}

export async function benchMatching(dataDir: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const f of readdirSync(dataDir).filter((x) => x.endsWith('.json')).sort()) {
    const r = evaluate(loadEvalFile(join(dataDir, f)));
    rows.push({ ...r, reference: REFERENCES[r.task] ?? '' });
  }
  const { specs, messages } = syntheticKb(1000, 8);
  const texts = specs.flatMap((s) => Object.values(s.examples).flat());
  const buildMs = timePerCall(() => void buildIntentIndex(specs), 1000);
  const normaliseAllMs = timePerCall(() => void texts.forEach((t) => normalizeText(t)), 300);
  const index = buildIntentIndex(specs);
  const matchMs = timePerCall(() => void messages.forEach((m) => matchIntent(index, m)), 500) / messages.length;
  const normOneMs = timePerCall(() => void messages.forEach((m) => normalizeText(m)), 300) / messages.length;
  rows.push({
    task: 'synthetic 1000×8',
    buildMs: Math.round(buildMs * 10) / 10,
    buildVsNormalisingAllExamples: Math.round((buildMs / normaliseAllMs) * 10) / 10,
    perSecond: Math.round(1000 / matchMs),
    matchVsNormalisingMessage: Math.round((matchMs / normOneMs) * 10) / 10,
  });
  return rows;
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'intents'));
  const rows = await benchMatching(dir);
  console.table(rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
