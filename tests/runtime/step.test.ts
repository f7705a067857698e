import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../flows/order';
import type { StepResult } from '../../runtime/contract';
import { step } from '../../runtime/step';
import { Conversation, parseFlow } from '../fixtures/driver';
import { miniFlow } from '../fixtures/mini-flow';

const flow = parseFlow(miniFlow());
// Monday 2026-11-23 10:00 in Shanghai (open), and Sunday 2026-11-22 23:00 (closed).
const MONDAY_OPEN = '2026-11-23T02:00:00Z';
const SUNDAY_NIGHT = '2026-11-22T15:00:00Z';

const shipped: Order = { id: 'SO10001', buyerId: 'buyer-1', status: 'shipped', createdAt: '2026-11-10T03:00:00Z', carrier: 'SF Express', trackingNumber: 'SF123456789', items: [{ title: 'Blue hoodie', quantity: 1 }] };
const late: Order = { id: 'SO10002', buyerId: 'buyer-1', status: 'awaiting_shipment', createdAt: '2026-11-18T03:00:00Z', promisedShipBy: '2026-11-20T03:00:00Z', items: [{ title: 'Socks', quantity: 3 }] };
const onTime: Order = { ...late, id: 'SO10003', promisedShipBy: '2026-11-30T03:00:00Z', createdAt: '2026-11-19T03:00:00Z' };

describe('greeting and the first message', () => {
  it('greets once and answers the question the first message already asked', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    const r = c.say('hi, how do I get a refund?');
    expect(r.outputs.replies.map((x) => x.kind)).toEqual(['greeting', 'answer', 'system']);
    expect(r.outputs.replies[0]?.text).toBe('Hi Lily! How can I help?');
    expect(r.outputs.replies[1]?.text).toBe('You can return items within 30 days.');
    expect(r.outputs.replies[0]?.buttons).toEqual([{ label: 'Track my parcel', payload: 'intent:track' }]);
  });

  it('only greets when the first message asks nothing', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    expect(c.texts(c.say('hello'))).toEqual(['Hi Lily! How can I help?']);
    expect(c.last?.outputs.replies[0]?.kind).toBe('greeting');
  });

  it('fills a template default when the variable is empty', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.name = undefined;
    expect(c.texts(c.say('hello'))[0]).toBe('Hi there! How can I help?');
  });

  it('does not greet again within the session window, but does after it', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    expect(c.last?.outputs.replies.map((r) => r.kind)).toEqual(['greeting']);
    c.wait(600);
    expect(c.say('refund please').outputs.replies.map((r) => r.kind)).toEqual(['answer', 'system']);
    c.wait(1801);
    const again = c.say('hello again');
    expect(again.outputs.replies.map((r) => r.kind)).toEqual(['greeting']);
    expect(again.trace.some((t) => t.type === 'session' && t.message.startsWith('New session'))).toBe(true);
  });

  it('starts a new session when the clock goes back more than the window (one message once sent with a far-future time)', () => {
    const c = new Conversation(flow, '2099-01-01T00:00:00Z');
    c.say('hello');
    c.nowMs = Date.parse(MONDAY_OPEN);
    const back = c.say('hello again');
    expect(back.outputs.replies.map((r) => r.kind)).toEqual(['greeting']);
    expect(back.trace.find((t) => t.type === 'session')?.message).toMatch(/^New session \(the clock went back \d+ s\)$/);
    expect(Date.parse(back.state.session.lastActivityAt)).toBe(Date.parse(MONDAY_OPEN));
    // Messages a little out of order stay in the session.
    c.wait(-30);
    expect(c.say('refund please').outputs.replies.map((r) => r.kind)).toEqual(['answer', 'system']);
  });

  it('a string of hellos gets one welcome; a hello after an answer gets a short line with the menu, not a second welcome', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    expect(c.say('hi').outputs.replies.map((r) => r.kind)).toEqual(['greeting']);
    for (const hello of ['hello', 'hey', 'hii', 'salam kak, nak tanya', 'hi sis, I have a question']) {
      const r = c.say(hello);
      expect(r.outputs.replies, hello).toEqual([]);
      expect(r.trace.some((t) => t.data?.guard === 'hello_again')).toBe(true);
    }
    expect(c.say('refund please').outputs.replies.map((r) => r.kind)).toEqual(['answer', 'system']);
    const again = c.say('hello?').outputs.replies;
    expect(again.map((r) => r.kind)).toEqual(['greeting']);
    expect(again[0]?.text).toBe("Hi again! 😊 I'm still here. What else can I help you with?");
    expect(again[0]?.buttons).toEqual([{ label: 'Track my parcel', payload: 'intent:track' }]);
    c.say('我要退款');
    expect(c.texts(c.say('在吗'))).toEqual(['在的亲～😊 请问还有什么可以帮您？']);
  });

  it('replies in the language the buyer writes', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    const r = c.say('你好，我要退款');
    expect(r.outputs.replies.map((x) => x.language)).toEqual(['zh', 'zh', 'zh']);
    expect(r.outputs.replies[0]?.text).toBe('Lily您好！请问有什么可以帮您？');
    expect(r.outputs.replies[1]?.text).toBe('30天内可以退货。');
  });

  it('uses the language the host gives over detection', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.language = 'zh';
    expect(c.say('refund').outputs.replies[1]?.text).toBe('30天内可以退货。');
  });

  it('a message plainly written in another language of the flow beats the one the host gives', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.language = 'en';
    const r = c.say('你好，我要退款');
    expect(r.outputs.replies[1]?.text).toBe('30天内可以退货。');
    expect(r.trace.find((t) => t.type === 'language')?.message).toBe('Language zh (the host gave en; the message is written in zh)');
    const d = new Conversation(flow, MONDAY_OPEN);
    d.language = 'zh';
    expect(d.say('I want a refund please').outputs.replies[1]?.text).toBe('You can return items within 30 days.');
  });
});

