import type { FlowDocument } from '../flows/document';
import { compileFlow, edgeKey } from './compile';
import type { ConversationState, Env, RuntimeEvent, StepResult } from './contract';
import { detectLanguage, writesScriptOf, type DetectedLanguage } from './language/detect';
import { findKeyword, keywordText, type CompiledKeyword, type KeywordText } from './matching/keywords';
import { matchIntent } from './matching/matcher';
import { normalizeText } from './matching/normalize';
import { NODE_HANDLERS } from './nodes';
import type { NodeHandler } from './nodes/handler';
import { Run, type NodeOutcome } from './run';
import { evaluateSchedule } from './schedule';
import { FEEDBACK_RESOLVED, FEEDBACK_UNRESOLVED } from './nodes/feedback';
import { answersOrderChoice } from './nodes/order_lookup';
import { cloneState, freshSession, initialState, sessionWindowPassed } from './state';
import { instantToMs } from './time';

/**
 * Runs one event of a conversation through a flow. Pure and deterministic: time, agents, buyer
 * and host facts come in `env`; replies, handoffs and effect requests leave in `outputs`; the
 * new conversation state is returned (the input state is never mutated). Never throws for a
 * valid document: problems are trace entries.
 *
 * With `env.dryRun`, the returned state is the input state: what the bot would say, uncommitted.
 */
export function step(flow: FlowDocument, state: ConversationState | null, event: RuntimeEvent, env: Env): StepResult {
  const nowMs = instantToMs(env.now);
  const begin = state ? cloneState(state) : initialState(env.now);
  const run = new Run(compileFlow(flow), begin, env, nowMs, state === null);
  try {
    run.state.counters.events += 1;
    run.note({ type: 'event', message: describeEvent(event), data: { event: event.type } });
    dispatch(run, event);
    run.finishGuard();
  } catch (e) {
    // A bug must not take the conversation down: report it and keep the previous state.
    run.note({ type: 'problem', message: `Internal error: ${(e as Error).message}` });
    const kept = state ? cloneState(state) : initialState(env.now);
    return { state: kept, outputs: run.outputs, trace: run.trace };
  }
  const committed = env.dryRun ? (state ? cloneState(state) : initialState(env.now)) : run.state;
  return { state: committed, outputs: run.outputs, trace: run.trace };
}

function describeEvent(event: RuntimeEvent): string {
  switch (event.type) {
    case 'buyer_message':
      return `Buyer: ${JSON.stringify(event.text.slice(0, 200))}${event.payload ? ` [${event.payload}]` : ''}`;
    case 'button':
      return `Buyer tapped ${event.label ? JSON.stringify(event.label) : ''} [${event.payload}]`;
    case 'feedback':
      return `Buyer rated ${event.replyId} ${event.resolved ? 'resolved' : `unresolved${event.reason ? ` (${event.reason})` : ''}`}`;
    case 'effect_result':
      return `Host answered ${event.effectId}: ${event.ok ? `${event.orders.length} order(s)` : `error ${event.error ?? ''}`}`;
    default:
      return event.type.replace('_', ' ');
  }
}

function dispatch(run: Run, event: RuntimeEvent): void {
  const s = run.state;
  switch (event.type) {
    case 'buyer_message':
      return onBuyer(run, event.text, event.payload ?? null);
    case 'button':
      return onBuyer(run, event.label ?? event.payload, event.payload);
    case 'feedback':
      return onFeedback(run, event);
    case 'effect_result': {
      const wait = s.wait;
      if (!wait || wait.for !== 'effect' || wait.effectId !== event.effectId) {
        run.note({ type: 'problem', message: `No lookup is waiting for ${event.effectId}: ignored` });
        return;
      }
      run.auto = robotAuto(run);
      return resumeAt(run, wait.nodeId, event);
    }
    case 'timer':
      run.note({ type: 'wait', message: 'No timer is pending: ignored' });
      return;
    case 'agent_joined':
      s.status = 'human';
      s.wait = null;
      run.note({ type: 'guard', message: 'An agent took over: the bot is silent until released', data: { guard: 'human' } });
      return;
    case 'agent_released':
      // Closed is final for the session: the buyer's next message starts a new one.
      if (s.status === 'closed') {
        run.note({ type: 'guard', message: 'Released after the conversation was closed: it stays closed', data: { guard: 'closed' } });
        return;
      }
      s.status = 'bot';
      s.wait = s.home ? { for: 'message', nodeId: s.home } : null;
      s.session.fallbacks = 0;
      s.session.replyCounts = {};
      // A buyer who has talked to an agent is not welcomed again in this session.
      s.session.greeted = true;
      run.note({ type: 'guard', message: 'The agent handed the conversation back to the bot', data: { guard: 'released' } });
      return;
    case 'conversation_closed':
      s.status = 'closed';
      s.wait = null;
      run.note({ type: 'session', message: 'Conversation closed' });
      return;
  }
}

