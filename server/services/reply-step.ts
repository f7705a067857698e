/**
 * How a host answers one event of a conversation, shared by the production reply engine and the
 * designer's preview, so that both give the same replies for the same inputs on the same
 * document: the env the runtime sees, the event followed by every effect it asks for (each
 * answer fed back as the next step), and the replies as the API and the app show them.
 */
import type { Agents } from '../../flows/agents';
import type { FlowDocument } from '../../flows/document';
import type { ConversationState, EffectRequest, Env, Outputs, OutReply, RuntimeEvent, StepResult } from '../../runtime/contract';
import { step } from '../../runtime/step';
import type { EffectResult } from './order-source';

/** Most effect round trips one request may cause, as in the runtime's own host loop. */
const MAX_EFFECT_ROUNDS = 5;

export interface BuyerProfile {
  id: string;
  name?: string;
  language?: string;
}

/** One runtime step a request caused: the event and what the runtime made of it. */
export interface AppliedStep {
  event: RuntimeEvent;
  result: StepResult;
}

/** A reply as the HTTP API and the app show it. */
export interface ReplyView {
  id: string;
  text: string;
  buttons: Array<{ label: string; payload: string }>;
  kind: OutReply['kind'];
  nodeId: string;
  language: string;
  intentId: string | null;
}

/** The given instant in the canonical form the runtime is fed (UTC, milliseconds). */
export function canonicalInstant(instant: string): string {
  return new Date(Date.parse(instant)).toISOString();
}

/** The env of a step: the conversation id seeds every choice, no agents unless told. */
export function replyEnv(shopName: string, conversationId: string, now: string, buyer: BuyerProfile, agents: Agents | undefined): Env {
  return {
    now,
    seed: conversationId,
    agents: agents ?? { online: 0, available: 0 },
    buyer,
    shop: { name: shopName.slice(0, 100) },
    facts: {},
    dryRun: false,
  };
}

/** The event, then every effect it asks for, each answer fed back as the next step. */
export async function runSteps(
  document: FlowDocument,
  state: ConversationState | null,
  event: RuntimeEvent,
  env: Env,
  lookup: (effect: EffectRequest) => EffectResult | Promise<EffectResult>,
): Promise<AppliedStep[]> {
  const steps: AppliedStep[] = [{ event, result: step(document, state, event, env) }];
  for (let round = 0; round < MAX_EFFECT_ROUNDS; round++) {
    const effect = lastStep(steps).result.outputs.effects[0];
    if (!effect) break;
    const answer = await lookup(effect);
    steps.push({ event: answer, result: step(document, lastStep(steps).result.state, answer, env) });
  }
  return steps;
}

export function lastStep(steps: readonly AppliedStep[]): AppliedStep {
  const last = steps[steps.length - 1];
  if (last === undefined) throw new Error('empty list');
  return last;
}

/** The outputs of the steps of one request, as one. */
export function mergeOutputs(steps: readonly AppliedStep[]): Outputs {
  const merged = emptyOutputs();
  for (const { result } of steps) {
    const o = result.outputs;
    merged.replies.push(...o.replies);
    merged.suggestions.push(...o.suggestions);
    merged.handoff = o.handoff ?? merged.handoff;
    merged.effects.push(...o.effects);
    merged.tags.push(...o.tags);
    merged.unreplied ||= o.unreplied;
    merged.notes.push(...o.notes);
  }
  return merged;
}

export function emptyOutputs(): Outputs {
  return { replies: [], suggestions: [], handoff: null, effects: [], tags: [], unreplied: false, notes: [] };
}

export function replyView(r: OutReply): ReplyView {
  return { id: r.id, text: r.text, buttons: r.buttons.map((b) => ({ label: b.label, payload: b.payload })), kind: r.kind, nodeId: r.nodeId, language: r.language, intentId: r.intentId };
}
