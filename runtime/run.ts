import type { LocalizedText } from '../flows/common';
import type { Reply, ReplyKind } from '../flows/reply';
import type { VariableValue } from '../flows/variable';
import type { CompiledFlow } from './compile';
import type { ConversationState, Env, Outputs, OutReply, TraceEntry, Wait } from './contract';
import { pickText, renderTemplate } from './template';
import { fnv1a } from './hash';

/** The buyer's message while a step carries it through the flow, until a node consumes it. */
export interface Input {
  text: string;
  payload: string | null;
  consumed: boolean;
  /** A greeting was sent for this message: with no question in it, the greeting is the answer. */
  afterGreeting: boolean;
  /** The message as the buyer sent it, when `text` was joined with the pieces typed just before. */
  own?: string;
}

/** What a node does when the run reaches it (or an event arrives while the bot waits there). */
export type NodeOutcome = { go: string } | { wait: Wait } | { stop: true };

const GUARDED_KINDS: ReadonlySet<ReplyKind> = new Set<ReplyKind>(['answer', 'fallback', 'offline']);
const RECENT_REPLIES = 20;

/**
 * The mutable working set of one step: a private copy of the state, the outputs and trace being
 * built, and the helpers node handlers share (sending replies, handing over, variables).
 */
export class Run {
  readonly outputs: Outputs = { replies: [], suggestions: [], handoff: null, effects: [], tags: [], unreplied: false, notes: [] };
  readonly trace: TraceEntry[] = [];
  input: Input | null = null;
  /** Set when a guard took over: the run stops at once. */
  halted = false;
  /** Set when a guard hands over through the flow (settings.guardHandoffTarget): the node the run goes on at. */
  detour: string | null = null;
  /** A guard's hand-over through the flow is under way: a guard within it hands over at once. */
  private guarding = false;
  stepsLeft: number;
  /** Intent recognised in this step, credited to the replies that follow it. */
  intentId: string | null = null;
  /** Variables computed for this step only (e.g. next_open). */
  readonly local: Record<string, VariableValue> = {};
  /** Why a handoff reached later in this step happens (fallback escalation, buyer request, ...). */
  handoffReason: string | null = null;
  /** Whether the robot replies by itself now (else its replies are suggestions). */
  auto = true;
  /**
   * What the buyer refused in this message ("no need for an agent", "不要人工"): the intents and
   * the nodes of the global triggers not fired. An intent that leads to such a node is not matched either.
   */
  readonly refused = { intents: new Set<string>(), targets: new Set<string>() };

  constructor(
    readonly flow: CompiledFlow,
    readonly state: ConversationState,
    readonly env: Env,
    readonly nowMs: number,
    /** The conversation has no state yet. */
    readonly fresh: boolean,
  ) {
    this.stepsLeft = flow.doc.settings.maxStepsPerEvent;
  }

  get settings() {
    return this.flow.doc.settings;
  }

  get language(): string {
    return this.state.language ?? this.flow.doc.languages.default;
  }

  note(entry: TraceEntry): void {
    this.trace.push(entry);
  }

  /** A variable's value as templates and conditions see it. */
  variable(name: string): VariableValue | undefined {
    if (name in this.local) return this.local[name];
    if (name in this.state.variables) return this.state.variables[name];
    if (name in this.env.facts) return this.env.facts[name];
    switch (name) {
      case 'buyer_name': {
        // A name of only spaces is no name: the template's default greets instead ("Hi there").
        const name = this.env.buyer.name?.trim();
        return name ? name : undefined;
      }
      case 'buyer_id':
        return this.env.buyer.id;
      case 'shop_name':
        return this.env.shop.name;
      case 'language':
        return this.language;
    }
    return this.flow.variableDefaults[name];
  }

  /** A localized text in the buyer's language (else the flow's default, else any). */
  localized(text: LocalizedText): string {
    return pickText(text, this.language, this.flow.doc.languages.default).text;
  }

  render(template: string): string {
    return renderTemplate(template, (n) => this.variable(n));
  }