describe('intent routing', () => {
  it('answers a menu button directly and puts the top candidates in the trace', () => {
    const c = new Conversation(flow, MONDAY_OPEN, [shipped]);
    c.say('hello');
    const r = c.tap('intent:track');
    expect(c.texts(r)).toEqual(['Order SO10001 shipped with SF Express, tracking SF123456789.']);
    const matched = c.say('i want a refund').trace.find((t) => t.type === 'intent');
    expect(matched?.data?.intentId).toBe('refund');
    expect((matched?.data?.candidates as unknown[]).length).toBeGreaterThan(0);
  });

  it('falls back, then escalates on the second fallback in a row', () => {
    const c = new Conversation(flow, SUNDAY_NIGHT);
    c.say('hello');
    const first = c.say('qwertyuiop zxcvbnm');
    expect(first.outputs.replies.map((r) => [r.kind, r.text])).toEqual([['fallback', 'Sorry, I did not get that.']]);
    const second = c.say('asdfgh lkjhg');
    expect(second.outputs.replies.map((r) => r.kind)).toEqual(['offline', 'offline']);
    expect(second.outputs.handoff).toEqual({ queue: 'support', reason: 'fallback_escalation' });
    expect(second.state.status).toBe('human');
  });

  it('hello again or a thumbs-up in the middle of a session is neither a fallback nor a step toward escalation', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    c.say('refund', 60);
    const again = c.say('hi', 60);
    expect(again.outputs.replies.map((r) => r.kind)).toEqual(['greeting']);
    expect(c.say('👍', 60).outputs.replies).toEqual([]);
    // The welcome is still the bot's last word: another hello is already answered.
    expect(c.say('在吗', 60).outputs.replies).toEqual([]);
    // Still one miss away from the hand-over, as before the greetings.
    expect(c.say('qwertyuiop zxcvbnm', 60).outputs.replies.map((r) => r.kind)).toEqual(['fallback']);
    expect(c.say('asdfgh lkjhg', 60).outputs.handoff?.reason).toBe('fallback_escalation');
  });

  it('laughter, humming or a bare ok after an answer is a reaction: no reply, no step toward escalation', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    c.say('refund', 60);
    expect(c.say('qwertyuiop zxcvbnm', 60).outputs.replies.map((r) => r.kind)).toEqual(['fallback']);
    for (const t of ['hahaha', 'lol', 'haha ok 😂', 'jajaja', 'wkwkwk', '哈哈哈', '嗯嗯', 'hmm', 'ohh', 'thanks!', 'ok noted 👍', '好的谢谢']) {
      const r = c.say(t, 60);
      expect(r.outputs.replies, t).toEqual([]);
      expect(r.trace.some((e) => e.type === 'guard' && e.data?.guard === 'reaction'), t).toBe(true);
    }
    expect(c.say('asdfgh lkjhg', 60).outputs.handoff?.reason).toBe('fallback_escalation');
    // A word that only looks like laughter is still a question the bot could not place.
    const d = new Conversation(flow, MONDAY_OPEN);
    d.say('hello');
    expect(d.say('hahaha where is the cheap stuff', 60).outputs.replies.map((r) => r.kind)).toEqual(['fallback']);
  });

  it('a first message that asks for a person gets the welcome without its menu: the bot is silent from then on', () => {
    const us = parseFlow(JSON.parse(readFileSync(join(__dirname, '../../flows/templates/tiktok-us.flow.json'), 'utf8')));
    const c = new Conversation(us, '2026-11-18T20:00:00Z');
    const r = c.say('is anyone there?');
    expect(r.outputs.handoff?.reason).toBe('buyer_request');
    expect(r.outputs.replies.map((x) => x.kind)).toEqual(['greeting', 'offline']);
    for (const x of r.outputs.replies) expect(x.buttons).toEqual([]);
    const d = new Conversation(us, '2026-11-18T20:00:00Z');
    expect(d.say('hello').outputs.replies[0]!.buttons.length).toBeGreaterThan(3);
  });

  it('a buyer name of only spaces is no name', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.name = '   ';
    expect(c.texts(c.say('hello'))[0]).toBe('Hi there! How can I help?');
  });

  it('a match resets the fallback count', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    c.say('qwertyuiop zxcvbnm');
    c.say('refund');
    c.tap('feedback:resolved');
    expect(c.say('blorp blarp').outputs.replies.map((r) => r.kind)).toEqual(['fallback']);
  });
});

