import type { ConversationTest, ExpectedReply, StepExpectation, TestStep } from '../../flows/conversation-test';
import type { FlowDocument } from '../../flows/document';
import type { ConversationState, Env, OutReply, RuntimeEvent, StepResult } from '../contract';
import { stepWithOrders } from '../host/effects';
import { instantToMs, msToInstant } from '../time';

/** Seconds between steps that give neither `at` nor `after`. */
const DEFAULT_GAP_SECONDS = 5;

export interface Failure {
  /** What was checked, e.g. `replies[0].contains`. */
  what: string;
  expected: unknown;
  actual: unknown;
}

export interface StepReport {
  index: number;
  at: string;
  input: string;
  replies: OutReply[];
  suggestions: OutReply[];
  handoff: StepResult['outputs']['handoff'];
  status: ConversationState['status'];
  intent: string | null;
  path: string[];
  failures: Failure[];
}

export interface TestReport {
  id: string;
  name: string;
  passed: boolean;
  steps: StepReport[];
}

function describeStep(s: TestStep): string {
  if (s.buyer !== undefined) return `buyer: ${s.buyer}`;
  if (s.button !== undefined) return `button: ${s.button}`;
  if (s.feedback) return `feedback: ${s.feedback.resolved ? 'resolved' : 'unresolved'}`;
  return `agent: ${s.agent}`;
}

/** Runs one conversation test against a flow, resolving order lookups from the test's orders. Pure. */
export function runConversationTest(flow: FlowDocument, test: ConversationTest): TestReport {
  let state: ConversationState | null = null;
  let previous: OutReply[] = [];
  const reports: StepReport[] = [];
  const timeline = testTimeline(test);
  test.steps.forEach((s, index) => {
    const { at, agents, language } = timeline[index] as StepCircumstances;
    const nowMs = instantToMs(at);
    const buyer: Env['buyer'] = { id: test.context.buyer.id };
    if (test.context.buyer.name !== undefined) buyer.name = test.context.buyer.name;
    if (language !== undefined) buyer.language = language;
    const env: Env = {
      now: msToInstant(nowMs),
      seed: test.context.seed,
      agents,
      buyer,
      shop: test.context.shopName ? { name: test.context.shopName } : {},
      facts: {},
      dryRun: false,
    };
    const failures: Failure[] = [];
    const event = testStepEvent(s, previous);
    if (!event && s.feedback) failures.push({ what: 'feedback.reply', expected: `a reply to rate (${String(s.feedback.reply)})`, actual: 'the previous step had no such reply' });
    const result: StepResult | null = event ? stepWithOrders(flow, state, event, env, test.context.orders) : null;
    if (result) state = result.state;
    const outputs = result?.outputs;
    const intentEntry = result?.trace.find((t) => t.type === 'intent');
    const report: StepReport = {
      index,
      at: env.now,
      input: describeStep(s),
      replies: outputs?.replies ?? [],
      suggestions: outputs?.suggestions ?? [],
      handoff: outputs?.handoff ?? null,
      status: state?.status ?? 'bot',
      intent: intentEntry ? ((intentEntry.data?.intentId as string | null | undefined) ?? null) : null,
      path: result ? result.trace.filter((t) => t.type === 'node' && t.nodeId).map((t) => t.nodeId as string) : [],
      failures,
    };
    if (result) check(s.expect, report, intentEntry !== undefined, failures);
    reports.push(report);
    const shown = [...report.replies, ...report.suggestions];
    if (shown.length > 0) previous = shown;
  });
  return { id: test.id, name: test.name, passed: reports.every((r) => r.failures.length === 0), steps: reports };
}

/** The clock, agents and buyer language each step of a test runs under. */
export interface StepCircumstances {
  at: string;
  agents: ConversationTest['context']['agents'];
  language: string | undefined;
}

/** When each step happens (absolute `at`, or `after` seconds, or a short gap) and under which agents and language. */
export function testTimeline(test: ConversationTest): StepCircumstances[] {
  let nowMs = instantToMs(test.context.at);
  let agents = test.context.agents;
  let language = test.context.buyer.language ?? test.language;
  return test.steps.map((s, index) => {
    if (s.at) nowMs = instantToMs(s.at);
    else if (index > 0) nowMs += (s.after ?? DEFAULT_GAP_SECONDS) * 1000;
    if (s.agents) agents = s.agents;
    if (s.language) language = s.language;
    return { at: msToInstant(nowMs), agents, language };
  });
}

/** What a test step does: a buyer's message, tap or rating, or an agent's event. */
export type TestStepEvent = Extract<RuntimeEvent, { type: 'buyer_message' | 'button' | 'feedback' | 'agent_joined' | 'agent_released' | 'conversation_closed' }>;

/**
 * The event of a test step, given the replies the bot showed before it (a rating names a reply by
 * position, a button finds its label); null when the step rates a reply that is not there.
 * The runner and the designer's "open in preview" both read steps through this.
 */