function onBuyer(run: Run, text: string, payload: string | null): void {
  const s = run.state;
  const last = instantToMs(s.session.lastActivityAt);
  const expired = !run.fresh && s.status !== 'human' && sessionWindowPassed(last, run.nowMs, run.settings.sessionWindowSeconds);
  if (s.status === 'closed' || expired) {
    const gap = Math.round((run.nowMs - last) / 1000);
    const reason = s.status === 'closed' ? 'the conversation was closed' : gap >= 0 ? `${gap} s since the last message` : `the clock went back ${-gap} s`;
    s.session = freshSession(s.session.number + 1, run.env.now);
    s.status = 'bot';
    s.wait = null;
    s.home = null;
    s.variables = {};
    s.orders = [];
    run.note({ type: 'session', message: `New session (${reason})`, data: { session: s.session.number } });
  }
  if (run.nowMs > last || run.fresh) s.session.lastActivityAt = run.env.now;
  // A tap carries a payload, not the buyer's words: it says nothing about their language.
  if (payload === null) setLanguage(run, text);
  else if (run.env.buyer.language && run.flow.doc.languages.supported.includes(run.env.buyer.language)) run.state.language = run.env.buyer.language;
  run.state.language ??= run.flow.doc.languages.default;
  run.local.last_message = text;

  if (s.status === 'human') {
    s.session.lastBuyerText = normalizeText(text);
    s.session.lastBuyerAt = run.env.now;
    run.note({ type: 'guard', message: 'An agent handles this conversation: the bot stays silent', data: { guard: 'human' } });
    return;
  }
  const norm = payload ? `[${payload}]` : normalizeText(text);
  const lastAt = s.session.lastBuyerAt ? instantToMs(s.session.lastBuyerAt) : Number.NEGATIVE_INFINITY;
  // While the bot asks "which order?" (again, after a "no"), the same answer again answers the new
  // question rather than repeat the last message; the same question again is still a burst.
  const answering = s.wait?.for === 'order_choice' && payload === null && answersOrderChoice(text);
  if (!answering && norm !== '' && norm === s.session.lastBuyerText && run.nowMs - lastAt <= run.settings.burstWindowSeconds * 1000) {
    s.session.lastBuyerAt = run.env.now;
    run.note({ type: 'guard', message: 'Same message again within the burst window: already answered', data: { guard: 'burst' } });
    return;
  }
  s.session.lastBuyerText = norm;
  s.session.lastBuyerAt = run.env.now;
  run.auto = robotAuto(run);
  run.input = { text, payload, consumed: false, afterGreeting: false };

  const trigger = firedTrigger(run, text, payload);
  if (trigger) {
    run.input.consumed = true;
    run.handoffReason = 'buyer_request';
    s.wait = null;
    return runFrom(run, trigger);
  }
  const wait = s.wait;
  // A rating button tapped after the bot moved on rates the answer it was asked about.
  if ((payload === FEEDBACK_RESOLVED || payload === FEEDBACK_UNRESOLVED) && wait?.for !== 'feedback') {
    const asked = lastFeedbackNode(run);
    if (asked !== null) {
      run.note({ type: 'info', nodeId: asked, message: 'A rating button from an earlier answer' });
      s.wait = { for: 'feedback', nodeId: asked };
      return resumeAt(run, asked, { type: 'button', payload, label: text });
    }
  }
  if (wait && wait.for !== 'effect') {
    return resumeAt(run, wait.nodeId, payload ? { type: 'button', payload, label: text } : { type: 'buyer_message', text });
  }
  if (wait?.for === 'effect') run.note({ type: 'problem', nodeId: wait.nodeId, message: 'The host never answered the order lookup: starting over' });
  s.wait = null;
  const from = s.home ?? run.flow.startId;
  if (!from) {
    run.note({ type: 'problem', message: 'The flow has no start node' });
    return;
  }
  return runFrom(run, s.session.greeted ? from : (run.flow.startId ?? from));
}