describe('order awareness', () => {
  it('answers from a shipped order with carrier and tracking number', () => {
    const c = new Conversation(flow, MONDAY_OPEN, [shipped]);
    const r = c.say('where is my parcel');
    expect(r.outputs.replies[1]?.text).toBe('Order SO10001 shipped with SF Express, tracking SF123456789.');
    expect(r.state.wait).toEqual({ for: 'message', nodeId: 'router' });
  });

  it('asks to confirm among several open orders and answers the one picked', () => {
    const c = new Conversation(flow, MONDAY_OPEN, [shipped, onTime]);
    const r = c.say('where is my order? tracking please');
    const ask = r.outputs.replies[1];
    expect(ask?.text).toBe('Do you mean order SO10003 (Socks ×3)?');
    expect(ask?.buttons.map((b) => b.payload)).toEqual(['order:SO10003', 'order:SO10001']);
    expect(c.texts(c.tap('order:SO10001'))).toEqual(['Order SO10001 shipped with SF Express, tracking SF123456789.']);
  });

  it('the answers after an order lookup still name the intent that asked for it', () => {
    const one = new Conversation(flow, MONDAY_OPEN, [shipped]);
    const answers = (r: StepResult) => r.outputs.replies.filter((x) => x.kind !== 'greeting').map((x) => [x.nodeId, x.intentId]);
    expect(answers(one.say('where is my parcel'))).toEqual([['m_shipped', 'track']]);
    const two = new Conversation(flow, MONDAY_OPEN, [shipped, onTime]);
    expect(answers(two.say('tracking'))).toEqual([['lookup', 'track']]);
    expect(two.tap('order:SO10001').outputs.replies.map((r) => r.intentId)).toEqual(['track']);
  });

  it('confirms the guess with a plain "yes"', () => {
    const c = askedWhichOrder();
    expect(c.texts(c.say('yes'))).toEqual(['Order SO10003 ships by Nov 30.']);
  });

  it('a Chinese chat stays Chinese while the buyer writes Chinese characters among English words', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('你好');
    expect(c.say('my refund 怎样了 please help', 30).outputs.replies[0]?.language).toBe('zh');
    expect(c.say('where is my parcel please', 30).outputs.replies[0]?.language).toBe('en');
  });

  it('answers to "do you mean order X?" as buyers type them: an item word glued to Chinese, "the 2nd one", "不对 是另一单"', () => {
    const hoodie = 'Order SO10001 shipped with SF Express, tracking SF123456789.';
    for (const answer of ['hoodie那个', 'the 2nd one', '不对 是另一单']) {
      const c = askedWhichOrder();
      const texts = c.texts(c.say(answer));
      expect(texts.map((t) => (t.startsWith('订单 SO10001') ? hoodie : t))).toEqual([hoodie]);
    }
    // "It says it arrived" points to the delivered order, in Malay too.
    const delivered: Order = { id: 'SO10004', buyerId: 'buyer-1', status: 'delivered', createdAt: '2026-11-01T03:00:00Z', deliveredAt: '2026-11-05T03:00:00Z', items: [{ title: 'Canvas tote bag', quantity: 1 }] };
    for (const text of ['tracking kata dah sampai tapi takde', 'tracking says it arrived but nothing here']) {
      const c = new Conversation(flow, MONDAY_OPEN, [shipped, onTime, delivered]);
      expect(c.texts(c.say(text)).at(-1)).toMatch(/^Order SO10004 was delivered on/);
    }
  });

  it('a yes the buyer begins with before asking on settles the guessed order: the question is answered about it, not asked again', () => {
    const c = askedWhichOrder();
    const r = c.say('ok where is my package then?', 30);
    expect(c.texts(r)).toEqual(['Order SO10003 ships by Nov 30.']);
    expect(r.outputs.replies.some((x) => x.text.startsWith('Do you mean'))).toBe(false);
    const zh = askedWhichOrder('我的快递到哪了');
    expect(zh.texts(zh.say('好吧 那包裹大概要等多久', 30))).toEqual(['订单 SO10003 将在 11月30日 前发货。']);
    // A no after the ok, or a question that merely begins like a yes, does not settle it.
    const no = askedWhichOrder();
    expect(c.texts(no.say('ok no, where is my package', 30))).toContain('Do you mean order SO10003 (Socks ×3)?');
    const question = askedWhichOrder('我的快递到哪了');
    expect(question.say('好久没到了 包裹呢', 30).outputs.replies.some((x) => x.text.includes('SO10003') && x.buttons.length > 0)).toBe(true);
  });

  it('takes the order whose item the buyer names, in words or in Chinese', () => {
    const c = askedWhichOrder();
    expect(c.texts(c.say('no, the hoodie'))).toEqual(['Order SO10001 shipped with SF Express, tracking SF123456789.']);
    const zh = new Conversation(flow, MONDAY_OPEN, [{ ...shipped, items: [{ title: '蓝色卫衣', quantity: 1 }] }, { ...onTime, items: [{ title: '运动袜', quantity: 3 }] }]);
    zh.say('tracking');
    expect(zh.texts(zh.say('卫衣那个'))).toEqual(['订单 SO10001 已由 SF Express 发出，运单号 SF123456789。']);
  });

  it('"sure" or "va" only acknowledges: it does not start an order lookup for resembling an example', () => {
    const doc = miniFlow();
    const track = doc.intents?.find((i) => i.id === 'track');
    if (!track?.examples?.en) throw new Error('track');
    track.examples.en.push('pretty sure my order is lost', 'por donde va mi pedido');
    const c = new Conversation(parseFlow(doc), MONDAY_OPEN, [shipped]);
    c.say('hello');
    for (const ok of ['sure', 'va']) {
      const r = c.say(ok, 60);
      expect(r.outputs.effects).toEqual([]);
      expect(r.trace.some((e) => e.data?.guard === 'acknowledgement')).toBe(true);
    }
    // A keyword the seller listed still counts.
    expect(c.say('tracking', 60).outputs.effects.length).toBe(1);
  });

  it('pieces typed one after the other that name two items: the item of the last piece is the order meant', () => {
    const delivered: Order = { id: 'SO10004', buyerId: 'buyer-1', status: 'delivered', createdAt: '2026-11-01T03:00:00Z', deliveredAt: '2026-11-05T03:00:00Z', items: [{ title: 'Canvas tote bag', quantity: 1 }] };
    const c = new Conversation(flow, MONDAY_OPEN, [shipped, delivered]);
    c.say('hello');
    const first = c.say('did the tote bag get delivered?', 10);
    expect(first.outputs.replies.map((r) => r.kind)).toEqual(['fallback']);
    const second = c.say('and the hoodie, tracking?', 15);
    expect(second.trace.some((e) => e.type === 'intent' && e.data?.intentId === 'track')).toBe(true);
    expect(c.texts(second)).toEqual(['Order SO10001 shipped with SF Express, tracking SF123456789.']);
  });

  it('a later order question of the session means the order the buyer picked, not the latest open one', () => {
    const c = pickedHoodie();
    const again = c.say('what is the tracking number', 120);
    expect(c.texts(again)).toEqual(['Order SO10001 shipped with SF Express, tracking SF123456789.']);
    expect(again.trace.some((e) => e.message === 'Order SO10001: the order this conversation is already about')).toBe(true);
    // Words that point to another kind of order still decide; a new session starts over.
    const later = pickedHoodie();
    later.nowMs += 2 * 3600 * 1000;
    expect(later.say('where is my order').outputs.replies.some((r) => r.text === 'Do you mean order SO10003 (Socks ×3)?')).toBe(true);
  });

  it('a lookup set to always confirm still asks, with the session\'s order first', () => {
    const doc = miniFlow();
    doc.nodes = doc.nodes!.map((n) => (n.kind === 'order_lookup' ? { ...n, data: { ...n.data, confirm: 'always' as const } } : n));
    const c = pickedHoodie(parseFlow(doc));
    const ask = c.say('what is the tracking number', 120).outputs.replies.at(-1);
    expect(ask?.text).toBe('Do you mean order SO10001 (Blue hoodie)?');
    expect(ask?.buttons.map((b) => b.payload)).toEqual(['order:SO10001', 'order:SO10003']);
  });

  it('an item of one of the buyer\'s orders, with no question around it, asks about that order', () => {
    const c = pickedHoodie();
    const socks = c.say('and my socks?', 60);
    expect(c.texts(socks)).toEqual(['Order SO10003 ships by Nov 30.']);
    expect(socks.trace.some((e) => e.type === 'intent' && e.data?.via === 'order_item')).toBe(true);
    // Without an earlier lookup the bot knows no items: an ordinary miss.
    const fresh = new Conversation(flow, MONDAY_OPEN, [shipped, onTime]);
    fresh.say('hello');
    expect(fresh.say('and my socks?').outputs.replies.map((r) => r.kind)).toEqual(['fallback']);
  });

  it('"no" or "the other one" picks the other of two offered orders, in several languages', () => {
    const en = 'Order SO10001 shipped with SF Express, tracking SF123456789.';
    for (const [answer, reply] of [['no', en], ['The other one.', en], ['la otra', en], ['bukan', en], ['不是', '订单 SO10001 已由 SF Express 发出，运单号 SF123456789。']]) {
      const c = askedWhichOrder();
      expect(c.texts(c.say(answer!))).toEqual([reply]);
    }
  });

  it('"no" among three offered orders asks about the next one; "no" again picks the last', () => {
    const cap: Order = { ...onTime, id: 'SO10004', createdAt: '2026-11-17T03:00:00Z', items: [{ title: 'Cap', quantity: 1 }] };
    const c = new Conversation(flow, MONDAY_OPEN, [shipped, onTime, cap]);
    expect(c.say('tracking').outputs.replies[1]?.buttons.map((b) => b.payload)).toEqual(['order:SO10003', 'order:SO10004', 'order:SO10001']);
    const next = c.say('no');
    expect(next.outputs.replies.map((r) => r.buttons.map((b) => b.payload))).toEqual([['order:SO10004', 'order:SO10001']]);
    expect(c.texts(c.say('no'))).toEqual(['Order SO10001 shipped with SF Express, tracking SF123456789.']);
  });

  it('typed answers: yes with "please", an ordinal, "that one"', () => {
    const answers: Array<[string, string]> = [
      ['yes please', 'Order SO10003 ships by Nov 30.'],
      ['that one', 'Order SO10003 ships by Nov 30.'],
      ['2', 'Order SO10001 shipped with SF Express, tracking SF123456789.'],
      ['the second one pls', 'Order SO10001 shipped with SF Express, tracking SF123456789.'],
      ['no the other order please', 'Order SO10001 shipped with SF Express, tracking SF123456789.'],
      ['yes la', 'Order SO10003 ships by Nov 30.'],
      ['bukan yg tu', 'Order SO10001 shipped with SF Express, tracking SF123456789.'],
    ];
    for (const [answer, reply] of answers) {
      const c = askedWhichOrder();
      expect(c.texts(c.say(answer))).toEqual([reply]);
    }
  });

  it('longer typed answers: "yeah thats it", "yep 👍", "no, el otro", "bukan, yang lain", "不是，另一个", "对的亲"', () => {
    const guess = 'Order SO10003 ships by Nov 30.';
    const other = 'Order SO10001 shipped with SF Express, tracking SF123456789.';
    const answers: Array<[string, string]> = [
      ['yeah thats it', guess],
      ['yep 👍', guess],
      ['yup correct', guess],
      ['ya betul', guess],
      ['👍', guess],
      ['nope the other one', other],
      ['no, el otro', other],
      ['no la the other one', other],
      ['bukan, yang lain', other],
    ];
    for (const [answer, reply] of answers) {
      const c = askedWhichOrder();
      expect(c.texts(c.say(answer)), answer).toEqual([reply]);
    }
    const zhOrders = [{ ...shipped, items: [{ title: '蓝色卫衣', quantity: 1 }] }, { ...onTime, items: [{ title: '运动袜', quantity: 3 }] }];
    for (const [answer, id] of [['不是，另一个', 'SO10001'], ['对的亲', 'SO10003']]) {
      const zh = new Conversation(flow, MONDAY_OPEN, zhOrders);
      zh.say('tracking');
      expect(zh.texts(zh.say(answer!))[0], answer).toContain(id);
    }
  });

  it('the same question again while the bot asks "which order?" is one burst, answered once; the same "no" again is a new answer', () => {
    const cap: Order = { ...onTime, id: 'SO10004', createdAt: '2026-11-17T03:00:00Z', items: [{ title: 'Cap', quantity: 1 }] };
    const c = new Conversation(flow, MONDAY_OPEN, [shipped, onTime]);
    c.say('where is my order', 2);
    const again = c.say('where is my order', 2);
    expect(again.outputs.replies).toEqual([]);
    expect(again.trace.some((t) => t.type === 'guard' && t.data?.guard === 'burst')).toBe(true);
    expect(c.say('where is my order').outputs.handoff).toBeNull();
    const three = new Conversation(flow, MONDAY_OPEN, [shipped, onTime, cap]);
    three.say('tracking', 2);
    three.say('no', 2);
    expect(three.texts(three.say('no'))).toEqual(['Order SO10001 shipped with SF Express, tracking SF123456789.']);
  });

  it('a number that is none of the buyer\'s orders gets "not found", not an answer about another order', () => {
    const c = new Conversation(flow, MONDAY_OPEN, [shipped]);
    expect(c.texts(c.say('where is my parcel 579999999999'))[1]).toBe('I could not find an order.');
  });

  it('"it says delivered but..." means the delivered order, not the latest open one; "not delivered yet" still the open one', () => {
    const delivered: Order = { ...shipped, id: 'SO10009', status: 'delivered', createdAt: '2026-11-01T03:00:00Z', deliveredAt: '2026-11-05T03:00:00Z' };
    const c = new Conversation(flow, MONDAY_OPEN, [onTime, delivered]);
    expect(c.texts(c.say('tracking says delivered but I never got it'))[1]).toBe('Order SO10009 was delivered on Nov 5.');
    const open = new Conversation(flow, MONDAY_OPEN, [onTime, delivered]);
    expect(open.texts(open.say('tracking: my order is not delivered yet'))[1]).toBe('Order SO10003 ships by Nov 30.');
  });

  it('a tracking number names its order', () => {
    const c = new Conversation(flow, MONDAY_OPEN, [shipped, onTime]);
    expect(c.texts(c.say('tracking for SF123456789 please'))[1]).toBe('Order SO10001 shipped with SF Express, tracking SF123456789.');
  });

  it('an order or tracking number no question claims asks about that order', () => {
    const c = new Conversation(flow, MONDAY_OPEN, [shipped, onTime]);
    const first = c.say('SF123456789');
    expect(c.texts(first)).toEqual(['Hi Lily! How can I help?', 'Order SO10001 shipped with SF Express, tracking SF123456789.']);
    expect(first.trace.some((e) => e.type === 'intent' && e.data?.via === 'order_number')).toBe(true);
    expect(c.texts(c.say('订单号：SF123456789', 60))).toEqual(['订单 SO10001 已由 SF Express 发出，运单号 SF123456789。']);
    expect(c.texts(c.say('what about SF123456789 lah', 60))).toEqual(['Order SO10001 shipped with SF Express, tracking SF123456789.']);
    // A number inside a question an intent claims is that question.
    const d = new Conversation(flow, MONDAY_OPEN, [shipped, onTime]);
    const refund = d.say('i want a refund for SF123456789');
    expect(refund.trace.some((e) => e.data?.via === 'order_number')).toBe(false);
    expect(d.texts(refund)[1]).toBe('You can return items within 30 days.');
  });

  it('takes the order the buyer names without asking', () => {
    const c = new Conversation(flow, MONDAY_OPEN, [shipped, onTime]);
    expect(c.texts(c.say('tracking for SO10001'))[1]).toBe('Order SO10001 shipped with SF Express, tracking SF123456789.');
  });

  it('branches overdue when awaiting shipment past the promised time, then hands over', () => {
    const c = new Conversation(flow, MONDAY_OPEN, [late]);
    c.agents = { online: 2, available: 1 };
    const r = c.say('where is my parcel');
    expect(c.texts(r).slice(1)).toEqual(['Sorry, order SO10002 is late. An agent will check.', 'Connecting you to an agent.']);
    expect(r.outputs.handoff).toEqual({ queue: 'support', reason: 'order_late' });
  });

  it('answers not found without orders, and a new question while a choice is pending', () => {
    const c = new Conversation(flow, MONDAY_OPEN, []);
    expect(c.texts(c.say('tracking'))[1]).toBe('I could not find an order.');
    const d = askedWhichOrder();
    expect(d.texts(d.say('actually I want a refund'))).toEqual(['You can return items within 30 days.', 'Did this solve your problem?']);
  });

  it('emits a lookup_order effect and waits for the host', () => {
    const r = step(flow, null, { type: 'buyer_message', text: 'tracking' }, { now: MONDAY_OPEN, seed: 's', agents: { online: 0, available: 0 }, buyer: { id: 'b9' }, shop: {}, facts: {}, dryRun: false });
    expect(r.outputs.effects).toEqual([{ id: 'e1', type: 'lookup_order', buyerId: 'b9', orderId: null, nodeId: 'lookup' }]);
    expect(r.state.wait).toMatchObject({ for: 'effect', effectId: 'e1' });
    const failed = step(flow, r.state, { type: 'effect_result', effectId: 'e1', ok: false, orders: [], error: 'timeout' }, { now: MONDAY_OPEN, seed: 's', agents: { online: 0, available: 0 }, buyer: { id: 'b9' }, shop: {}, facts: {}, dryRun: false });
    expect(failed.outputs.replies.map((x) => x.text)).toEqual(['I could not find an order.']);
  });

  it("a failed lookup takes the `unavailable` exit when it is drawn: the shop's system did not answer, the buyer has orders all the same", () => {
    const doc = miniFlow();
    doc.nodes = [...(doc.nodes ?? []), { id: 'm_unavailable', kind: 'message', position: { x: 900, y: 300 }, data: { reply: { text: { en: 'I cannot check orders right now; our team will look into it.', zh: '暂时查不到订单信息，客服会尽快为您核实。' } } } }];
    doc.edges = [...(doc.edges ?? []), { id: 'lookup-unavailable', source: 'lookup', sourceHandle: 'unavailable', target: 'm_unavailable' }];
    const withExit = parseFlow(doc);
    const env = { now: MONDAY_OPEN, seed: 's', agents: { online: 0, available: 0 }, buyer: { id: 'b9' }, shop: {}, facts: {}, dryRun: false };
    const r = step(withExit, null, { type: 'buyer_message', text: 'tracking' }, env);
    const failed = step(withExit, r.state, { type: 'effect_result', effectId: 'e1', ok: false, orders: [], error: 'timeout' }, env);
    expect(failed.outputs.replies.map((x) => x.text)).toEqual(['I cannot check orders right now; our team will look into it.']);
    expect(failed.trace.some((t) => t.type === 'problem' && t.message === 'Order lookup failed: timeout (exit unavailable)')).toBe(true);
  });
});

