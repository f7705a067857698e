import type { FlowDocument } from '../../flows/document';
import type { Order } from '../../flows/order';
import type { ConversationState, EffectRequest, Env, Outputs, RuntimeEvent, StepResult } from '../contract';
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
  let result = step(flow, state, event, env);
  const outputs = copyOutputs(result.outputs);
  const trace = [...result.trace];
  for (let round = 0; round < MAX_EFFECT_ROUNDS; round++) {
    const effect = result.outputs.effects[0];
    if (!effect) break;
    const answer = await resolve(effect);
    result = step(flow, result.state, answer, env);
    merge(outputs, result.outputs);
    trace.push(...result.trace);
  }
  return { state: result.state, outputs, trace };
}

/** The same, synchronously, with the buyer's orders given as data (preview, tests, the CLI). */
export function stepWithOrders(flow: FlowDocument, state: ConversationState | null, event: RuntimeEvent, env: Env, orders: readonly Order[]): StepResult {
  let result = step(flow, state, event, env);
  const outputs = copyOutputs(result.outputs);
  const trace = [...result.trace];
  for (let round = 0; round < MAX_EFFECT_ROUNDS; round++) {
    const effect = result.outputs.effects[0];
    if (!effect) break;
    result = step(flow, result.state, ordersResult(effect, orders), env);
    merge(outputs, result.outputs);
    trace.push(...result.trace);
  }
  return { state: result.state, outputs, trace };
}

/** The answer to a `lookup_order` from a list of orders: the buyer's own. */
export function ordersResult(effect: EffectRequest, orders: readonly Order[]): EffectResult {
  return { type: 'effect_result', effectId: effect.id, ok: true, orders: orders.filter((o) => o.buyerId === effect.buyerId) };
}

function copyOutputs(o: Outputs): Outputs {
  return { ...o, replies: [...o.replies], suggestions: [...o.suggestions], effects: [...o.effects], tags: [...o.tags], notes: [...o.notes] };
}
