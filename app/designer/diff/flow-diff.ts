/**
 * What changed between two flow documents, as a seller reads it: steps added, removed, changed
 * (with the fields that changed) or only moved; connections added, removed or rewired; questions
 * of the knowledge base, working hours, global triggers, variables and the flow's own settings.
 * Pure; the compare page shows it as a list and on one canvas.
 */
import type { FlowDocument } from '../../../flows/document';
import type { Edge } from '../../../flows/edge';
import type { FlowNode } from '../../../flows/nodes';

export type NodeStatus = 'added' | 'removed' | 'changed' | 'moved';
export type ItemStatus = 'added' | 'removed' | 'changed';
export type EdgeStatus = 'added' | 'removed';

/** One value that differs: where (relative JSON path) and what it was and became. */
export interface FieldChange {
  path: (string | number)[];
  before: unknown;
  after: unknown;
}

export interface NodeDiff {
  id: string;
  status: NodeStatus;
  /** The node after the change (before, when removed). */
  node: FlowNode;
  fields: FieldChange[];
}

export interface EdgeDiff {
  status: 'added' | 'removed' | 'rewired';
  source: string;
  sourceHandle: string;
  /** Target before (removed, rewired). */
  from: string | null;
  /** Target after (added, rewired). */
  to: string | null;
}

export interface ItemDiff<T> {
  id: string;
  status: ItemStatus;
  item: T;
  fields: FieldChange[];
}

export interface FlowDiff {
  nodes: NodeDiff[];
  edges: EdgeDiff[];
  intents: ItemDiff<FlowDocument['intents'][number]>[];
  schedules: ItemDiff<FlowDocument['schedules'][number]>[];
  globalTriggers: ItemDiff<FlowDocument['globalTriggers'][number]>[];
  variables: ItemDiff<FlowDocument['variables'][number]>[];
  /** The flow's own fields: name, description, market, languages, settings. */
  flow: FieldChange[];
  /** How many things changed in all (a moved step counts). */
  total: number;
}

/** What the canvas of the compare page marks on each node and edge. */
export interface CanvasDiff {
  nodes: Record<string, NodeStatus>;
  edges: Record<string, EdgeStatus>;
}

const MAX_FIELDS = 40;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScalarArray(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/**
 * The leaves that differ between two JSON values. Lists of plain values (keywords, languages)
 * count as one value; lists of objects are compared item by item.
 */
export function fieldChanges(before: unknown, after: unknown, path: (string | number)[] = [], out: FieldChange[] = []): FieldChange[] {
  if (out.length >= MAX_FIELDS || sameValue(before, after)) return out;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of keys) fieldChanges(before[k], after[k], [...path, k], out);
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after) && !(isScalarArray(before) && isScalarArray(after))) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) fieldChanges(before[i], after[i], [...path, i], out);
    return out;
  }
  out.push({ path, before, after });
  return out;
}

function keyedDiff<T>(before: readonly T[], after: readonly T[], key: (x: T) => string): ItemDiff<T>[] {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  const out: ItemDiff<T>[] = [];
  for (const [id, item] of now) {
    const was = old.get(id);
    if (was === undefined) out.push({ id, status: 'added', item, fields: [] });
    else {
      const fields = fieldChanges(was, item);
      if (fields.length > 0) out.push({ id, status: 'changed', item, fields });
    }
  }
  for (const [id, item] of old) if (!now.has(id)) out.push({ id, status: 'removed', item, fields: [] });
  return out;
}

const edgeKey = (e: Pick<Edge, 'source' | 'sourceHandle' | 'target'>) => `${e.source}\u0000${e.sourceHandle}\u0000${e.target}`;
const exitKey = (e: Pick<Edge, 'source' | 'sourceHandle'>) => `${e.source}\u0000${e.sourceHandle}`;

