import { edgeKey } from '../compile';
import type { NodeOfKind } from '../../flows/nodes';
import type { Order } from '../../flows/order';
import { formatLocalDate, localTimeAt, localTimeOf } from '../schedule';
import type { NodeOutcome, Run } from '../run';
import { instantToMs } from '../time';
import type { NodeHandler } from './handler';
import { EMOJI, plainWords, typedAnswer } from './typed-answer';
import { orderIdOfPayload, orderPayload } from '../order-payload';
import { orderIdsIn, writtenOrderNumber } from '../order-numbers';

const OPEN_STATUSES: ReadonlySet<Order['status']> = new Set(['awaiting_shipment', 'shipped']);
const MAX_KEPT_ORDERS = 20;
// Typed answers to "Do you mean order X?" (see typedAnswer).
const YES =
  /^(y|yes|yeah|yep|yup|ok|okay|sure|correct|right|that one|this one|thats the one|that's the one|yes that one|yes this one|yes it is|yes thats it|yes that's it|si|sí|sí ese|si ese|ese|esa|ese mismo|esa misma|si ese mismo|sí ese mismo|claro|claro que sí|claro que si|correcto|exacto|sim|ya|yah|ye|haah|betul|ha|yang tu|yang ni|yg tu|yg ni|是|是的|对|对的|嗯|好|好的|没错|就是这个|这个|はい)$/u;