describe('working hours and handoff', () => {
  it('closed: offline notice with the next opening, then the offline handoff message', () => {
    const c = new Conversation(flow, SUNDAY_NIGHT);
    c.say('hello');
    const r = c.say('human please');
    expect(c.texts(r)).toEqual(['We are closed; back tomorrow at 9 AM.', 'Sorry, no agent is online now; we will reply as soon as we are back.']);
    expect(r.outputs.handoff).toEqual({ queue: 'support', reason: 'buyer_request' });
    expect(r.outputs.unreplied).toBe(true);
  });

  it('a buyer who refuses a person ("I don\'t want a human", "不要人工") is not handed over', () => {
    for (const text of ["i don't want to talk to a human", 'no need for an agent', 'no need live agent, just tell me', 'without an agent please, just tell me', 'never mind the human', '不要人工，我自己看', '不用人工']) {
      const c = new Conversation(flow, MONDAY_OPEN);
      c.say('hello');
      const r = c.say(text, 60);
      expect(r.outputs.handoff).toBeNull();
      expect(r.trace.some((t) => t.type === 'trigger' && t.data?.refused === true)).toBe(true);
    }
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    expect(c.say("why can't i talk to a human", 60).outputs.handoff?.reason).toBe('buyer_request');
  });

  it('holiday is closed even within weekly hours', () => {
    const c = new Conversation(flow, '2026-10-01T03:00:00Z');
    c.say('hello');
    const r = c.say('人工');
    expect(r.trace.find((t) => t.type === 'schedule')?.data?.open).toBe(false);
    expect(r.outputs.replies[1]?.text).toBe('抱歉目前人工客服不在线，上线后会第一时间回复您');
  });

  it('a holiday takes the `holiday` exit when it is drawn, with {holiday} named; a closed dated exception too, a shortened day not', () => {
    const doc = miniFlow();
    doc.schedules![0]!.exceptions = [
      { date: '2026-10-08', name: 'Stocktaking', ranges: [] },
      { date: '2026-10-09', name: 'Short day', ranges: [{ start: '09:00', end: '10:00' }] },
    ];
    doc.nodes = [...doc.nodes!, { id: 'holiday', kind: 'message', position: { x: 1000, y: 650 }, data: { replyKind: 'offline', reply: { text: { en: 'Closed for {holiday|a holiday}; back {next_open}.', zh: '{holiday}休息，{next_open} 回来。' } } } }];
    doc.edges = [...doc.edges!, { id: 'hours-holiday', source: 'hours', sourceHandle: 'holiday', target: 'holiday' }, { id: 'holiday-next', source: 'holiday', sourceHandle: 'next', target: 'handoff' }];
    const drawn = parseFlow(doc);
    const notice = (at: string) => {
      const c = new Conversation(drawn, at);
      c.language = 'en';
      return c.say('human').outputs.replies[0]!;
    };
    expect([notice('2026-10-01T03:00:00Z').nodeId, notice('2026-10-01T03:00:00Z').text]).toEqual(['holiday', 'Closed for National Day; back tomorrow at 9 AM.']);
    expect(notice('2026-10-08T03:00:00Z').text).toBe('Closed for Stocktaking; back tomorrow at 9 AM.');
    expect(notice('2026-10-09T06:00:00Z').nodeId).toBe('closed');
    expect(notice('2026-10-03T03:00:00Z').nodeId).toBe('closed'); // an ordinary Saturday
    // A name the seller translated is read in the buyer's language; others keep the one name.
    const named = miniFlow();
    named.schedules![0]!.holidays = [{ date: '2026-10-01', name: 'National Day', names: { zh: '国庆节' } }];
    named.schedules![0]!.exceptions = [{ date: '2026-10-08', name: 'Stocktaking', names: { zh: '盘点' }, ranges: [] }];
    named.nodes = doc.nodes;
    named.edges = doc.edges;
    const zh = new Conversation(parseFlow(named), '2026-10-01T03:00:00Z');
    zh.language = 'zh';
    expect(zh.say('人工').outputs.replies[0]!.text).toBe('国庆节休息，明天 09:00 回来。');
    const closing = new Conversation(parseFlow(named), '2026-10-08T03:00:00Z');
    closing.language = 'zh';
    expect(closing.say('人工').outputs.replies[0]!.text).toBe('盘点休息，明天 09:00 回来。');
    const en = new Conversation(parseFlow(named), '2026-10-01T03:00:00Z');
    en.language = 'en';
    expect(en.say('human').outputs.replies[0]!.text).toBe('Closed for National Day; back tomorrow at 9 AM.');
    // Without the exit the usual closed notice answers, and {holiday} is there to use.
    const c = new Conversation(flow, '2026-10-01T03:00:00Z');
    expect(c.say('human').outputs.replies[0]!.nodeId).toBe('closed');
  });

  it('an open working-hours check names until when the team is there in {open_until}, in the buyer language', () => {
    const doc = miniFlow();
    doc.nodes = [...doc.nodes!, { id: 'open-note', kind: 'message', position: { x: 1000, y: 650 }, data: { reply: { text: { en: 'We are here until {open_until|later}.', zh: '客服在线到{open_until}。' } } } }];
    doc.edges = [...doc.edges!.filter((e) => !(e.source === 'hours' && e.sourceHandle === 'open')), { id: 'hours-open', source: 'hours', sourceHandle: 'open', target: 'open-note' }, { id: 'open-note-next', source: 'open-note', sourceHandle: 'next', target: 'agents' }];
    const drawn = parseFlow(doc);
    const note = (language: string) => {
      const c = new Conversation(drawn, MONDAY_OPEN);
      c.language = language;
      return c.say(language === 'zh' ? '人工' : 'human').outputs.replies[0]!;
    };
    expect([note('en').nodeId, note('en').text]).toEqual(['open-note', 'We are here until 6 PM today.']);
    expect(note('zh').text).toBe('客服在线到今天18:00。');
  });

  it('stays silent after a handoff until the agent releases the conversation', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.agents = { online: 1, available: 1 };
    c.say('agent');
    expect(c.state?.status).toBe('human');
    expect(c.say('hello?').outputs.replies).toEqual([]);
    c.wait(3600);
    expect(c.say('anyone?').outputs.replies).toEqual([]);
    c.send({ type: 'agent_released' });
    expect(c.state?.status).toBe('bot');
    expect(c.texts(c.say('refund'))[0]).toBe('You can return items within 30 days.');
  });

  it('agent_joined silences the bot; conversation_closed then a new message starts fresh', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    c.send({ type: 'agent_joined' });
    expect(c.say('refund').outputs.replies).toEqual([]);
    c.send({ type: 'conversation_closed' });
    expect(c.state?.status).toBe('closed');
    // A release after the close does not reopen it.
    c.send({ type: 'agent_released' });
    expect(c.state?.status).toBe('closed');
    expect(c.say('hello').outputs.replies.map((r) => r.kind)).toEqual(['greeting']);
  });
});

