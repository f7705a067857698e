/**
 * A preview conversation and a conversation test are two views of the same thing: "save as test"
 * freezes the turns (each with the clock, agents, language and orders it ran under) and what the
 * bot did; "open in preview" turns a test's steps back into preview events. Pure.
 */
import type { ConversationTest, StepExpectation, TestStep } from '../../flows/conversation-test';
import type { Order } from '../../flows/order';
import type { PreviewStepInput, PreviewStepResult } from '../../server/services/preview';
import type { ReplyView } from '../../server/services/reply-step';
import { firstFree, slugify } from '../../flows/slug';
import { testStepEvent } from '../../runtime/testing/run-test';
import { buyerIdOf, type OrdersChoice } from './circumstances';

export type PreviewEvent = PreviewStepInput['event'];

/** One thing the buyer did in the preview, the circumstances it ran under, and the answer. */
export interface Turn {
  id: number;
  event: PreviewEvent;
  at: string;
  agents: { online: number; available: number };
  language: string | null;
  buyerName: string;
  orders: OrdersChoice;
  result: PreviewStepResult | null;
  error: string | null;
}

/** What the bot showed at a step (replies, then suggestions): what a later rating or button refers to. */
export function shownReplies(result: Pick<PreviewStepResult, 'replies' | 'suggestions'>): ReplyView[] {
  return [...result.replies, ...result.suggestions.filter((s) => !result.replies.some((r) => r.id === s.id))];
}

function sameAgents(a: Turn['agents'], b: Turn['agents']): boolean {
  return a.online === b.online && a.available === b.available;
}

function stepOf(event: PreviewEvent, previous: ReplyView[]): Omit<TestStep, 'expect'> {
  switch (event.type) {
    case 'buyer_message':
      return event.payload !== undefined ? { buyer: event.text, payload: event.payload } : { buyer: event.text };
    case 'button':
      return { button: event.payload };
    case 'feedback': {
      const index = previous.findIndex((r) => r.id === event.replyId);
      return { feedback: { reply: index < 0 || index === previous.length - 1 ? 'last' : index, resolved: event.resolved, ...(event.reason ? { reason: event.reason } : {}) } };
    }
    case 'agent_joined':
      return { agent: 'joined' };
    case 'agent_released':
      return { agent: 'released' };
    case 'conversation_closed':
      return { agent: 'closed' };
  }
}

/** What the bot did at a step, as the expectation a saved test starts with (editable afterwards). */
export function expectationOf(result: PreviewStepResult): StepExpectation {
  const expect: StepExpectation = {
    replies: result.replies.map((r) => ({ text: r.text, kind: r.kind })),
    handoff: result.handoff ? { queue: result.handoff.queue } : false,
    status: result.status,
    path: result.path.nodes,
  };
  const suggested = result.suggestions.filter((s) => !result.replies.some((r) => r.id === s.id));
  if (suggested.length > 0) expect.suggestions = suggested.map((r) => ({ text: r.text, kind: r.kind }));
  return expect;
}

/** The orders the conversation's lookups saw (fixtures as given), as the buyer's, latest first wins. */
function frozenOrders(turns: readonly Turn[], buyerId: string): Order[] {
  const byId = new Map<string, Order>();
  for (const t of turns) {
    const orders = t.orders.source === 'fixtures' ? t.orders.fixtures : (t.result?.orders ?? []);
    for (const o of orders) byId.set(o.id, { ...o, buyerId });
  }
  return [...byId.values()];
}

export interface SaveAsTestOptions {
  id: string;
  name: string;
  description?: string;
  shopName: string;
  /** The preview's conversation id, which seeded the runtime's choices. */
  seed: string;
}

/**
 * The answered turns of a preview conversation as a conversation test: every step with its
 * instant, the agents and language when they change, the orders frozen as the test's own, and the
 * replies, handoff, status and path the bot produced as the expectations. Null when nothing was answered.
 */
export function conversationAsTest(turns: readonly Turn[], options: SaveAsTestOptions): ConversationTest | null {
  const done = turns.filter((t): t is Turn & { result: PreviewStepResult } => t.result !== null && t.error === null);
  const first = done[0];
  if (!first) return null;
  const buyerId = buyerIdOf(first.orders);
  const steps: TestStep[] = [];
  let previous: ReplyView[] = [];
  let prior: Turn = first;
  for (const turn of done) {
    const step: TestStep = { ...stepOf(turn.event, previous), at: turn.at, expect: expectationOf(turn.result) };
    if (turn !== first && !sameAgents(turn.agents, prior.agents)) step.agents = turn.agents;
    if (turn !== first && turn.language !== null && turn.language !== prior.language) step.language = turn.language;
    steps.push(step);
    const shown = shownReplies(turn.result);
    if (shown.length > 0) previous = shown;
    prior = turn;
  }
  const name = first.buyerName.trim();
  return {
    id: options.id,
    name: options.name,
    description: options.description ?? '',
    context: {
      at: first.at,
      agents: first.agents,
      buyer: { id: buyerId, ...(name ? { name } : {}), ...(first.language ? { language: first.language } : {}) },
      orders: frozenOrders(done, buyerId),
      shopName: options.shopName.slice(0, 100),
      seed: options.seed.slice(0, 100),
    },
    steps,
  };
}

/** The preview event of a test step, read as the test runner reads it; null when the step rates a reply that is not there. */
export function eventOfStep(step: TestStep, previous: readonly ReplyView[]): PreviewEvent | null {
  return testStepEvent(step, previous);
}

/** A test id not yet taken, from its name. */
export function testIdFor(name: string, taken: readonly string[]): string {
  return firstFree(slugify(name) || 'test', (id) => taken.includes(id));
}
