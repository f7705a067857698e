import type { FlowDocument } from '../../flows/document';
import type { Order } from '../../flows/order';
import type { ConversationState, EffectRequest, Env, Outputs, RuntimeEvent, StepResult, TraceEntry } from '../contract';
import { step } from '../step';

type EffectResult = Extract<RuntimeEvent, { type: 'effect_result' }>;

/** Most effect round trips one event may cause (a flow could look orders up again and again). */
const MAX_EFFECT_ROUNDS = 5;

function merge(into: Outputs, from: Outputs): void {
  into.replies.push(...from.replies);
  into.suggestions.push(...from.suggestions);
  into.handoff = from.handoff ?? into.handoff;
  into.effects.push(...from.effects);
  into.tags.push(...from.tags);
  into.unreplied = into.unreplied || from.unreplied;
  into.notes.push(...from.notes);
}

/** Collects the outputs and traces of the steps one event causes, as one result. */
class Accumulated {
  readonly outputs: Outputs;
  readonly trace: TraceEntry[];
  last: StepResult;
  constructor(first: StepResult) {
    this.last = first;
    this.outputs = copyOutputs(first.outputs);
    this.trace = [...first.trace];
  }
  add(result: StepResult): void {
    this.last = result;
    merge(this.outputs, result.outputs);
    this.trace.push(...result.trace);
  }
  /** The effect the latest step waits for, while round trips remain. */
  pending(round: number): EffectRequest | undefined {
    return round < MAX_EFFECT_ROUNDS ? this.last.outputs.effects[0] : undefined;
  }
  result(): StepResult {
    return { state: this.last.state, outputs: this.outputs, trace: this.trace };
  }
}

/**
 * Runs an event and then every effect it requests, feeding each result back, as a host does
 * within one request. `resolve` performs an effect (a database read, an HTTP call, fixtures).
 */
export async function stepWithEffects(
  flow: FlowDocument,
  state: ConversationState | null,
  event: RuntimeEvent,
  env: Env,
  resolve: (effect: EffectRequest) => Promise<EffectResult> | EffectResult,
): Promise<StepResult> {
  const acc = new Accumulated(step(flow, state, event, env));
  for (let round = 0, effect = acc.pending(0); effect; effect = acc.pending(++round)) {
    acc.add(step(flow, acc.last.state, await resolve(effect), env));
  }
  return acc.result();
}

/** The same, synchronously, with the buyer's orders given as data (preview, tests, the CLI). */
export function stepWithOrders(flow: FlowDocument, state: ConversationState | null, event: RuntimeEvent, env: Env, orders: readonly Order[]): StepResult {
  const acc = new Accumulated(step(flow, state, event, env));
  for (let round = 0, effect = acc.pending(0); effect; effect = acc.pending(++round)) {
    acc.add(step(flow, acc.last.state, ordersResult(effect, orders), env));
  }
  return acc.result();
}

/** The answer to a `lookup_order` from a list of orders: the buyer's own. */
export function ordersResult(effect: EffectRequest, orders: readonly Order[]): EffectResult {
  return { type: 'effect_result', effectId: effect.id, ok: true, orders: orders.filter((o) => o.buyerId === effect.buyerId) };
}

function copyOutputs(o: Outputs): Outputs {
  return { ...o, replies: [...o.replies], suggestions: [...o.suggestions], effects: [...o.effects], tags: [...o.tags], notes: [...o.notes] };
}
