import { describe, expect, it } from 'vitest';
import { buildIntentIndex, DEFAULT_MATCH_THRESHOLD, matchIntent, type IntentSpec } from '../../runtime/matching/matcher';

const KB: IntentSpec[] = [
  {
    id: 'where_is_order',
    keywords: ['快递|物流|包裹|tracking'],
    examples: {
      en: ['where is my order', 'when will my package arrive', 'my parcel has not arrived yet', 'track my order'],
      zh: ['我的快递到哪了', '什么时候发货', '包裹还没到', '物流信息怎么查'],
      es: ['dónde está mi pedido', 'cuándo llega mi paquete'],
    },
  },
  {
    id: 'refund',
    keywords: ['退款|refund'],
    examples: {
      en: ['I want a refund', 'how do I get my money back', 'refund my order please', 'can I return this for a refund'],
      zh: ['我要退款', '怎么退钱', '申请退款'],
    },
  },
  {
    id: 'size',
    examples: { en: ['what size should I buy', 'does this run small', 'size chart please', 'is it true to size'] },
  },
];

const index = buildIntentIndex(KB);

describe('matchIntent', () => {
  it('matches examples in English, Chinese and Spanish', () => {
    expect(matchIntent(index, 'Where is my order??').intentId).toBe('where_is_order');
    expect(matchIntent(index, '我的快递到哪里了').intentId).toBe('where_is_order');
    expect(matchIntent(index, '¿Dónde está mi pedido?', { language: 'en' }).intentId).toBe('where_is_order');
    expect(matchIntent(index, 'I want a refund').intentId).toBe('refund');
  });
  it('scores an exact example near 100', () => {
    expect(matchIntent(index, 'what size should I buy').score).toBeGreaterThanOrEqual(95);
  });
  it('a plain keyword hit matches (Chinese substring, English word, full-width, case)', () => {
    for (const text of ['物流', '查一下物流', 'TRACKING number?', 'ｔｒａｃｋｉｎｇ']) {
      const r = matchIntent(index, text);
      expect(r.intentId, text).toBe('where_is_order');
      expect(r.candidates[0]!.via === 'keyword' || r.candidates[0]!.via === 'both').toBe(true);
      expect(r.candidates[0]!.keyword).toBeDefined();
    }
  });
  it('keywords match on word boundaries only', () => {
    const kb = buildIntentIndex([{ id: 'k', keywords: ['ship'], examples: {} }]);
    expect(matchIntent(kb, 'relationship advice').intentId).toBeNull();
    expect(matchIntent(kb, 'when do you ship').intentId).toBe('k');
  });
  it('when two intents have keyword hits, the examples decide', () => {
    const r = matchIntent(index, '我要退款，包裹不要了');
    expect(r.candidates.map((c) => c.intentId).slice(0, 2).sort()).toEqual(['refund', 'where_is_order']);
    const r2 = matchIntent(index, 'refund my order please, the tracking was wrong');
    expect(r2.intentId).toBe('refund');
  });
  it("a keyword inside another intent's longer keyword that also hit does not count: the seller's more specific phrase wins", () => {
    const kb: IntentSpec[] = [
      { id: 'change_address', keywords: ['地址|address'], examples: { zh: ['我要改地址', '地址填错了'], en: ['change my address'] } },
      { id: 'return_refund', keywords: ['退货|退货地址|return address'], examples: { zh: ['我要退货', '怎么退货'], en: ['how do i return it'] } },
    ];
    const index = buildIntentIndex(kb);
    expect(matchIntent(index, '退货地址发我一下', { language: 'zh' }).intentId).toBe('return_refund');
    expect(matchIntent(index, 'what is the return address', { language: 'en' }).intentId).toBe('return_refund');
    expect(matchIntent(index, '地址填错了怎么办', { language: 'zh' }).intentId).toBe('change_address');
  });

  it('"apartment" is a word of its own, not "apart"', () => {
    const index = buildIntentIndex([
      { id: 'change_address', keywords: ['apartment'], examples: { en: ['i need to change my address', 'wrong apartment number'] } },
      { id: 'damaged', examples: { en: ['the item arrived broken', 'it fell apart after one day'] } },
    ]);
    expect(matchIntent(index, 'the seams are coming apart', { language: 'en' }).intentId).not.toBe('change_address');
    expect(matchIntent(index, 'I put the wrong apartments number', { language: 'en' }).intentId).toBe('change_address');
  });

  it('rejects unrelated messages', () => {
    for (const text of ['tell me a joke about cats', '今天天气怎么样', 'la batería del coche falla']) {
      expect(matchIntent(index, text).intentId, text).toBeNull();
    }
  });
  it('returns at most three candidates, best first, ties by priority then id', () => {
    const kb = buildIntentIndex([
      { id: 'b', examples: { en: ['hello there'] } },
      { id: 'a', examples: { en: ['hello there'] } },
      { id: 'c', examples: { en: ['hello there'] }, priority: 1 },
      { id: 'd', examples: { en: ['hello there'] } },
    ]);
    const r = matchIntent(kb, 'hello there');
    expect(r.candidates.map((c) => c.intentId)).toEqual(['c', 'a', 'b']);
    expect(r.intentId).toBe('c');
  });
  it('restrictTo limits the intents considered', () => {
    const r = matchIntent(index, 'where is my order', { restrictTo: ['refund', 'size'] });
    expect(r.candidates.every((c) => c.intentId !== 'where_is_order')).toBe(true);
    expect(r.intentId).not.toBe('where_is_order');
  });
  it('a long restriction used again, or changed in place since, still limits the intents as it reads now', () => {
    // Twenty intents, so the restriction is long enough to be remembered between messages.
    const many = buildIntentIndex([...KB, ...Array.from({ length: 17 }, (_, i) => ({ id: `topic_${i}`, examples: { en: [`question about topic ${i} colours`] } }))]);
    const list = ['where_is_order', 'refund', 'size', ...Array.from({ length: 17 }, (_, i) => `topic_${i}`)];
    expect(matchIntent(many, 'where is my order', { restrictTo: list }).intentId).toBe('where_is_order');
    expect(matchIntent(many, 'where is my order', { restrictTo: list }).intentId).toBe('where_is_order');
    list[0] = 'topic_0'; // same array, same length: where_is_order is no longer allowed
    const changed = matchIntent(many, 'where is my order', { restrictTo: list });
    expect(changed.intentId).not.toBe('where_is_order');
    expect(changed.candidates.map((c) => c.intentId)).not.toContain('where_is_order');
  });
  it('per-intent threshold and threshold override', () => {
    const strict = buildIntentIndex([{ id: 'size', threshold: 99, examples: { en: ['what size should I buy', 'size chart please'] } }]);
    expect(matchIntent(strict, 'size please').intentId).toBeNull();
    expect(matchIntent(strict, 'size please').threshold).toBe(99);
    expect(matchIntent(strict, 'what size should I buy').intentId).toBe('size');
    expect(matchIntent(index, 'size please', { threshold: 100 }).intentId).toBeNull();
    expect(matchIntent(index, 'size please', { threshold: 100 }).threshold).toBe(100);
    expect(DEFAULT_MATCH_THRESHOLD).toBeGreaterThan(0);
  });
  it('is deterministic', () => {
    const a = JSON.stringify(matchIntent(index, 'my package never arrived, refund?'));
    const b = JSON.stringify(matchIntent(buildIntentIndex(KB), 'my package never arrived, refund?'));
    expect(a).toBe(b);
  });
  it('never throws on odd input', () => {
    const big = 'where is my order '.repeat(600);
    for (const text of ['', '   ', '😀😀😀', '\uD800\uDC00\uDFFF', big, '\u0000\u0001']) {
      const r = matchIntent(index, text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
    }
    expect(matchIntent(index, '').intentId).toBeNull();
    expect(matchIntent(buildIntentIndex([]), 'hello').intentId).toBeNull();
  });
  it('a short message with a content word no example of the intent uses scores lower', () => {
    const kb = buildIntentIndex([
      { id: 'set_alarm', examples: { en: ['set an alarm for 7 am', 'wake me up at 6', 'set alarm tomorrow morning', 'alarm at 5 please'] } },
      { id: 'show_alarms', examples: { en: ['show my alarms', 'which alarms are set', 'list all alarms', 'what alarms do I have'] } },
      { id: 'weather', examples: { en: ['weather today', 'will it rain tomorrow', 'how hot is it', 'forecast for the weekend'] } },
    ]);
    const covered = matchIntent(kb, 'set an alarm');
    const uncovered = matchIntent(kb, 'cancel the alarm');
    expect(covered.intentId).toBe('set_alarm');
    expect(uncovered.intentId).toBeNull();
    expect(uncovered.score).toBeLessThan(covered.score);
    // Words many intents share (function words of the knowledge base) neither help nor count as uncovered.
    expect(matchIntent(kb, 'list all alarms').intentId).toBe('show_alarms');
  });
  it('reads an unseen inflection as the known word it shares a long prefix with', () => {
    const kb = buildIntentIndex([
      { id: 'ship_when', examples: { es: ['cuándo despachan mi pedido', 'cuándo lo mandan', 'todavía no lo envían'] } },
      { id: 'refund', examples: { es: ['quiero mi reembolso', 'me devuelven el dinero', 'cómo pido un reembolso'] } },
      { id: 'size', examples: { es: ['qué talla me queda', 'la talla es grande o chica', 'tabla de tallas'] } },
    ]);
    // "despacharon" (they dispatched) is not in the knowledge base; "despachan" (they dispatch) is.
    const r = matchIntent(kb, 'ya lo despacharon?', { language: 'es' });
    expect(r.intentId).toBe('ship_when');
    expect(r.score).toBeGreaterThanOrEqual(50);
    // A short shared prefix is not enough: "tablet" is not a form of "tabla".
    expect(matchIntent(kb, 'venden tablets', { language: 'es' }).intentId).toBeNull();
  });
  it('a request to undo something only matches an intent whose examples undo something', () => {
    const kb = buildIntentIndex([
      { id: 'place_order', examples: { en: ['how do I place an order', 'I want to order this dress', 'can I order two of these', 'ordering the blue one'] } },
      { id: 'cancel_order', examples: { en: ['cancel my order please', 'how do I cancel an order', 'I want to cancel the purchase'] } },
      { id: 'shipping', examples: { en: ['how long does shipping take', 'when will my order ship', 'shipping cost to texas'] } },
    ]);
    expect(matchIntent(kb, 'please cancel my order').intentId).toBe('cancel_order');
    const onlyPlacing = matchIntent(kb, 'cancel the order', { restrictTo: ['place_order', 'shipping'] });
    expect(onlyPlacing.intentId).toBeNull();
  });
  it('scores a large knowledge base the same way, with only its likeliest intents scored exactly', () => {
    const specs: IntentSpec[] = Array.from({ length: 400 }, (_, i) => ({
      id: `topic_${i}`,
      examples: { en: [`question about topic${i} widget`, `help with topic${i} widget`, `topic${i} widget is broken`, `where is topic${i}`, `topic${i} price`, `buy topic${i}`] },
    }));
    const big = buildIntentIndex(specs);
    expect(matchIntent(big, 'my topic123 widget is broken').intentId).toBe('topic_123');
    expect(matchIntent(big, 'tell me a joke about cats').intentId).toBeNull();
  });

  it('gives the likeliest intents of a large knowledge base the scores an exact search gives them', () => {
    const specs: IntentSpec[] = Array.from({ length: 400 }, (_, i) => ({
      id: `topic_${i}`,
      examples: { en: [`question about topic${i} widget`, `help with topic${i} widget`, `topic${i} widget is broken`, `where is topic${i}`, `topic${i} price`, `buy topic${i}`] },
    }));
    const likeliest = buildIntentIndex(specs);
    const exact = buildIntentIndex(specs, { exactExamples: Infinity });
    for (const text of ['my topic123 widget is broken', 'what is the price of topic7', 'help me buy a widget for topic300 please']) {
      const top = matchIntent(likeliest, text).candidates;
      expect(top.length).toBe(3);
      expect(top).toEqual(matchIntent(exact, text).candidates);
    }
  });
});