export function testStepEvent(s: TestStep, previous: ReadonlyArray<Pick<OutReply, 'id' | 'buttons'>>): TestStepEvent | null {
  if (s.buyer !== undefined) return s.payload !== undefined ? { type: 'buyer_message', text: s.buyer, payload: s.payload } : { type: 'buyer_message', text: s.buyer };
  if (s.button !== undefined) {
    const label = previous.flatMap((r) => r.buttons).find((b) => b.payload === s.button)?.label;
    return label !== undefined ? { type: 'button', payload: s.button, label } : { type: 'button', payload: s.button };
  }
  if (s.feedback) {
    const which = s.feedback.reply;
    const reply = which === 'last' ? previous[previous.length - 1] : previous[which];
    if (!reply) return null;
    return { type: 'feedback', replyId: reply.id, resolved: s.feedback.resolved, ...(s.feedback.reason ? { reason: s.feedback.reason } : {}) };
  }
  if (s.agent === 'joined') return { type: 'agent_joined' };
  if (s.agent === 'released') return { type: 'agent_released' };
  return { type: 'conversation_closed' };
}

function replyFailures(expected: ExpectedReply, actual: OutReply | undefined, where: string): Failure[] {
  if (!actual) return [{ what: where, expected: summary(expected), actual: 'no reply' }];
  const out: Failure[] = [];
  if (expected.text !== undefined && actual.text !== expected.text) out.push({ what: `${where}.text`, expected: expected.text, actual: actual.text });
  const fragments = expected.contains === undefined ? [] : Array.isArray(expected.contains) ? expected.contains : [expected.contains];
  for (const f of fragments) {
    if (!actual.text.toLowerCase().includes(f.toLowerCase())) out.push({ what: `${where}.contains`, expected: f, actual: actual.text });
  }
  if (expected.kind !== undefined && actual.kind !== expected.kind) out.push({ what: `${where}.kind`, expected: expected.kind, actual: actual.kind });
  if (expected.language !== undefined && actual.language !== expected.language) out.push({ what: `${where}.language`, expected: expected.language, actual: actual.language });
  if (expected.nodeId !== undefined && actual.nodeId !== expected.nodeId) out.push({ what: `${where}.nodeId`, expected: expected.nodeId, actual: actual.nodeId });
  for (const label of expected.buttons ?? []) {
    if (!actual.buttons.some((b) => b.label.toLowerCase().includes(label.toLowerCase()))) {
      out.push({ what: `${where}.buttons`, expected: label, actual: actual.buttons.map((b) => b.label) });
    }
  }
  return out;
}

function summary(e: ExpectedReply): string {
  return JSON.stringify(e);
}

function matches(expected: ExpectedReply, actual: OutReply): boolean {
  return replyFailures(expected, actual, '').length === 0;
}

function check(expect: StepExpectation, r: StepReport, sawIntent: boolean, failures: Failure[]): void {
  if (expect.replies) {
    if (expect.replies.length !== r.replies.length) {
      failures.push({ what: 'replies.length', expected: expect.replies.length, actual: r.replies.map((x) => `[${x.kind}] ${x.text}`) });
    }
    expect.replies.forEach((e, i) => failures.push(...replyFailures(e, r.replies[i], `replies[${i}]`)));
  }
  if (expect.someReplies) {
    let from = 0;
    for (const [i, e] of expect.someReplies.entries()) {
      const at = r.replies.findIndex((a, k) => k >= from && matches(e, a));
      if (at < 0) failures.push({ what: `someReplies[${i}]`, expected: summary(e), actual: r.replies.map((x) => `[${x.kind}] ${x.text}`) });
      else from = at + 1;
    }
  }
  if (expect.suggestions) {
    if (expect.suggestions.length !== r.suggestions.length) failures.push({ what: 'suggestions.length', expected: expect.suggestions.length, actual: r.suggestions.map((x) => x.text) });
    expect.suggestions.forEach((e, i) => failures.push(...replyFailures(e, r.suggestions[i], `suggestions[${i}]`)));
  }
  if (expect.noReply && r.replies.length > 0) failures.push({ what: 'noReply', expected: 'no reply', actual: r.replies.map((x) => x.text) });
  if (expect.handoff !== undefined) {
    if (expect.handoff === true && !r.handoff) failures.push({ what: 'handoff', expected: 'a handoff', actual: null });
    else if (expect.handoff === false && r.handoff) failures.push({ what: 'handoff', expected: null, actual: r.handoff });
    else if (typeof expect.handoff === 'object') {
      if (!r.handoff) failures.push({ what: 'handoff', expected: expect.handoff, actual: null });
      else {
        if (expect.handoff.queue !== undefined && r.handoff.queue !== expect.handoff.queue) failures.push({ what: 'handoff.queue', expected: expect.handoff.queue, actual: r.handoff.queue });
        if (expect.handoff.reason !== undefined && r.handoff.reason !== expect.handoff.reason) failures.push({ what: 'handoff.reason', expected: expect.handoff.reason, actual: r.handoff.reason });
      }
    }
  }
  if (expect.status !== undefined && r.status !== expect.status) failures.push({ what: 'status', expected: expect.status, actual: r.status });
  if (expect.intent !== undefined) {
    const actual = sawIntent ? r.intent : 'no intent routing at this step';
    if (actual !== expect.intent) failures.push({ what: 'intent', expected: expect.intent, actual });
  }
  if (expect.path) {
    let from = 0;
    for (const id of expect.path) {
      const at = r.path.indexOf(id, from);
      if (at < 0) {
        failures.push({ what: 'path', expected: expect.path, actual: r.path });
        break;
      }
      from = at + 1;
    }
  }
}
