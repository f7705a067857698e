/**
 * Scores the intent matcher on one evaluation file at the default threshold.
 * Usage: npm run intents:eval -- ../shared/data/intents/clinc150-en.json
 * Prints one JSON line: task, inScopeAccuracy, oosRejection, top1, buildMs, perSecond.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildIntentIndex, matchIntent, type IntentSpec } from '../runtime/matching/matcher';

export interface EvalFile {
  task: string;
  language: string;
  intents: Array<{ id: string; examples: string[]; keywords?: string[] }>;
  cases: Array<{ text: string; intent: string | null }>;
}

export interface EvalResult {
  task: string;
  inScopeAccuracy: number;
  oosRejection: number;
  top1: number;
  buildMs: number;
  perSecond: number;
}

export function loadEvalFile(path: string): EvalFile {
  return JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8')) as EvalFile;
}

export function toSpecs(file: EvalFile): IntentSpec[] {
  return file.intents.map((i) => ({ id: i.id, examples: { [file.language]: i.examples }, keywords: i.keywords }));
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

export function evaluate(file: EvalFile): EvalResult {
  const specs = toSpecs(file);
  // Build a few times and keep the fastest: a single cold build mostly measures the JIT.
  let buildMs = Infinity;
  let index = buildIntentIndex(specs);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    index = buildIntentIndex(specs);
    buildMs = Math.min(buildMs, performance.now() - t0);
  }
  let inScope = 0;
  let inScopeRight = 0;
  let top1Right = 0;
  let oos = 0;
  let oosRejected = 0;
  for (const c of file.cases) {
    const r = matchIntent(index, c.text, { language: file.language });
    if (c.intent === null) {
      oos++;
      if (r.intentId === null) oosRejected++;
    } else {
      inScope++;
      if (r.intentId === c.intent) inScopeRight++;
      if (r.candidates[0]?.intentId === c.intent) top1Right++;
    }
  }
  // Throughput: repeat the cases until ~200 ms have passed.
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 200) {
    for (const c of file.cases) matchIntent(index, c.text, { language: file.language });
    n += file.cases.length;
    elapsed = performance.now() - t0;
  }
  return {
    task: file.task,
    inScopeAccuracy: round4(inScope ? inScopeRight / inScope : 0),
    oosRejection: round4(oos ? oosRejected / oos : 0),
    top1: round4(inScope ? top1Right / inScope : 0),
    buildMs: Math.round(buildMs * 100) / 100,
    perSecond: Math.round((n / elapsed) * 1000),
  };
}

function main(): void {
  const path = process.argv.slice(2).find((a) => a !== '--');
  if (!path) {
    console.error('usage: npm run intents:eval -- FILE');
    process.exit(2);
  }
  console.log(JSON.stringify(evaluate(loadEvalFile(path))));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