/** Greets, then asks three refund questions a minute apart: the third would be the same answer a third time. */
/** A buyer with two open orders who asked an order question: the bot asks "Do you mean order SO10003 (Socks ×3)?". */
function askedWhichOrder(question = 'tracking', f: typeof flow = flow): Conversation {
  const c = new Conversation(f, MONDAY_OPEN, [shipped, onTime]);
  c.say(question);
  return c;
}

/** The same buyer, who then tapped the hoodie's order (SO10001): the session is about that order. */
function pickedHoodie(f: typeof flow = flow): Conversation {
  const c = askedWhichOrder('tracking', f);
  c.tap('order:SO10001');
  return c;
}

function sameAnswerThreeTimes(c: Conversation) {
  c.say('hello');
  c.say('refund', 60);
  c.say('a different question about refund', 60);
  return c.say('refund again', 60);
}

describe('guards', () => {
  it('answers a burst of the same message once', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    c.say('refund', 1);
    const again = c.say('refund!!', 1);
    expect(again.outputs.replies).toEqual([]);
    expect(again.trace.some((t) => t.data?.guard === 'burst')).toBe(true);
  });

  it('hands over with a system note instead of sending the same reply a third time', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    const third = sameAnswerThreeTimes(c);
    expect(third.outputs.replies.map((r) => r.text)).toEqual(['Sorry, no agent is online now; we will reply as soon as we are back.']);
    expect(third.outputs.handoff?.reason).toBe('repeat_limit');
    expect(third.outputs.notes[0]).toMatch(/same reply/);
    expect(third.trace.some((t) => t.data?.guard === 'repeat_limit')).toBe(true);
  });

  it('a message step marked "may repeat" is sent again without the hand-over', () => {
    const doc = miniFlow();
    const refund = doc.nodes.find((n) => n.id === 'm_refund');
    if (refund?.kind !== 'message') throw new Error('m_refund');
    refund.data.repeatable = true;
    const c = new Conversation(parseFlow(doc), MONDAY_OPEN);
    const third = sameAnswerThreeTimes(c);
    expect(third.outputs.replies.map((r) => r.text)).toContain('You can return items within 30 days.');
    expect(third.outputs.handoff).toBeNull();
  });

  it('hands over when the buyer rates a reply unresolved', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    const r = c.say('refund');
    const answer = r.outputs.replies.find((x) => x.kind === 'answer');
    const rated = c.send({ type: 'feedback', replyId: answer?.id ?? '', resolved: false, reason: 'not_useful' });
    expect(rated.outputs.handoff).toEqual({ queue: 'default', reason: 'unresolved_rating' });
    expect(rated.outputs.tags).toContain('rating:unresolved:not_useful');
  });

  describe('guards hand over through the step the seller chose', () => {
    const through = (target: string) => {
      const doc = miniFlow();
      doc.settings = { guardHandoffTarget: target };
      return parseFlow(doc);
    };

    it('the repeat limit on a Sunday night goes through working hours: closed, back tomorrow, then the hand-over', () => {
      const c = new Conversation(through('hours'), SUNDAY_NIGHT);
      const third = sameAnswerThreeTimes(c);
      expect(c.texts(third)).toEqual(['We are closed; back tomorrow at 9 AM.', 'Sorry, no agent is online now; we will reply as soon as we are back.']);
      expect(third.outputs.handoff).toEqual({ queue: 'support', reason: 'repeat_limit' });
      expect(third.outputs.notes[0]).toMatch(/same reply/);
      expect(third.state.status).toBe('human');
    });

    it('an unresolved rating goes through it too', () => {
      const c = new Conversation(through('hours'), SUNDAY_NIGHT);
      const r = c.say('refund');
      const answer = r.outputs.replies.find((x) => x.kind === 'answer');
      const rated = c.send({ type: 'feedback', replyId: answer?.id ?? '', resolved: false });
      expect(c.texts(rated)).toEqual(['We are closed; back tomorrow at 9 AM.', 'Sorry, no agent is online now; we will reply as soon as we are back.']);
      expect(rated.outputs.handoff).toEqual({ queue: 'support', reason: 'unresolved_rating' });
    });

    it('a step that never hands over: the bot hands over at once after it, and the message is not answered again', () => {
      const c = new Conversation(through('thanks'), MONDAY_OPEN);
      const third = sameAnswerThreeTimes(c);
      expect(c.texts(third)).toEqual(['Glad to help!', 'Sorry, no agent is online now; we will reply as soon as we are back.']);
      expect(third.outputs.handoff).toEqual({ queue: 'default', reason: 'repeat_limit' });
      expect(third.trace.some((t) => t.type === 'problem' && /ended without handing over/.test(t.message))).toBe(true);
    });

    it('a guard inside the hand-over path hands over at once instead of going round again', () => {
      const doc = miniFlow();
      doc.settings = { guardHandoffTarget: 'm_refund' };
      const c = new Conversation(parseFlow(doc), MONDAY_OPEN);
      const third = sameAnswerThreeTimes(c);
      expect(c.texts(third)).toEqual(['Sorry, no agent is online now; we will reply as soon as we are back.']);
      expect(third.outputs.handoff?.reason).toBe('repeat_limit');
    });
  });

  it('a resolved rating is recorded without a handoff', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    const r = c.say('refund');
    const rated = c.send({ type: 'feedback', replyId: r.outputs.replies[1]?.id ?? '', resolved: true });
    expect(rated.outputs.handoff).toBeNull();
    expect(rated.outputs.tags).toEqual(['rating:resolved']);
  });

  it('a cycle that never waits ends with a problem in the trace and the fallback', () => {
    const doc = miniFlow();
    doc.edges = (doc.edges ?? []).map((e) => (e.id === 'isvip-yes' ? { ...e, target: 'setvip' } : e));
    const c = new Conversation(parseFlow(doc), MONDAY_OPEN);
    const r = c.say('am i a vip');
    expect(r.trace.some((t) => t.type === 'problem' && /budget/.test(t.message))).toBe(true);
    expect(r.outputs.replies.at(-1)?.kind).toBe('fallback');
    expect(r.trace.filter((t) => t.type === 'node').length).toBeLessThanOrEqual(flow.settings.maxStepsPerEvent + 5);
  });
});

