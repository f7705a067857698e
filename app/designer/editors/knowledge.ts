/** Adding to the flow's knowledge base and lists: fresh ids that fit the schemas. */
import type { FlowDocument } from '../../../flows/document';
import type { Intent } from '../../../flows/intent';
import { firstFree, slugify } from '../../../flows/slug';
import { freshId } from '../defaults';

/** An id from a name when it is Latin text ('Where is my order' → 'where-is-my-order'), else `prefix_N`. */
export function idFromName(name: string, prefix: string, taken: readonly string[]): string {
  // Accents are dropped rather than split on ('Café' → 'cafe').
  const slug = slugify(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''), 48);
  const set = new Set(taken);
  // A slug counts only when the name was mostly Latin (not a lone digit from a Chinese name).
  if (slug.length >= 3 && slug.replace(/-/g, '').length >= name.replace(/\s/g, '').length / 2) return firstFree(slug, (id) => set.has(id));
  return freshId(prefix, taken);
}

/** A new knowledge-base entry named `name` in `language`, with no keywords or examples yet. */
export function newIntent(doc: Pick<FlowDocument, 'intents'>, name: string, language: string): Intent {
  const trimmed = name.trim();
  return { id: idFromName(trimmed, 'intent', doc.intents.map((i) => i.id)), name: trimmed ? { [language]: trimmed } : {}, keywords: [], examples: {}, priority: 0 };
}

/** Intent steps that route the intent, by node id. */
export function routingSteps(doc: Pick<FlowDocument, 'nodes'>, intentId: string): string[] {
  return doc.nodes.filter((n) => n.kind === 'intent' && n.data.intents.includes(intentId)).map((n) => n.id);
}

/**
 * The document without the intent: steps stop routing it (their exit and its connection go)
 * and buttons asking for it are left for the validator to report. Refused (null) when a step
 * routes nothing else, since an intent step needs at least one intent.
 */
export function removeIntent(doc: FlowDocument, intentId: string): FlowDocument | null {
  let blocked = false;
  const nodes = doc.nodes.map((n) => {
    if (n.kind !== 'intent' || !n.data.intents.includes(intentId)) return n;
    const intents = n.data.intents.filter((id) => id !== intentId);
    if (intents.length === 0) blocked = true;
    return { ...n, data: { ...n.data, intents } };
  });
  if (blocked) return null;
  const edges = doc.edges.filter((e) => !(e.sourceHandle === intentId && doc.nodes.some((n) => n.id === e.source && n.kind === 'intent')));
  const globalTriggers = doc.globalTriggers.map((t) => {
    if (t.intentId !== intentId) return t;
    const { intentId: _gone, ...rest } = t;
    return rest;
  });
  return { ...doc, intents: doc.intents.filter((i) => i.id !== intentId), nodes, edges, globalTriggers };
}

/** Where a schedule is used: working-hours steps and the robot's "outside working hours" mode. */
export function scheduleUsers(doc: Pick<FlowDocument, 'nodes' | 'settings'>, scheduleId: string): { steps: string[]; robot: boolean } {
  return {
    steps: doc.nodes.filter((n) => n.kind === 'working_hours' && n.data.scheduleId === scheduleId).map((n) => n.id),
    robot: doc.settings.robot.scheduleId === scheduleId,
  };
}
