import type { NodeOfKind } from '../../flows/nodes';
import { edgeKey } from '../compile';
import { matchIntent, type MatchResult } from '../matching/matcher';
import { questionText, writtenOrderNumber } from '../order-numbers';
import { instantToMs } from '../time';
import { orderIdOfPayload } from '../order-payload';
import type { NodeOutcome, Run } from '../run';
import { FEEDBACK_RESOLVED, FEEDBACK_UNRESOLVED } from './feedback';
import { findByItem } from './order_lookup';
import { acknowledgement } from './acknowledgement';
import { withoutCourtesy } from './courtesy';
import { welcomeBackLine } from './welcome-back';
import type { NodeHandler } from './handler';
import { plainWords } from './typed-answer';

// A message that only says hello ("hi", "在吗", "salam") or only reacts ("👍", "🙏", "haha") asks nothing:
// it is neither a question the bot failed (no fallback, no step toward escalation) nor ignored.
const HELLO =
  /^(hi+|hello+|hey+|hiya|yo|hi there|hello there|hey there|good (morning|afternoon|evening)|hola|buenas|buenos días|buenos dias|buenas tardes|buenas noches|salam|assalamualaikum|hai|helo|selamat (pagi|petang|malam)|你好|您好|在吗|在不在|亲|亲在吗|亲在不在|哈喽|嗨|こんにちは|i have a question|i have a quick question|quick question|one more question|another question|i have another question|can i ask( something| you something)?|may i ask( something)?|i need (some )?help|need help|help( me)?( please| pls)?|tengo una (pregunta|consulta|duda)|una (pregunta|consulta)|otra pregunta|quería preguntar|queria preguntar|nak tanya( sikit| sikit je)?|saya nak tanya( sikit)?|tumpang tanya|boleh (saya )?tanya|我想问一下|想问一下|想问下|问一下|请问|咨询一下|还有个问题|还有一个问题|我有个问题|有个问题)( (there|again|seller|boss|admin|bro|sis|po|amigo|kak|akak|abang|bang|cik|tuan|puan|encik|sir|miss|dear|team|亲|老板|客服))*$/u;
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;
// Words that start a message and say nothing yet ("so", "um", "btw", "那个", "pues", "jadi"): the
// rest of the question follows, and is read together with them.
const FILLER = /^(so|um+|uh+|and|also|btw|well|oh and|ok so|okay so|anyway|那个|就是|嗯那个|然后|pues|y|y también|eh|em+|jadi|lepas tu|lagi satu|satu lagi)$/u;
// Laughing, musing or a bare "ok" ("hahaha", "lol", "jajaja", "wkwkwk", "哈哈哈", "hmm", "嗯嗯", "haha ok")
// that no intent claimed reacts like an emoji does.
const REACTION_WORD = String.raw`(?:(?:ha|he|hi|ja|je|ji|wk){2,}[hjk]?|l+o+l+|lmf?ao+|rofl|hm+|a+h+|o+h+|o+k+|okay|okie|哈{2,}|呵{2,}|嘻{2,}|嘿{2,}|嗯+|哦+|噢+|喔+)`;
const LAUGH_OR_HUM = new RegExp(`^${REACTION_WORD}( ${REACTION_WORD})*$`, 'u');

/**
 * Whether the message only greets or announces a question ('hello'), only reacts with emoji,
 * punctuation or laughter ('reaction'), or only starts a sentence ('announce').
 */
function asksNothing(text: string, question: string | undefined): 'hello' | 'reaction' | 'announce' | null {
  if (NO_WORDS.test(text)) return 'reaction';
  const words = plainWords(text);
  // "salam kak, nak tanya": a greeting before an announced question (the message without its courtesy) is still only a hello.
  if (HELLO.test(words) || (question !== undefined && HELLO.test(question))) return 'hello';
  if (FILLER.test(words)) return 'announce';
  const bare = words.replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return LAUGH_OR_HUM.test(bare) || acknowledgement(text) !== null ? 'reaction' : null;
}

/**
 * The intent whose exit looks up an order: the one the buyer's last order answer came from
 * ("where is my parcel"), else the first the node routes to an order lookup.
 */
function orderIntent(node: NodeOfKind<'intent'>, run: Run): string | undefined {
  const asksOrder = (i: string) => run.flow.nodes.get(run.flow.edges.get(edgeKey(node.id, i))?.target ?? '')?.kind === 'order_lookup';
  const recent = run.state.recentReplies;
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    if (r.intentId && run.flow.nodes.get(r.nodeId)?.kind === 'order_lookup' && node.data.intents.includes(r.intentId) && asksOrder(r.intentId)) return r.intentId;
  }
  return node.data.intents.find(asksOrder);
}

/** How much of the buyer's unplaced pieces is kept to read with the next message. */
const MAX_UNPLACED = 300;
/** Points above the threshold a match of pieces read together needs when no keyword backs it. */
const JOINED_MARGIN = 15;