describe('feedback, collect, variables, conditions, end', () => {
  it('feedback buttons take the resolved exit; text instead is answered', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    const r = c.say('refund');
    expect(r.outputs.replies[2]?.buttons.map((b) => b.payload)).toEqual(['feedback:resolved', 'feedback:unresolved']);
    expect(c.texts(c.tap('feedback:resolved'))).toEqual(['Glad to help!']);
    c.say('refund', 60);
    expect(c.texts(c.say('where is my parcel'))).toEqual(['I could not find an order.']);
  });

  it('a rating typed instead of tapped takes the same exit; a longer message is answered as a question', () => {
    const exitOf = (rate: (c: Conversation) => StepResult) => {
      const c = new Conversation(flow, MONDAY_OPEN);
      c.say('refund');
      const r = rate(c);
      return { nodes: r.outputs.replies.map((x) => x.nodeId), handoff: r.outputs.handoff?.reason ?? null, tags: r.outputs.tags };
    };
    const resolved = exitOf((c) => c.tap('feedback:resolved'));
    const unresolved = exitOf((c) => c.tap('feedback:unresolved'));
    expect(unresolved).not.toEqual(resolved);
    for (const typed of ['yes', 'Yes, thanks!', 'sí', 'dah settle', '解决了', '嗯嗯']) expect(exitOf((c) => c.say(typed))).toEqual(resolved);
    for (const typed of ['no', 'nope.', 'no me sirvió', 'tak', '没有解决', 'x settle', 'no la', '还没']) expect(exitOf((c) => c.say(typed))).toEqual(unresolved);
    // Longer ways of saying it did not help, with or without apostrophes.
    for (const typed of ['no it didnt help', "No, it didn't help.", 'that doesnt answer my question', "that's not what i asked", '还是没解决', '还是不行', '问题还在', 'masih tak settle']) {
      expect(exitOf((c) => c.say(typed))).toEqual(unresolved);
    }
    expect(exitOf((c) => c.say('no, where is my parcel')).tags).not.toContain('feedback:unresolved');
    // The buttons' own labels, typed, in any of the flow's languages.
    for (const typed of ['Yes, solved', 'yes solved!', '已解决']) expect(exitOf((c) => c.say(typed))).toEqual(resolved);
    for (const typed of ['No, not solved', '未解决', '还是不明白']) expect(exitOf((c) => c.say(typed))).toEqual(unresolved);
    const doc = miniFlow();
    doc.nodes = doc.nodes!.map((n) => (n.kind === 'feedback' ? { ...n, data: { ...n.data, resolvedLabel: { en: 'Ya, selesai' }, unresolvedLabel: { en: 'Belum, perlu bantuan' } } } : n));
    const custom = new Conversation(parseFlow(doc), MONDAY_OPEN);
    custom.say('refund');
    expect(custom.say('belum perlu bantuan').outputs.tags).toContain('feedback:unresolved');
  });

  it('collect validates, retries, stores and fails', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    expect(c.texts(c.say('newsletter'))).toEqual(['What is your email?']);
    expect(c.texts(c.say('not an email'))).toEqual(['That does not look like an email.']);
    expect(c.texts(c.say('lily@example.com'))).toEqual(['Subscribed lily@example.com.']);
    c.say('newsletter', 60);
    c.say('nope');
    expect(c.texts(c.say('still nope'))).toEqual(['Never mind.']);
  });

  it('set_variable and condition branch; end stops and the next message starts over', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    expect(c.texts(c.say('am i a vip'))).toEqual(['You are a VIP.']);
    expect(c.state?.variables.vip).toBe(true);
    const doc = miniFlow();
    doc.nodes = doc.nodes.map((n) => (n.id === 'setvip' ? { ...n, data: { assignments: [{ variable: 'vip', value: false }] } } : n)) as typeof doc.nodes;
    const d = new Conversation(parseFlow(doc), MONDAY_OPEN);
    d.say('hello');
    expect(d.texts(d.say('am i a vip'))).toEqual(['You are not a VIP.']);
    expect(d.state?.wait).toBeNull();
  });

  it('contains_any holds when the variable contains one of the alternatives, ignoring case and width', () => {
    const doc = miniFlow();
    const rule = { id: 'yes', label: 'Asks as a VIP', all: [{ variable: 'last_message', op: 'contains_any' as const, value: 'gold member| PLATINUM |' }] };
    doc.nodes = doc.nodes.map((n) => (n.id === 'isvip' ? { ...n, data: { rules: [rule] } } : n.id === 'setvip' ? { ...n, data: { assignments: [{ variable: 'vip', value: false }] } } : n)) as typeof doc.nodes;
    const c = new Conversation(parseFlow(doc), MONDAY_OPEN);
    c.say('hello');
    expect(c.texts(c.say('am i a vip? I am a Platinum member'))).toEqual(['You are a VIP.']);
    expect(c.texts(c.say('am i a vip, ＧＯＬＤ ＭＥＭＢＥＲ here'))).toEqual(['You are a VIP.']);
    // An empty alternative (the trailing "|") matches nothing.
    expect(c.texts(c.say('am i a vip now'))).toEqual(['You are not a VIP.']);
  });
});

