/**
 * A new node of each kind, ready to use: schema-valid, with starter texts in the flow's
 * languages, so a seller can drop it and then edit (never a blank node that fails to save).
 */
import type { FlowDocument } from '../../flows/document';
import type { Intent } from '../../flows/intent';
import { NODE_SCHEMAS, type FlowNode, type NodeKind } from '../../flows/nodes';
import type { Schedule } from '../../flows/schedule';

/** `prefix_1`, `prefix_2`, ... the first id not taken. */
export function freshId(prefix: string, taken: readonly string[]): string {
  const set = new Set(taken);
  for (let i = 1; ; i++) {
    const id = `${prefix.replace(/[^A-Za-z0-9_-]/g, '_')}_${i}`;
    if (!set.has(id)) return id;
  }
}

type Texts = Record<string, string>;

/** Starter texts in English and Chinese; other languages start empty (marked as missing). */
const STARTER: Record<string, { en: string; zh: string }> = {
  greeting: { en: 'Hi {buyer_name|there}! How can we help you today?', zh: '亲，您好！请问有什么可以帮您？' },
  message: { en: 'Thanks for your message!', zh: '感谢您的留言！' },
  collect: { en: 'Could you tell us your order number?', zh: '请问您的订单号是多少？' },
  collectRetry: { en: 'Sorry, that does not look right. Please try again.', zh: '抱歉，格式好像不对，请再试一次。' },
  confirm: { en: 'Is this about order {order_id}?', zh: '请问是订单 {order_id} 吗？' },
  handoff: { en: 'Let me connect you with a customer service agent.', zh: '正在为您转接人工客服，请稍候。' },
  offline: { en: 'Sorry, our agents are offline now. We will reply as soon as they are back.', zh: '抱歉目前人工客服不在线，上线后会第一时间回复您' },
  fallback: { en: "Sorry, I didn't get that. Could you say it another way?", zh: '抱歉，我没有理解您的意思，可以换个说法吗？' },
  feedback: { en: 'Did this answer your question?', zh: '请问这个回答解决您的问题了吗？' },
  intent: { en: 'New question', zh: '新问题' },
};

function texts(doc: FlowDocument, key: keyof typeof STARTER): Texts {
  const starter = STARTER[key]!;
  const out: Texts = {};
  for (const lang of doc.languages.supported) out[lang] = lang === 'zh' || lang.startsWith('zh-') ? starter.zh : lang === 'en' || lang.startsWith('en-') ? starter.en : '';
  // The default language always gets a text, in English if nothing better.
  if (!out[doc.languages.default]) out[doc.languages.default] = starter.en;
  return out;
}

const reply = (doc: FlowDocument, key: keyof typeof STARTER) => ({ text: texts(doc, key), buttons: [] });

export interface NewNode {
  node: FlowNode;
  /** Knowledge-base entries or schedules the node needs and the flow lacks. */
  intents: Intent[];
  schedules: Schedule[];
}

export function defaultNode(kind: NodeKind, doc: FlowDocument, position: { x: number; y: number }): NewNode {
  const id = freshId(kind, doc.nodes.map((n) => n.id));
  const intents: Intent[] = [];
  const schedules: Schedule[] = [];
  let data: unknown = {};
  switch (kind) {
    case 'greeting':
      data = { reply: reply(doc, 'greeting') };
      break;
    case 'message':
      data = { reply: reply(doc, 'message'), replyKind: 'answer', repeatable: false };
      break;
    case 'intent': {
      let first = doc.intents[0]?.id;
      if (!first) {
        first = freshId('question', []);
        intents.push({ id: first, name: texts(doc, 'intent'), keywords: [], examples: {}, priority: 0 });
      }
      data = { intents: [first] };
      break;
    }
    case 'working_hours': {
      let scheduleId = doc.schedules[0]?.id;
      if (!scheduleId) {
        scheduleId = 'hours';
        const nineToSix = [{ start: '09:00', end: '18:00' }];
        schedules.push({ id: scheduleId, name: 'Working hours', timezone: 'UTC', weekly: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix, sat: [], sun: [] }, holidays: [], exceptions: [] });
      }
      data = { scheduleId };
      break;
    }
    case 'condition':
      data = { rules: [{ id: 'rule_1', label: '', all: [{ variable: 'order_status', op: 'eq', value: 'shipped' }] }] };
      break;
    case 'collect':
      data = { prompt: reply(doc, 'collect'), variable: 'order_id', validation: 'order_id', retries: 2, retryReply: reply(doc, 'collectRetry') };
      break;
    case 'order_lookup':
      data = { confirm: 'when_ambiguous', confirmReply: reply(doc, 'confirm') };
      break;
    case 'handoff':
      data = { queue: doc.settings.handoffQueue ?? 'default', reply: reply(doc, 'handoff'), offlineReply: reply(doc, 'offline'), reason: 'flow' };
      break;
    case 'fallback':
      data = { reply: reply(doc, 'fallback'), markUnreplied: true };
      break;
    case 'set_variable':
      data = { assignments: [{ variable: 'order_id', value: '' }] };
      break;
    case 'feedback':
      data = { prompt: reply(doc, 'feedback') };
      break;
    case 'end':
      data = { close: false };
      break;
    default:
      data = {};
  }
  const node = NODE_SCHEMAS[kind].parse({ id, kind, position, data }) as FlowNode;
  return { node, intents, schedules };
}