/** Connections compared by what they connect (an edge's id says nothing to a seller). */
function edgeDiff(before: readonly Edge[], after: readonly Edge[]): EdgeDiff[] {
  const old = new Set(before.map(edgeKey));
  const now = new Set(after.map(edgeKey));
  const removed = before.filter((e) => !now.has(edgeKey(e)));
  const added = after.filter((e) => !old.has(edgeKey(e)));
  const out: EdgeDiff[] = [];
  const addedByExit = new Map<string, Edge[]>();
  for (const e of added) addedByExit.set(exitKey(e), [...(addedByExit.get(exitKey(e)) ?? []), e]);
  for (const e of removed) {
    const replacement = addedByExit.get(exitKey(e))?.shift();
    if (replacement) out.push({ status: 'rewired', source: e.source, sourceHandle: e.sourceHandle, from: e.target, to: replacement.target });
    else out.push({ status: 'removed', source: e.source, sourceHandle: e.sourceHandle, from: e.target, to: null });
  }
  for (const list of addedByExit.values()) for (const e of list) out.push({ status: 'added', source: e.source, sourceHandle: e.sourceHandle, from: null, to: e.target });
  return out;
}

function nodeDiff(before: readonly FlowNode[], after: readonly FlowNode[]): NodeDiff[] {
  return keyedDiff(before, after, (n) => n.id).map((d) => {
    if (d.status !== 'changed') return { id: d.id, status: d.status, node: d.item, fields: [] };
    const content = d.fields.filter((f) => f.path[0] !== 'position');
    return { id: d.id, status: content.length > 0 ? 'changed' : 'moved', node: d.item, fields: content.length > 0 ? content : d.fields };
  });
}

export function diffFlows(before: FlowDocument, after: FlowDocument): FlowDiff {
  const flowFields = (d: FlowDocument) => ({ name: d.name, description: d.description, market: d.market, languages: d.languages, settings: d.settings });
  const diff: Omit<FlowDiff, 'total'> = {
    nodes: nodeDiff(before.nodes, after.nodes),
    edges: edgeDiff(before.edges, after.edges),
    intents: keyedDiff(before.intents, after.intents, (i) => i.id),
    schedules: keyedDiff(before.schedules, after.schedules, (s) => s.id),
    globalTriggers: keyedDiff(before.globalTriggers, after.globalTriggers, (g) => g.id),
    variables: keyedDiff(before.variables, after.variables, (v) => v.name),
    flow: fieldChanges(flowFields(before), flowFields(after)),
  };
  const total = diff.nodes.length + diff.edges.length + diff.intents.length + diff.schedules.length + diff.globalTriggers.length + diff.variables.length + diff.flow.length;
  return { ...diff, total };
}

/**
 * One document to draw both versions on one canvas: the newer one plus what was removed from
 * the older one (steps at their old places, their connections, and the questions and working
 * hours they name), with each node and edge marked.
 */
export function mergeForCanvas(before: FlowDocument, after: FlowDocument, diff: FlowDiff = diffFlows(before, after)): { doc: FlowDocument; marks: CanvasDiff } {
  const nodes: CanvasDiff['nodes'] = {};
  for (const d of diff.nodes) nodes[d.id] = d.status;
  const removedNodes = diff.nodes.filter((d) => d.status === 'removed').map((d) => d.node);
  const present = new Set([...after.nodes.map((n) => n.id), ...removedNodes.map((n) => n.id)]);

  const edges: CanvasDiff['edges'] = {};
  const now = new Set(after.edges.map(edgeKey));
  const old = new Set(before.edges.map(edgeKey));
  for (const e of after.edges) if (!old.has(edgeKey(e))) edges[e.id] = 'added';
  const taken = new Set(after.edges.map((e) => e.id));
  const removedEdges: Edge[] = [];
  for (const e of before.edges) {
    if (now.has(edgeKey(e)) || !present.has(e.source) || !present.has(e.target)) continue;
    let id = `removed-${e.id}`;
    for (let k = 2; taken.has(id); k++) id = `removed-${e.id}-${k}`;
    taken.add(id);
    removedEdges.push({ ...e, id });
    edges[id] = 'removed';
  }

  const missing = <T>(list: readonly T[], from: readonly T[], key: (x: T) => string) => {
    const have = new Set(list.map(key));
    return from.filter((x) => !have.has(key(x)));
  };
  const doc: FlowDocument = {
    ...after,
    nodes: [...after.nodes, ...removedNodes],
    edges: [...after.edges, ...removedEdges],
    intents: [...after.intents, ...missing(after.intents, before.intents, (i) => i.id)],
    schedules: [...after.schedules, ...missing(after.schedules, before.schedules, (s) => s.id)],
  };
  return { doc, marks: { nodes, edges } };
}