/** The feedback node that last asked the buyer for a rating, if any. */
function lastFeedbackNode(run: Run): string | null {
  const recent = run.state.recentReplies;
  for (let i = recent.length - 1; i >= 0; i--) {
    const nodeId = recent[i]!.nodeId;
    if (run.flow.nodes.get(nodeId)?.kind === 'feedback') return nodeId;
  }
  return null;
}

// "I don't want a human", "不要人工", "tak payah ejen", "sin agente": the trigger's words, refused.
const REFUSED_SPACED =
  /(^| )(don t|dont|do not|no need|dun need|need not|doesn t need|without|never mind|nevermind|tak nak|x nak|tak perlu|x perlu|tak payah|x payah|takyah|tak usah|x usah|tak mahu|tak mau|no quiero|no necesito|no hace falta|no es necesario|sin)( [^ ]+){0,5} $/u;
const REFUSED_COMPACT = /(不要|不用|别|不想|无需|不需要)$/u;

/** Whether the words just before the keyword refuse it. */
function refused(hit: CompiledKeyword, kt: KeywordText): boolean {
  if (hit.substring !== null) {
    const at = kt.compact.indexOf(hit.substring);
    return at > 0 && REFUSED_COMPACT.test(kt.compact.slice(Math.max(0, at - 3), at));
  }
  const at = hit.folded !== null ? kt.folded.indexOf(hit.folded) : -1;
  return at > 0 && REFUSED_SPACED.test(kt.folded.slice(0, at + 1));
}

/** The node a global trigger jumps to, if the message fires one. */
function firedTrigger(run: Run, text: string, payload: string | null): string | null {
  if (run.flow.triggers.length === 0) return null;
  const kt = keywordText(normalizeText(text));
  for (const { trigger, keywords } of run.flow.triggers) {
    const found = findKeyword(keywords, kt);
    const hit = found && refused(found, kt) ? null : found;
    if (found && !hit) {
      run.note({ type: 'trigger', message: `Global trigger "${trigger.name || trigger.id}" not fired: the buyer refuses "${found.source}"`, data: { trigger: trigger.id, refused: true } });
      // Refused is refused: the trigger's intent neither fires it nor answers the message.
      if (trigger.intentId) run.refused.intents.add(trigger.intentId);
      run.refused.targets.add(trigger.target);
      continue;
    }
    let why: string | null = hit ? `keyword "${hit.source}"` : null;
    if (!why && trigger.intentId) {
      if (payload === `intent:${trigger.intentId}`) why = 'button';
      else {
        const m = matchIntent(run.flow.intentIndex, text, { language: run.language, restrictTo: [trigger.intentId] });
        if (m.intentId) why = `intent "${m.intentId}" ${m.score}`;
      }
    }
    if (why) {
      run.note({ type: 'trigger', message: `Global trigger "${trigger.name || trigger.id}" (${why}) → ${trigger.target}`, data: { trigger: trigger.id, target: trigger.target } });
      return trigger.target;
    }
  }
  return null;
}

