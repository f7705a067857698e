import type { FlowDocument } from '../flows/document';
import type { Edge } from '../flows/edge';
import type { Intent } from '../flows/intent';
import type { FlowNode, NodeOfKind } from '../flows/nodes';
import type { Schedule } from '../flows/schedule';
import type { VariableValue } from '../flows/variable';
import type { GlobalTrigger } from '../flows/trigger';
import { compileKeywords, type CompiledKeyword } from './matching/keywords';
import { buildIntentIndex, type IntentIndex, type IntentSpec } from './matching/matcher';

/** A flow document with the lookups a step needs, built once per document object. */
export interface CompiledFlow {
  doc: FlowDocument;
  nodes: ReadonlyMap<string, FlowNode>;
  /** Edge leaving `source` through exit `handle`, keyed `source\u0000handle`. */
  edges: ReadonlyMap<string, Edge>;
  startId: string | null;
  intents: ReadonlyMap<string, Intent>;
  intentIndex: IntentIndex;
  /** Global triggers with their keywords compiled. */
  triggers: ReadonlyArray<{ trigger: GlobalTrigger; keywords: CompiledKeyword[] }>;
  schedules: ReadonlyMap<string, Schedule>;
  firstFallback: NodeOfKind<'fallback'> | null;
  firstHandoff: NodeOfKind<'handoff'> | null;
  firstGreeting: NodeOfKind<'greeting'> | null;
  variableDefaults: Readonly<Record<string, VariableValue>>;
  variableTypes: Readonly<Record<string, string>>;
  patterns: ReadonlyMap<string, RegExp | null>;
}

// Compiling is deterministic, so caching by document identity keeps step() pure in effect.
const cache = new WeakMap<FlowDocument, CompiledFlow>();

export function edgeKey(source: string, handle: string): string {
  return `${source}\u0000${handle}`;
}

function toSpec(intent: Intent): IntentSpec {
  const spec: IntentSpec = { id: intent.id, keywords: intent.keywords, examples: intent.examples, priority: intent.priority };
  if (intent.threshold !== undefined) spec.threshold = intent.threshold;
  return spec;
}

/** Builds (or returns the cached) lookups for a validated flow document. */
export function compileFlow(doc: FlowDocument): CompiledFlow {
  const hit = cache.get(doc);
  if (hit) return hit;
  const nodes = new Map<string, FlowNode>();
  let startId: string | null = null;
  let firstFallback: NodeOfKind<'fallback'> | null = null;
  let firstHandoff: NodeOfKind<'handoff'> | null = null;
  let firstGreeting: NodeOfKind<'greeting'> | null = null;
  const patterns = new Map<string, RegExp | null>();
  for (const n of doc.nodes) {
    if (nodes.has(n.id)) continue;
    nodes.set(n.id, n);
    if (n.kind === 'start' && startId === null) startId = n.id;
    if (n.kind === 'fallback' && !firstFallback) firstFallback = n;
    if (n.kind === 'handoff' && !firstHandoff) firstHandoff = n;
    if (n.kind === 'greeting' && !firstGreeting) firstGreeting = n;
    if (n.kind === 'collect' && n.data.validation === 'pattern') patterns.set(n.id, safeRegExp(n.data.pattern ?? ''));
  }
  const edges = new Map<string, Edge>();
  for (const e of doc.edges) {
    const k = edgeKey(e.source, e.sourceHandle);
    if (!edges.has(k)) edges.set(k, e);
  }
  const variableDefaults: Record<string, VariableValue> = {};
  const variableTypes: Record<string, string> = {};
  for (const v of doc.variables) {
    variableTypes[v.name] = v.type;
    if (v.default !== undefined) variableDefaults[v.name] = v.default;
  }
  const compiled: CompiledFlow = {
    doc,
    nodes,
    edges,
    startId,
    intents: new Map(doc.intents.map((i) => [i.id, i])),
    intentIndex: buildIntentIndex(doc.intents.map(toSpec), { defaultThreshold: doc.settings.matchThreshold }),
    triggers: doc.globalTriggers.map((trigger) => ({ trigger, keywords: compileKeywords(trigger.keywords) })),
    schedules: new Map(doc.schedules.map((s) => [s.id, s])),
    firstFallback,
    firstHandoff,
    firstGreeting,
    variableDefaults,
    variableTypes,
    patterns,
  };
  cache.set(doc, compiled);
  return compiled;
}

function safeRegExp(source: string): RegExp | null {
  try {
    return new RegExp(source, 'u');
  } catch {
    return null;
  }
}