describe('assist mode and dry runs', () => {
  it('with an agent available the replies become suggestions', () => {
    const doc = miniFlow();
    doc.settings = { robot: { mode: 'auto', autoWhen: 'no_agent_available' } };
    const c = new Conversation(parseFlow(doc), MONDAY_OPEN);
    c.agents = { online: 1, available: 1 };
    const r = c.say('refund');
    expect(r.outputs.replies).toEqual([]);
    expect(r.outputs.suggestions.map((s) => s.kind)).toEqual(['greeting', 'answer', 'system']);
    c.agents = { online: 1, available: 0 };
    expect(c.say('where is my parcel').outputs.replies.length).toBe(1);
  });

  it('the handoff notice reaches the buyer even while replies are suggestions', () => {
    const doc = miniFlow();
    doc.settings = { robot: { mode: 'auto', autoWhen: 'no_agent_available' } };
    const c = new Conversation(parseFlow(doc), MONDAY_OPEN);
    c.agents = { online: 1, available: 1 };
    c.say('hello');
    const r = c.say('agent please');
    expect(c.texts(r)).toEqual(['Connecting you to an agent.']);
    expect(r.outputs.handoff?.reason).toBe('buyer_request');
  });

  it('a button tap without a label keeps the conversation language', () => {
    const c = new Conversation(flow, MONDAY_OPEN, [shipped]);
    c.say('你好');
    const r = c.send({ type: 'button', payload: 'intent:track' });
    expect(r.outputs.replies[0]?.language).toBe('zh');
    expect(r.outputs.replies[0]?.text).toBe('订单 SO10001 已由 SF Express 发出，运单号 SF123456789。');
  });

  it('a dry run says what the bot would say and commits nothing', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    const before = JSON.stringify(c.state);
    c.dryRun = true;
    const r = c.say('refund');
    expect(r.outputs.replies[0]?.text).toBe('You can return items within 30 days.');
    expect(JSON.stringify(r.state)).toBe(before);
  });

  it('never mutates the state it is given', () => {
    const c = new Conversation(flow, MONDAY_OPEN);
    c.say('hello');
    const state = c.state;
    const frozen = JSON.stringify(state);
    step(flow, state, { type: 'buyer_message', text: 'refund' }, c.env());
    expect(JSON.stringify(state)).toBe(frozen);
  });
});