  /**
   * Sends a reply from a node: picks the buyer's language, fills templates, applies the loop
   * guard, and routes it to the buyer or, in assist mode, to the agent as a suggestion
   * (`direct` replies, such as "connecting you to an agent", always reach the buyer).
   * Returns false when the loop guard stopped the bot instead.
   */
  say(nodeId: string, reply: Reply, kind: ReplyKind, extraButtons: Array<{ label: string; payload: string }> = [], guarded = true, direct = false): boolean {
    const picked = pickText(reply.text, this.language, this.flow.doc.languages.default);
    const text = this.render(picked.text);
    if (guarded && GUARDED_KINDS.has(kind)) {
      const key = `${nodeId}\u0000${fingerprint(text)}`;
      const count = (this.state.session.replyCounts[key] ?? 0) + 1;
      if (count >= this.settings.repeatLimit) {
        this.note({
          type: 'guard',
          nodeId,
          message: `Loop guard: this reply would be sent for the ${ordinal(count)} time in this session; handing over`,
          data: { guard: 'repeat_limit', count, limit: this.settings.repeatLimit },
        });
        this.outputs.notes.push(`The bot stopped: the same reply would have been sent ${count} times ("${text.slice(0, 80)}").`);
        this.guardHandoff('repeat_limit');
        return false;
      }
      this.state.session.replyCounts[key] = count;
    }
    const buttons = [
      ...reply.buttons.map((b) => ({ label: this.render(this.localized(b.label)), payload: b.payload })),
      ...extraButtons,
    ];
    this.state.counters.replies += 1;
    const out: OutReply = {
      id: `r${this.state.counters.replies}`,
      text,
      buttons,
      kind,
      nodeId,
      language: picked.language,
      intentId: this.intentId,
    };
    this.state.recentReplies.push({ id: out.id, nodeId, kind, intentId: this.intentId });
    if (this.state.recentReplies.length > RECENT_REPLIES) this.state.recentReplies.splice(0, this.state.recentReplies.length - RECENT_REPLIES);
    if (this.auto || direct) this.outputs.replies.push(out);
    else {
      this.outputs.suggestions.push(out);
      if (this.settings.robot.assistAutoSend) this.outputs.replies.push(out);
    }
    return true;
  }

  /** Hands over to a human; the bot stays silent until released. */
  handoff(queue: string, reason: string): void {
    this.outputs.handoff = { queue, reason };
    // The bot is silent from here on: buttons sent earlier in this step (the welcome's menu) would lead nowhere.
    for (const r of [...this.outputs.replies, ...this.outputs.suggestions]) if (r.buttons.length > 0) r.buttons = [];
    if (this.env.agents.online === 0) this.outputs.unreplied = true;
    this.state.status = 'human';
    this.state.wait = null;
    this.outputs.tags.push(`handoff:${reason}`);
  }

  /**
   * A guard (loop guard, unresolved rating) hands over: through the flow's guard hand-over node
   * when it has one (the run goes on there, see `detour`), else at once with the flow's first
   * handoff node's messages, into the flow's guard queue.
   */
  guardHandoff(reason: string): void {
    const target = this.settings.guardHandoffTarget;
    if (target !== undefined && !this.guarding && this.flow.nodes.has(target)) {
      this.guarding = true;
      this.detour = target;
      this.handoffReason = reason;
      // The message that set the guard off is answered by the hand-over, not again at the router.
      if (this.input) this.input.consumed = true;
      this.note({ type: 'guard', nodeId: target, message: `Handing over through "${this.flow.nodes.get(target)?.label || target}"`, data: { guard: 'guard_handoff', target } });
      return;
    }
    this.handOverNow(reason);
  }

  /** After the step: a guard's hand-over through the flow that did not reach a hand-over hands over at once. */
  finishGuard(): void {
    if (!this.guarding || this.halted || this.state.status === 'human' || this.state.status === 'closed') return;
    this.note({ type: 'problem', message: 'The guard hand-over path ended without handing over: handing over directly' });
    this.handOverNow(this.handoffReason ?? 'guard');
  }

  private handOverNow(reason: string): void {
    const h = this.flow.firstHandoff;
    if (h) {
      const online = this.env.agents.online > 0;
      this.say(h.id, online ? h.data.reply : h.data.offlineReply, online ? 'handoff' : 'offline', [], false, true);
    }
    this.handoff(this.settings.handoffQueue, reason);
    this.halted = true;
  }
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/**
 * A short, stable stand-in for a reply's text in the loop guard's counts (FNV-1a, and the length),
 * so the stored state does not carry every long answer again.
 */
function fingerprint(text: string): string {
  return `${fnv1a(text).toString(36)}.${text.length}`;
}