function setLanguage(run: Run, text: string): void {
  const { supported, default: def } = run.flow.doc.languages;
  const s = run.state;
  const given = run.env.buyer.language;
  if (given && supported.includes(given)) {
    // The app's language setting, unless the message plainly is in another the flow speaks: a
    // Chinese sentence from a phone set to Malay, or "dónde está mi paquete? no hablo inglés".
    const written = detectLanguage(text, supported, given);
    if (written.language !== given && clearlyWritten(written, text)) {
      if (s.language !== written.language) {
        run.note({ type: 'language', message: `Language ${written.language} (the host gave ${given}; the message is written in ${written.language})`, data: { ...written, given } });
      }
      s.language = written.language;
      return;
    }
    if (s.language !== given) run.note({ type: 'language', message: `Language ${given} (given by the host)` });
    s.language = given;
    return;
  }
  const detected = detectLanguage(text, supported, s.language ?? def);
  if (detected.by === 'fallback') {
    s.language ??= def;
    return;
  }
  // A Chinese chat stays Chinese while the buyer still writes Chinese characters among English words.
  if (s.language && detected.language !== s.language && writesScriptOf(s.language, text)) return;
  if (detected.language !== s.language) {
    run.note({ type: 'language', message: `Language ${detected.language} (detected by ${detected.by}, ${detected.confidence.toFixed(2)})`, data: { ...detected } });
  }
  s.language = detected.language;
}

/** Words that make a word-based detection plain enough to overrule the host's language. */
const CLEAR_WORDS = 3;
const CLEAR_CONFIDENCE = 0.75;

/** Whether a detection is sure enough to beat the language the host gave: by script, or by several words. */
function clearlyWritten(d: DetectedLanguage, text: string): boolean {
  if (d.by === 'script') return true;
  return d.by === 'words' && d.confidence >= CLEAR_CONFIDENCE && text.trim().split(/\s+/u).length >= CLEAR_WORDS;
}

/** Whether the robot answers by itself now, per the flow's robot settings. */
function robotAuto(run: Run): boolean {
  const robot = run.settings.robot;
  const agents = run.env.agents;
  let auto: boolean;
  let why: string;
  if (robot.mode === 'assist') {
    auto = agents.online === 0;
    why = auto ? 'assist mode, but no agent is online' : 'assist mode with agents online';
  } else if (robot.autoWhen === 'always') {
    return true;
  } else if (robot.autoWhen === 'no_agent_available') {
    auto = agents.available === 0;
    why = auto ? 'no agent available' : `${agents.available} agent(s) available`;
  } else {
    const schedule = (robot.scheduleId ? run.flow.schedules.get(robot.scheduleId) : undefined) ?? run.flow.doc.schedules[0];
    if (!schedule) return true;
    auto = !evaluateSchedule(schedule, run.env.now).open || agents.online === 0;
    why = auto ? 'outside working hours or nobody online' : 'within working hours';
  }
  run.note({ type: 'guard', message: `Robot ${auto ? 'replies by itself' : 'suggests replies to the agent'}: ${why}`, data: { guard: 'robot_mode', auto } });
  return auto;
}

function onFeedback(run: Run, event: Extract<RuntimeEvent, { type: 'feedback' }>): void {
  const s = run.state;
  const reply = s.recentReplies.find((r) => r.id === event.replyId);
  if (!reply) {
    run.note({ type: 'problem', message: `Unknown reply ${event.replyId}: rating ignored` });
    return;
  }
  run.outputs.tags.push(event.resolved ? 'rating:resolved' : `rating:unresolved${event.reason ? `:${event.reason}` : ''}`);
  run.note({ type: 'info', nodeId: reply.nodeId, message: `Reply ${reply.id} rated ${event.resolved ? 'resolved' : 'unresolved'}`, data: { ...reply, resolved: event.resolved, reason: event.reason ?? null } });
  if (!event.resolved && run.settings.handoffOnUnresolved && s.status === 'bot') {
    run.note({ type: 'guard', nodeId: reply.nodeId, message: 'Unresolved rating: handing over', data: { guard: 'unresolved_rating' } });
    run.outputs.notes.push(`The buyer rated a bot reply as unresolved${event.reason ? ` (${event.reason.replace('_', ' ')})` : ''}.`);
    run.guardHandoff('unresolved_rating');
    const detour = takeDetour(run);
    if (detour !== null) {
      run.auto = robotAuto(run);
      runFrom(run, detour);
    }
  }
}

/** The node a guard hands over through, once. */
function takeDetour(run: Run): string | null {
  const to = run.detour;
  run.detour = null;
  return to;
}