/** Takes intent `id`'s exit without a text match (a button, an order named), traced as a certain choice. */
function chosen(node: NodeOfKind<'intent'>, run: Run, id: string, via: 'payload' | 'order_number' | 'order_item', message: string): NodeOutcome {
  run.intentId = id;
  run.state.session.fallbacks = 0;
  run.note({ type: 'intent', nodeId: node.id, message, data: { intentId: id, score: 100, via, candidates: [{ intentId: id, score: 100, via }] } });
  return { go: id };
}

/** An order the message names without a question: by its number, or by an item of one of the orders looked up. */
function namedOrder(run: Run, text: string): { via: 'order_number' | 'order_item'; what: string } | null {
  const number = writtenOrderNumber(text);
  if (number !== undefined) return { via: 'order_number', what: `Order ${number}` };
  const item = run.state.orders.length > 0 ? findByItem(run.state.orders, text) : undefined;
  return item ? { via: 'order_item', what: `An item of order ${item.id}` } : null;
}

function route(node: NodeOfKind<'intent'>, run: Run): NodeOutcome {
  const input = run.input;
  if (!input || input.consumed) return { wait: { for: 'message', nodeId: node.id } };
  input.consumed = true;
  if (input.payload?.startsWith('intent:')) {
    const id = input.payload.slice('intent:'.length);
    if (node.data.intents.includes(id)) {
      return chosen(node, run, id, 'payload', `Button chose intent "${id}"`);
    }
  }
  // An order button from an earlier "do you mean…?" is a question about that order.
  if (input.payload && orderIdOfPayload(input.payload) !== null) {
    const id = orderIntent(node, run);
    if (id !== undefined) {
      input.consumed = false;
      return chosen(node, run, id, 'payload', `An earlier order button: asked as "${id}"`);
    }
  }
  if (input.payload === FEEDBACK_RESOLVED || input.payload === FEEDBACK_UNRESOLVED) {
    run.note({ type: 'guard', nodeId: node.id, message: 'A rating button no answer asked for: nothing to answer', data: { guard: 'reaction' } });
    return { wait: { for: 'message', nodeId: node.id } };
  }
  // A bare "ok" as the very first message: the welcome is the whole answer (not "You're welcome!").
  if (input.afterGreeting && acknowledgement(input.text) === 'ok') {
    run.note({ type: 'guard', nodeId: node.id, message: 'The first message only acknowledged: the greeting answers it', data: { guard: 'greeting_only' } });
    return { wait: { for: 'message', nodeId: node.id } };
  }
  const threshold = node.data.threshold ?? run.settings.matchThreshold;
  const { intents: refusedIntents, targets: refusedTargets } = run.refused;
  const leadsToRefused = (i: string) => refusedIntents.has(i) || refusedTargets.has(run.flow.edges.get(edgeKey(node.id, i))?.target ?? '');
  const allowed = refusedIntents.size + refusedTargets.size > 0 ? node.data.intents.filter((i) => !leadsToRefused(i)) : node.data.intents;
  const match = (text: string, among: readonly string[] = allowed) => matchIntent(run.flow.intentIndex, questionText(text), { language: run.language, restrictTo: among, threshold });
  let result = match(input.text);
  // "Hi, when will my order ship? Thank you": the question decides, not the courtesy around it,
  // when the whole message went to what the courtesy alone says (thanks) or to nothing.
  let polite = false;
  const wrapped = withoutCourtesy(input.text);
  if (wrapped !== null) {
    const asked = match(wrapped.question);
    if (asked.intentId !== null && asked.intentId !== result.intentId && (result.intentId === null || match(wrapped.courtesy).intentId === result.intentId)) {
      result = asked;
      polite = true;
    }
  }
  // "va", "sure", "sale, gracias": an acknowledgement only resembles an example by chance
  // ("por dónde va mi pedido"); it is an intent's only when the seller listed it as a keyword.
  const byExampleOnly = (r: MatchResult) => r.intentId !== null && r.candidates.find((c) => c.intentId === r.intentId)?.via === 'example';
  if (byExampleOnly(result) && acknowledgement(input.text) !== null) {
    const passed = new Set<string>();
    for (let tries = 0; byExampleOnly(result) && tries < 3; tries++) {
      passed.add(result.intentId as string);
      result = match(input.text, allowed.filter((i) => !passed.has(i)));
    }
    if (byExampleOnly(result)) result = { ...result, intentId: null };
    run.note({ type: 'guard', nodeId: node.id, message: `Only an acknowledgement: ${[...passed].join(', ')} not taken (they only resemble an example)`, data: { guard: 'acknowledgement' } });
  }
  // A question typed in pieces ("my earbuds" … "they arrived broken"): an unplaced message of a
  // moment ago is read together with this one.
  const session = run.state.session;
  const earlier = session.unplaced;
  const joined = earlier && run.nowMs >= instantToMs(earlier.at) && run.nowMs - instantToMs(earlier.at) <= run.settings.burstWindowSeconds * 1000 ? `${earlier.text} ${input.text}` : null;
  let together = false;
  if (result.intentId === null && joined !== null) {
    const again = match(joined);
    // Two unrelated messages read together match by chance: only a keyword or a clear lead counts.
    const sure = again.candidates[0]?.via !== 'example' || again.score >= again.threshold + JOINED_MARGIN;
    if (again.intentId !== null && sure) {
      result = again;
      together = true;
    }
  }
  const top = result.candidates[0];
  // The runner-up of the intent taken (the best-scored one may be below its own threshold).
  const second = result.candidates.find((c) => c.intentId !== result.intentId);
  const data = { intentId: result.intentId, score: result.score, threshold: result.threshold, candidates: result.candidates };
  if (result.intentId !== null) {
    run.intentId = result.intentId;
    session.fallbacks = 0;
    delete session.unplaced;
    // The pieces before name what the question is about ("the hoodie i ordered" … "still hasn't come").
    if (joined !== null) {
      input.own = input.text;
      input.text = joined;
    }
    run.note({
      type: 'intent',
      nodeId: node.id,
      message: `Matched "${result.intentId}" with ${result.score} (threshold ${result.threshold})${second ? `; runner-up "${second.intentId}" ${second.score}` : ''}${together ? ', read together with the message before' : ''}${polite ? ', without the greeting or thanks around the question' : ''}`,
      data: together ? { ...data, together: true } : data,
    });
    return { go: result.intentId };
  }
  run.note({
    type: 'intent',
    nodeId: node.id,
    message: top ? `No intent reached its threshold: best "${top.intentId}" ${top.score} < ${result.threshold}` : 'No intent matched at all',
    data,
  });
  // An order no question claimed, named by its number ("US20261101", "pesanan 578012345678 macam
  // mana?") or, after a lookup, by an item ("and my socks?"): the buyer asks about that order, and
  // its status answers better than "Sorry, I didn't get that".
  const named = namedOrder(run, input.text);
  if (named !== null) {
    const id = orderIntent(node, run);
    if (id !== undefined) {
      delete session.unplaced;
      input.consumed = false;
      return chosen(node, run, id, named.via, `${named.what} named, no question matched: asked as "${id}"`);
    }
  }
  const nothing = asksNothing(input.text, wrapped?.question);
  if (nothing === null || nothing === 'announce') session.unplaced = { text: (joined ?? input.text).slice(-MAX_UNPLACED), at: run.env.now };
  if (input.afterGreeting) {
    run.note({ type: 'guard', nodeId: node.id, message: 'The first message asked nothing recognisable: the greeting answers it', data: { guard: 'greeting_only' } });
    return { wait: { for: 'message', nodeId: node.id } };
  }
  if (nothing === 'announce') {
    run.note({ type: 'guard', nodeId: node.id, message: 'Only the start of a sentence: waiting for the rest', data: { guard: 'announce' } });
    return { wait: { for: 'message', nodeId: node.id } };
  }
  if (nothing === 'reaction') {
    run.note({ type: 'guard', nodeId: node.id, message: 'Only a reaction (emoji, punctuation, laughter): nothing to answer', data: { guard: 'reaction' } });
    return { wait: { for: 'message', nodeId: node.id } };
  }
  if (nothing === 'hello') {
    // Hello again right after the welcome ("hi", "hello", "hey"): the welcome already answers it.
    const recent = run.state.recentReplies;
    if (recent[recent.length - 1]?.kind === 'greeting') {
      run.note({ type: 'guard', nodeId: node.id, message: 'Another greeting right after the welcome: already answered', data: { guard: 'hello_again' } });
      return { wait: { for: 'message', nodeId: node.id } };
    }
    // Hello again later in the session (after an answer): no second welcome, but a short line
    // with the welcome's menu helps the buyer on.
    const greeting = run.flow.firstGreeting;
    if (greeting) {
      const line = welcomeBackLine(run.language);
      run.note({ type: 'guard', nodeId: node.id, message: line ? 'A greeting in the middle of the session: still here, with the menu' : 'A greeting in the middle of the session: welcomed again', data: { guard: 'hello_again' } });
      run.say(greeting.id, line ? { ...greeting.data.reply, text: { [run.language]: line } } : greeting.data.reply, 'greeting');
      return { wait: { for: 'message', nodeId: node.id } };
    }
  }
  return { go: 'no_match' };
}

/** Routes the buyer's question to the exit of the intent it matches, or `no_match`. */
export const intent: NodeHandler<'intent'> = {
  enter(node, run) {
    run.state.home = node.id;
    return route(node, run);
  },
  resume(node, run) {
    run.state.home = node.id;
    return route(node, run);
  },
};