const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(1|#1|1st|the 1st|the 1st one|1st one|the first|the first one|first one|first|el primero|la primera|primero|primera|yang pertama|pertama|第一个|第一)$/u, 0],
  [/^(2|#2|2nd|the 2nd|the 2nd one|2nd one|the second|the second one|second one|second|el segundo|la segunda|segundo|segunda|yang kedua|kedua|第二个|第二)$/u, 1],
  [/^(3|#3|3rd|the 3rd|the 3rd one|3rd one|the third|the third one|third one|third|el tercero|la tercera|tercero|tercera|yang ketiga|ketiga|第三个|第三)$/u, 2],
];

/** The order the buyer named by its number (or the end of it) or by its tracking number. */
function findNamed(orders: readonly Order[], text: string): Order | undefined {
  const ids = orderIdsIn(text).map((s) => s.toLowerCase());
  if (ids.length === 0) return undefined;
  return orders.find((o) => ids.some((id) => o.id.toLowerCase() === id || (id.length >= 6 && o.id.toLowerCase().endsWith(id)) || o.trackingNumber?.toLowerCase() === id));
}

// Words that say which kind of order the buyer means ("it says delivered but...", "why was it cancelled").
const STATUS_HINTS: ReadonlyArray<readonly [RegExp, ReadonlyArray<Order['status']>]> = [
  [/delivered|says (it )?arrived|shows (it )?arrived|已签收|显示签收|签收了|送达|妥投|显示已到|entregad[oa]|entregaron|dihantar|(kata|tunjuk|status|tulis) (dah|sudah) sampai/iu, ['delivered']],
  [/cancell?ed|被取消|取消了|已取消|cancelad[oa]|cancelaron|anulad[oa]|dibatalkan/iu, ['cancelled']],
  [/refunded|已退款|退款到账|reembolsad[oa]|dikembalikan/iu, ['refunded']],
];
// "Not delivered yet" means an open order.
const NEGATED_STATUS = /\b(not|never|hasn't|hasnt|wasn't|wasnt|isn't|isnt)\b[^.!?]{0,20}(delivered|cancell?ed|refunded)|undelivered|未签收|没签收|没有签收|未送达|no (ha sido |fue |está |esta )?entregad|belum (di)?hantar|tak (di)?hantar/iu;

/** The statuses the buyer's words point to, if any. */
function hintedStatuses(text: string): ReadonlyArray<Order['status']> | null {
  if (NEGATED_STATUS.test(text)) return null;
  return STATUS_HINTS.find(([re]) => re.test(text))?.[1] ?? null;
}

/**
 * Longer typed answers ("yeah thats it", "no, el otro", "bukan, yang lain", "不是 另一个"): every
 * word is one of these, and at least one is a yes (or a no / "other") core word. Words of either
 * list alone ("that one") stay with the whole-answer patterns above and below.
 */
const YES_CORE = new Set(['yes', 'yeah', 'yep', 'yup', 'ok', 'okay', 'sure', 'correct', 'right', 'si', 'sí', 'claro', 'correcto', 'exacto', 'eso', 'ya', 'betul', 'ye', 'yer', 'haah', '是', '是的', '对', '对的', '没错', '嗯', '好', '好的', '就是', '就是这个']);
const YES_FILLER = new Set(['that', 'this', 'one', 'it', 'is', 'its', "it's", 'thats', "that's", 'the', 'exactly', 'indeed', 'es', 'ese', 'esa', 'mismo', 'misma', 'yang', 'yg', 'tu', 'ni', 'itu', 'ini', 'lah', 'la', 'sis', 'bro', 'boss', '这个', '那个', '亲']);
const OTHER_CORE = new Set(['no', 'nope', 'nop', 'nah', 'not', 'other', 'another', 'otro', 'otra', 'bukan', 'lain', 'tak', 'x', '不是', '不对', '另一个', '另外一个', '别的', '另外那个', '另一单', '另外一单', '另一个订单', '是另一单', '是另一个', '是另外一个', '是另外一单', 'wrong']);
const OTHER_FILLER = new Set(['the', 'that', 'this', 'one', 'order', 'it', 'is', 'its', "it's", 'el', 'la', 'es', 'ese', 'esa', 'pedido', 'yang', 'yg', 'ni', 'tu', 'itu', 'ini', 'lah', 'sis', 'bro', 'boss', '是', '这个', '那个', '亲']);

function everyWordIn(answer: string, core: ReadonlySet<string>, filler: ReadonlySet<string>): boolean {
  const words = answer.split(' ');
  return words.length > 1 && words.length <= 6 && words.some((w) => core.has(w)) && words.every((w) => core.has(w) || filler.has(w));
}

/**
 * A yes the buyer begins with before asking on ("好吧 那大概要等多久", "ok when will it come"): the
 * guessed order is the one. A single CJK character (好, 是, 对) counts only before a space or a
 * mark, since it also begins questions ("好久没到", "是不是发错了").
 */
const LEADING_YES = /^(?:(?:yes|yeah|yep|yup|ok|okay|oke|okey|sure|si|sí|claro|vale|ya|betul|haah|嗯|好|是|对)(?:\s|$)|好的|好吧|是的|对的|没错|嗯嗯|行吧)/u;

/** A message that begins with a yes and goes on, without a no or "the other one" in it. */
function beginsWithYes(text: string): boolean {
  const words = plainWords(text.replace(EMOJI, ' '));
  if (!LEADING_YES.test(words) || words.split(' ').some((w) => OTHER_CORE.has(w))) return false;
  // Chinese writes "不是这个" without a space: the no can sit inside a word.
  return !/不是|不对|另一|别的/u.test(words);
}

// "No" / "the other one" while two orders are offered: the one not guessed.
const OTHER =
  /^(no|nope|nop|nah|not that one|not this one|the other|the other one|other one|the other order|no the other one|no the other order|wrong order|wrong one|not that order|la otra|el otro|otro|otra|no es ese|no es esa|no ese no|bukan|bukan yang ni|bukan yg ni|bukan yang tu|bukan yg tu|x|tak|yang lain|yg lain|不是|不对|另一个|另外一个|另一单|另外一单|不是这个|不是这单|いいえ)$/u;

/**
 * Whether typed text reads as an answer to "do you mean order X?" (yes, no / the other one, an
 * ordinal), as opposed to a question: the same "no" twice answers two questions, while the same
 * question twice is one impatient buyer.
 */
export function answersOrderChoice(text: string): boolean {
  const answer = typedAnswer(text);
  return saysYes(answer) || saysOther(answer) || ORDINALS.some(([re]) => re.test(answer));
}

/** A typed answer (see typedAnswer) that confirms the guessed order. */
function saysYes(answer: string): boolean {
  return YES.test(answer) || everyWordIn(answer, YES_CORE, YES_FILLER);
}

/** A typed answer that means "not that one" / "the other one". */
function saysOther(answer: string): boolean {
  return OTHER.test(answer) || everyWordIn(answer, OTHER_CORE, OTHER_FILLER);
}

const TITLE_WORD = /[\p{L}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** Words (3+ letters) and CJK character pairs of a text, lowercased: what names an item. */
function itemCues(text: string): Set<string> {
  const cues = new Set<string>();
  const lower = text.toLowerCase();
  // "hoodie那个": a word glued to Chinese is a word of its own.
  for (const m of lower.replace(CJK, ' ').matchAll(TITLE_WORD)) if (m[0].length >= 3 && !/^\d+$/u.test(m[0])) cues.add(m[0]);
  for (const m of lower.matchAll(CJK)) for (let i = 0; i + 2 <= m[0].length; i++) cues.add(m[0].slice(i, i + 2));
  return cues;
}

/** The one order of `orders` whose item the buyer names ("the hoodie", "袜子那个"); undefined when none or several fit. */
export function findByItem(orders: readonly Order[], text: string): Order | undefined {
  const said = itemCues(text);
  if (said.size === 0) return undefined;
  const cuesOf = orders.map((o) => itemCues(o.items.map((i) => i.title).join(' ')));
  const fits = orders.filter((_, i) => [...cuesOf[i]!].some((c) => said.has(c) && cuesOf.every((other, j) => j === i || !other.has(c))));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Items of a list as the buyer's language writes them: Chinese and Japanese with 「、」. */
function listSeparator(language: string): string {
  return /^(zh|ja)\b/u.test(language) ? '、' : ', ';
}

/** Fills the order variables; returns the exit of the order's status. */
function fillOrderVariables(run: Run, order: Order): string {
  // Dates as the shop's local dates, written for the buyer ('Nov 17', '11月17日').
  const tz = run.flow.doc.schedules[0]?.timezone ?? 'UTC';
  const today = localTimeOf(tz, run.nowMs).date;
  const localDate = (iso: string | undefined) => (iso ? formatLocalDate(localTimeAt(tz, iso).date, run.language, today) : '');
  const overdue = order.status === 'awaiting_shipment' && order.promisedShipBy !== undefined && instantToMs(order.promisedShipBy) < run.nowMs;
  const exit = overdue ? 'overdue' : order.status;
  const vars = run.state.variables;
  vars.order_id = order.id;
  vars.order_status = exit;
  vars.order_items = order.items.map((i) => (i.quantity > 1 ? `${i.title} ×${i.quantity}` : i.title)).join(listSeparator(run.language));
  vars.order_date = localDate(order.createdAt);
  vars.ship_by = localDate(order.promisedShipBy);
  vars.carrier = order.carrier ?? '';
  vars.tracking_number = order.trackingNumber ?? '';
  vars.delivered_at = localDate(order.deliveredAt);
  return exit;
}

/** Takes the exit of the order's status, with its variables filled. */
function branch(node: NodeOfKind<'order_lookup'>, run: Run, order: Order): NodeOutcome {
  const exit = fillOrderVariables(run, order);
  run.state.session.order = order.id;
  run.note({ type: 'effect', nodeId: node.id, message: `Order ${order.id}: ${exit}`, data: { orderId: order.id, status: order.status, exit } });
  // A hand-over that follows tells agents it is about a late order, not a buyer asking for a person.
  if (exit === 'overdue') run.handoffReason ??= 'order_late';
  return { go: exit };
}

function orderButtonLabel(order: Order): string {
  const items = order.items.map((i) => i.title).join(', ');
  return items ? `#${order.id} · ${items.length > 30 ? `${items.slice(0, 29)}…` : items}` : `#${order.id}`;
}

/** After the host answered: pick the order meant, ask to confirm when unsure, or branch. */
function decide(node: NodeOfKind<'order_lookup'>, run: Run, orders: Order[], hint: string, latest?: string): NodeOutcome {
  const sorted = [...orders].sort((a, b) => instantToMs(b.createdAt) - instantToMs(a.createdAt) || (a.id < b.id ? -1 : 1));
  run.state.orders = sorted.slice(0, MAX_KEPT_ORDERS);
  if (sorted.length === 0) {
    run.note({ type: 'effect', nodeId: node.id, message: 'The buyer has no orders' });
    return { go: 'not_found' };
  }
  const named = hint ? findNamed(sorted, hint) : undefined;
  if (named) {
    run.note({ type: 'effect', nodeId: node.id, message: `The buyer named order ${named.id}` });
    return branch(node, run, named);
  }
  // A number that is none of the buyer's orders: say so, rather than answer about another order.
  const unknown = writtenOrderNumber(hint);
  if (unknown) {
    run.note({ type: 'effect', nodeId: node.id, message: `The buyer named order ${unknown}, which is not among their ${sorted.length} order(s)` });
    return { go: 'not_found' };
  }
  // "where is the hoodie", "y la gorra que pedí": the one order whose item the buyer names, whatever its status.
  // Pieces typed one after the other ("did the tote bag arrive?" … "and the hoodie?"): the item of the last one.
  const byItem = (latest ? findByItem(sorted, latest) : undefined) ?? (hint ? findByItem(sorted, hint) : undefined);
  if (byItem) {
    run.note({ type: 'effect', nodeId: node.id, message: `The buyer named an item of order ${byItem.id}` });
    return branch(node, run, byItem);
  }
  const open = sorted.filter((o) => OPEN_STATUSES.has(o.status));
  const statuses = hintedStatuses(hint);
  const hinted = statuses ? sorted.filter((o) => statuses.includes(o.status)) : [];
  // "what's the tracking number" after the buyer picked the hoodie: still the hoodie.
  const current = sorted.find((o) => o.id === run.state.session.order);
  if (current && (!statuses || statuses.includes(current.status))) {
    run.note({ type: 'effect', nodeId: node.id, message: `Order ${current.id}: the order this conversation is already about`, data: { guess: current.id, open: open.map((o) => o.id) } });
    if (node.data.confirm !== 'always') return branch(node, run, current);
    return askToConfirm(node, run, current, sorted.filter((o) => o.id !== current.id).slice(0, node.data.maxChoices - 1));
  }
  // The orders the buyer's words point to first; else the open ones; else all.
  const candidates = hinted.length > 0 ? hinted : open.length > 0 ? open : sorted;
  const guess = candidates[0];
  if (!guess) return { go: 'not_found' };
  const ask = node.data.confirm === 'always' || (node.data.confirm === 'when_ambiguous' && candidates.length > 1);
  run.note({
    type: 'effect',
    nodeId: node.id,
    message: `Guessed order ${guess.id} (latest ${hinted.length > 0 ? `${guess.status} ` : open.length > 0 ? 'open ' : ''}order of ${sorted.length})${ask ? '; asking the buyer to confirm' : ''}`,
    data: { guess: guess.id, open: open.map((o) => o.id) },
  });
  if (!ask) return branch(node, run, guess);
  return askToConfirm(node, run, guess, candidates.filter((o) => o.id !== guess.id).slice(0, node.data.maxChoices - 1));
}

/** After the host answered a tapped order button: that order if it is the buyer's, else not found. */
function decidePicked(node: NodeOfKind<'order_lookup'>, run: Run, orders: Order[], picked: string): NodeOutcome {
  const sorted = [...orders].sort((a, b) => instantToMs(b.createdAt) - instantToMs(a.createdAt) || (a.id < b.id ? -1 : 1));
  run.state.orders = sorted.slice(0, MAX_KEPT_ORDERS);
  const order = sorted.find((o) => o.id === picked);
  if (!order) {
    run.note({ type: 'effect', nodeId: node.id, message: `The buyer tapped order ${picked}, which is not among their ${sorted.length} order(s)` });
    return { go: 'not_found' };
  }
  run.note({ type: 'effect', nodeId: node.id, message: `The buyer tapped order ${order.id}` });
  return branch(node, run, order);
}

/** "Do you mean order X?" with X confirmed by the first button and the other orders offered beside it. */
function askToConfirm(node: NodeOfKind<'order_lookup'>, run: Run, guess: Order, others: readonly Order[]): NodeOutcome {
  // The question names the guessed order.
  fillOrderVariables(run, guess);
  const confirmLabel = run.localized(node.data.confirmLabel) || 'OK';
  const buttons = [{ label: confirmLabel, payload: orderPayload(guess.id) }, ...others.map((o) => ({ label: orderButtonLabel(o), payload: orderPayload(o.id) }))];
  if (!run.say(node.id, node.data.confirmReply, 'answer', buttons)) return { stop: true };
  return { wait: { for: 'order_choice', nodeId: node.id, guess: guess.id, choices: [guess.id, ...others.map((o) => o.id)], ...(run.intentId ? { intentId: run.intentId } : {}) } };
}

/**
 * Asks the host for the buyer's orders (a `lookup_order` effect), then answers per the status
 * of the order meant. Unrelated text while the bot waits for a choice is answered as a new question.
 */
export const order_lookup: NodeHandler<'order_lookup'> = {
  enter(node, run) {
    const hint = run.input?.text ?? '';
    if (run.input) run.input.consumed = true;
    run.state.counters.effects += 1;
    const effectId = `e${run.state.counters.effects}`;
    // An order button tapped after its question was over ("do you mean…?" from earlier) picks its order.
    const picked = run.input?.payload ? orderIdOfPayload(run.input.payload) : null;
    const named = picked ?? orderIdsIn(hint)[0] ?? null;
    run.outputs.effects.push({ id: effectId, type: 'lookup_order', buyerId: run.env.buyer.id, orderId: named, nodeId: node.id });
    run.note({ type: 'effect', nodeId: node.id, message: `Asked the shop's system for the buyer's orders${named ? ` (named: ${named})` : ''}`, data: { effectId } });
    return {
      wait: {
        for: 'effect',
        nodeId: node.id,
        effectId,
        hint: picked ? '' : hint.slice(0, 500),
        ...(run.input?.own !== undefined && !picked ? { latest: run.input.own.slice(0, 500) } : {}),
        ...(picked ? { picked } : {}),
        ...(run.intentId ? { intentId: run.intentId } : {}),
      },
    };
  },
  resume(node, run, event, wait) {
    if (wait.for === 'effect') {
      if (event.type !== 'effect_result' || event.effectId !== wait.effectId) return { wait };
      if (wait.intentId) run.intentId = wait.intentId;
      if (!event.ok) {
        // A flow drawn before the `unavailable` exit existed still answers, through `not_found`.
        const exit = run.flow.edges.has(edgeKey(node.id, 'unavailable')) ? 'unavailable' : 'not_found';
        run.note({ type: 'problem', nodeId: node.id, message: `Order lookup failed: ${event.error ?? 'unknown error'} (exit ${exit})` });
        return { go: exit };
      }
      if (wait.picked !== undefined) return decidePicked(node, run, event.orders, wait.picked);
      return decide(node, run, event.orders, wait.hint ?? '', wait.latest);
    }
    if (wait.for !== 'order_choice') return { wait };
    const input = run.input;
    if (!input) return { wait };
    const payload = input.payload ?? '';
    const byId = (id: string) => run.state.orders.find((o) => o.id === id);
    let chosen: Order | undefined;
    const picked = orderIdOfPayload(payload);
    if (picked !== null) chosen = byId(picked);
    if (!chosen) chosen = findNamed(run.state.orders, input.text);
    const offered = wait.choices.map(byId).filter((o): o is Order => o !== undefined);
    if (!chosen) chosen = findByItem(offered, input.text);
    const answer = typedAnswer(input.text);
    if (!chosen && saysYes(answer)) chosen = byId(wait.guess);
    if (!chosen) {
      const ordinal = ORDINALS.find(([re]) => re.test(answer));
      if (ordinal) chosen = offered[ordinal[1]];
    }
    if (!chosen && saysOther(answer)) {
      const rest = offered.filter((o) => o.id !== wait.guess);
      if (rest.length === 1) chosen = rest[0];
      else if (rest.length > 1) {
        // Not this one, and several others: ask about the next one.
        input.consumed = true;
        run.note({ type: 'effect', nodeId: node.id, message: `Buyer said it is not order ${wait.guess}; asking about ${rest[0]!.id}` });
        if (wait.intentId) run.intentId = wait.intentId;
        return askToConfirm(node, run, rest[0]!, rest.slice(1));
      }
    }
    if (chosen) {
      input.consumed = true;
      if (wait.intentId) run.intentId = wait.intentId;
      run.note({ type: 'effect', nodeId: node.id, message: `Buyer chose order ${chosen.id}` });
      return branch(node, run, chosen);
    }
    if (beginsWithYes(input.text) && byId(wait.guess)) {
      // The order is settled; the question after the yes is answered about it, not asked again.
      run.state.session.order = wait.guess;
      run.note({ type: 'effect', nodeId: node.id, message: `Buyer began with a yes: order ${wait.guess} is the one; answering the rest as a new question` });
      return { stop: true };
    }
    run.note({ type: 'info', nodeId: node.id, message: 'Buyer did not pick an order: answering the message as a new question' });
    return { stop: true };
  },
};