function handlerOf(kind: string): NodeHandler<never> {
  return NODE_HANDLERS[kind as keyof typeof NODE_HANDLERS] as unknown as NodeHandler<never>;
}

/** An event arrives while the bot waits at `nodeId`. */
function resumeAt(run: Run, nodeId: string, event: RuntimeEvent): void {
  const node = run.flow.nodes.get(nodeId);
  const wait = run.state.wait;
  if (!node || !wait) {
    run.note({ type: 'problem', nodeId, message: 'The node the bot waited at no longer exists: starting over' });
    run.state.wait = null;
    if (run.flow.startId) runFrom(run, run.flow.startId);
    return;
  }
  run.state.wait = null;
  run.stepsLeft -= 1;
  run.note({ type: 'node', nodeId, message: `Resumed at ${node.kind} "${node.label ?? node.id}"` });
  const handler = handlerOf(node.kind);
  const outcome = handler.resume ? handler.resume(node as never, run, event, wait) : handler.enter(node as never, run);
  follow(run, nodeId, outcome);
}

/** Runs the flow from `nodeId` until it waits, stops or runs out of budget. */
function runFrom(run: Run, nodeId: string): void {
  let current = nodeId;
  for (;;) {
    const node = run.flow.nodes.get(current);
    if (!node) {
      run.note({ type: 'problem', nodeId: current, message: `Node "${current}" does not exist` });
      return settle(run);
    }
    if (run.stepsLeft <= 0) return overBudget(run, current);
    run.stepsLeft -= 1;
    run.note({ type: 'node', nodeId: current, message: `${node.kind} "${node.label ?? node.id}"` });
    const outcome = handlerOf(node.kind).enter(node as never, run);
    const next = advance(run, current, outcome);
    if (next === null) return;
    current = next;
  }
}

function follow(run: Run, nodeId: string, outcome: NodeOutcome): void {
  const next = advance(run, nodeId, outcome);
  if (next !== null) runFrom(run, next);
}

/** Applies a node's outcome; returns the next node to run, or null when the run is over. */
function advance(run: Run, nodeId: string, outcome: NodeOutcome): string | null {
  if (run.halted) return null;
  const detour = takeDetour(run);
  if (detour !== null) return detour;
  if ('wait' in outcome) {
    run.state.wait = outcome.wait;
    run.note({ type: 'wait', nodeId, message: `Waiting for ${outcome.wait.for === 'effect' ? 'the host' : 'the buyer'}`, data: { for: outcome.wait.for } });
    return null;
  }
  if ('stop' in outcome) {
    settle(run);
    return null;
  }
  const edge = run.flow.edges.get(edgeKey(nodeId, outcome.go));
  if (!edge) {
    run.note({ type: 'problem', nodeId, message: `Exit "${outcome.go}" is not connected` });
    settle(run);
    return null;
  }
  run.note({ type: 'edge', edgeId: edge.id, nodeId, message: `${outcome.go} → ${edge.target}`, data: { exit: outcome.go, target: edge.target } });
  return edge.target;
}

/**
 * The run ended without waiting: the bot waits at its router. A message that is still
 * unanswered (the buyer wrote instead of choosing) goes to the router now.
 */
function settle(run: Run): void {
  const s = run.state;
  if (s.status !== 'bot' || run.halted) return;
  const home = s.home;
  if (run.input && !run.input.consumed && home && run.stepsLeft > 0) {
    s.wait = null;
    run.note({ type: 'info', nodeId: home, message: 'Answering the message at the main router' });
    runFrom(run, home);
    return;
  }
  s.wait = home ? { for: 'message', nodeId: home } : null;
}

function overBudget(run: Run, nodeId: string): void {
  run.note({ type: 'problem', nodeId, message: `Step budget of ${run.settings.maxStepsPerEvent} nodes used up: the flow loops without waiting` });
  const fb = run.flow.firstFallback;
  if (fb) run.say(fb.id, fb.data.reply, 'fallback', [], false);
  run.state.wait = run.state.home ? { for: 'message', nodeId: run.state.home } : null;
  run.halted = true;
}
