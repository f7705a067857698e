import { describe, expect, it } from 'vitest';
import { FlowDocumentSchema } from '../../flows/document';
import { NODE_SCHEMAS } from '../../flows/nodes';
import { ScheduleSchema, scheduleProblems } from '../../flows/schedule';
import { findTemplate } from '../../flows/templates';
import { candidateKeys, chosen, fieldPathOf, focusRequest } from '../../app/designer/editors/focus';
import { describeIssue, issuesUnder, toIssues } from '../../app/designer/editors/issues';
import { addAlternatives, addKeyword, joinAlternatives, keywordChips, parseAlternatives, removeAlternative, sharedAlternatives } from '../../app/designer/editors/keywords';
import { idFromName, newIntent, removeIntent, scheduleUsers } from '../../app/designer/editors/knowledge';
import { copyDay, daySegments, newSchedule, normalizeTime, problemsByField, rangeKind, scheduleIdFor, suggestRange, toMinutes } from '../../app/designer/editors/schedule-grid';
import { applySuggestion, checkText, highlightSegments, insertAt, knownVariables, suggestVariable, unknownVariables } from '../../app/designer/editors/template-check';
import { tryMatch } from '../../app/designer/editors/try-sentence';
import { MESSAGES } from '../../app/i18n/messages';

const douyin = () => FlowDocumentSchema.parse(findTemplate('douyin-cn')!.flow);

describe('keyword chips', () => {
  it('reads "快递|物流|包裹|tracking" as one chip with four alternatives, trimmed and without repeats', () => {
    expect(parseAlternatives(' 快递 | 物流｜包裹|tracking| 快递 |TRACKING|')).toEqual(['快递', '物流', '包裹', 'tracking']);
    expect(addKeyword(['退货'], '快递|物流|包裹|tracking')).toEqual(['退货', '快递|物流|包裹|tracking']);
    expect(keywordChips(['快递|物流', '退款'])).toEqual([
      { index: 0, alternatives: ['快递', '物流'] },
      { index: 1, alternatives: ['退款'] },
    ]);
  });

  it('adds nothing for an input of separators and spaces', () => {
    expect(addKeyword(['a'], ' | ｜ ')).toBeNull();
    expect(joinAlternatives([' a ', '', 'b'])).toBe('a|b');
  });

  it('adds and removes alternatives inside one chip; the last one removes the chip', () => {
    expect(addAlternatives('快递|物流', '包裹|物流|tracking')).toBe('快递|物流|包裹|tracking');
    expect(removeAlternative('快递|物流|包裹', 1)).toBe('快递|包裹');
    expect(removeAlternative('快递', 0)).toBeNull();
  });

  it('finds alternatives another intent already uses (FLOW009), ignoring case and width', () => {
    const shared = sharedAlternatives(['Tracking|快递'], [{ id: 'where', keywords: ['ｔｒａｃｋｉｎｇ|物流'] }]);
    expect([...shared]).toEqual([['Tracking', 'where']]);
  });

  it('a chip list the editor produces passes the intent schema', () => {
    const doc = douyin();
    const keywords = addKeyword(doc.intents[0]!.keywords, '快递|物流|包裹|tracking')!;
    expect(FlowDocumentSchema.safeParse({ ...doc, intents: [{ ...doc.intents[0]!, keywords }, ...doc.intents.slice(1)] }).success).toBe(true);
  });
});

describe('reply text checks', () => {
  const known = knownVariables({ variables: [{ name: 'coupon_code', type: 'string', description: '' }] });

  it('knows the flow variables first, then the built-ins', () => {
    expect(known[0]).toBe('coupon_code');
    expect(known).toContain('order_id');
    expect(known).toContain('buyer_name');
  });

  it('flags {order_number} with a suggestion, keeps known ones, and suggests for typos', () => {
    const text = 'Hi {buyer_name|there}, order {order_number} ships soon. Code {coupon_cde}.';
    const unknown = unknownVariables(text, known);
    expect(unknown.map((u) => [u.name, u.suggestion])).toEqual([
      ['order_number', 'order_id'],
      ['coupon_cde', 'coupon_code'],
    ]);
    expect(text.slice(unknown[0]!.start, unknown[0]!.end)).toBe('{order_number}');
    expect(suggestVariable('xyz', known)).toBeNull();
  });

  it('replaces an unknown placeholder by the suggestion, keeping its default', () => {
    const text = 'Order {order_number|?} is on its way';
    const [u] = unknownVariables(text, known);
    expect(applySuggestion(text, u!, 'order_id')).toBe('Order {order_id|?} is on its way');
  });

  it('finds banned phrases of the market with their category, and highlights them over variables', () => {
    const text = '加微信 or WhatsApp me: {order_id}';
    const findings = checkText(text, known, 'CN');
    expect(findings.banned.map((b) => [text.slice(b.start, b.end), b.category])).toEqual([
      ['加微信', 'off_platform_contact'],
      ['WhatsApp', 'off_platform_contact'],
    ]);
    const segments = highlightSegments(text, findings);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark === 'banned').map((s) => s.text)).toEqual(['加微信', 'WhatsApp']);
    expect(segments.filter((s) => s.mark === 'variable').map((s) => s.text)).toEqual(['{order_id}']);
  });

  it('does not read placeholders in texts that are not templates', () => {
    expect(checkText('{nope}', known, 'US', false).unknown).toEqual([]);
  });

  it('inserts at the caret, replacing the selection', () => {
    expect(insertAt('Hello !', 6, 6, '{buyer_name}')).toEqual({ text: 'Hello {buyer_name}!', caret: 18 });
    expect(insertAt('Hello XX!', 6, 8, '{a}')).toEqual({ text: 'Hello {a}!', caret: 9 });
    expect(insertAt('ab', 99, 99, 'c')).toEqual({ text: 'abc', caret: 3 });
  });
});

describe('schedule grid', () => {
  it('reads what sellers type as HH:MM', () => {
    expect(normalizeTime('9')).toBe('09:00');
    expect(normalizeTime('930')).toBe('09:30');
    expect(normalizeTime('21.30')).toBe('21:30');
    expect(normalizeTime('9：05')).toBe('09:05');
    expect(normalizeTime('9:5')).toBe('9:5');
    expect(toMinutes('24:00')).toBe(1440);
    expect(toMinutes('24:30')).toBeNaN();
  });

  it('says which ranges run overnight', () => {
    expect(rangeKind({ start: '22:00', end: '02:00' })).toBe('overnight');
    expect(rangeKind({ start: '09:00', end: '24:00' })).toBe('normal');
    expect(rangeKind({ start: '09:00', end: '09:00' })).toBe('empty');
  });

  it('draws a split shift and an overnight range spilling into the next day (Sunday into Monday too)', () => {
    const s = newSchedule('Shop', 'Asia/Shanghai', []);
    const weekly = { ...s.weekly, mon: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '18:00' }], fri: [{ start: '20:00', end: '02:00' }], sun: [{ start: '23:00', end: '01:30' }] };
    expect(daySegments(weekly, 'mon')).toEqual([
      { from: 0, to: 90, day: 'sun', index: 0, spill: true },
      { from: 540, to: 720, day: 'mon', index: 0, spill: false },
      { from: 810, to: 1080, day: 'mon', index: 1, spill: false },
    ]);
    expect(daySegments(weekly, 'fri')).toContainEqual({ from: 1200, to: 1440, day: 'fri', index: 0, spill: false });
    expect(daySegments(weekly, 'sat')).toEqual([{ from: 0, to: 120, day: 'fri', index: 0, spill: true }]);
  });

  it('suggests the next range of a split shift and a first range', () => {
    expect(suggestRange([])).toEqual({ start: '09:00', end: '18:00' });
    expect(suggestRange([{ start: '09:00', end: '12:00' }])).toEqual({ start: '13:00', end: '18:00' });
    expect(suggestRange([{ start: '18:00', end: '23:30' }])).toEqual({ start: '00:00', end: '01:00' });
  });

  it('makes new schedules the schema accepts, with a free id, in the given time zone', () => {
    const s = newSchedule('Service hours', 'Asia/Kuala_Lumpur', ['service-hours']);
    expect(s.id).toBe('service-hours-2');
    expect(ScheduleSchema.safeParse(s).success).toBe(true);
    expect(scheduleIdFor('营业时间', [])).toBe('hours');
    expect(copyDay(s.weekly, 'mon', ['sat']).sat).toEqual([{ start: '09:00', end: '18:00' }]);
  });

  it('puts the schedule problem checks at their fields', () => {
    const s = newSchedule('x', 'UTC', []);
    const weekly = { ...s.weekly, mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }], thu: [{ start: '22:00', end: '10:00' }] };
    const byField = problemsByField(scheduleProblems({ ...s, weekly }));
    expect(byField.get('weekly.mon.1')?.[0]?.code).toBe('range_overlap');
    expect(byField.get('weekly.fri.0')?.[0]?.zh).toContain('跨夜');
  });
});

describe('schema issues in the UI language', () => {
  const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ''}`;

  it('turns node schema issues into paths and translated reasons', () => {
    const r = NODE_SCHEMAS.collect.safeParse({ id: 'c', kind: 'collect', position: { x: 0, y: 0 }, data: { prompt: { text: { en: 'x'.repeat(4001) } }, variable: 'Order', retries: 9, retryReply: { text: {} } } });
    expect(r.success).toBe(false);
    const issues = toIssues(r.error!);
    const by = (path: string) => issues.find((i) => i.path.join('.') === path)!;
    expect(describeIssue(by('data.prompt.text.en'), t)).toBe('tooLong{"max":4000}');
    expect(describeIssue(by('data.variable'), t)).toBe('variableFormat');
    expect(describeIssue(by('data.retries'), t)).toBe('tooHigh{"max":5}');
    expect(issuesUnder(issues, ['data', 'prompt'])).toHaveLength(1);
  });

  it('translates schedule messages, and every message key exists in both languages', () => {
    const r = ScheduleSchema.safeParse({ id: 'x', name: '', timezone: 'Mars/Base', weekly: { mon: [{ start: '9:00', end: '24:00' }] }, holidays: [{ date: '2026-02-30', name: 'x' }] });
    const keys = toIssues(r.error!).map((i) => describeIssue(i, (k) => k));
    expect(keys.sort()).toEqual(['dateNotReal', 'scheduleName', 'timeFormat', 'timezone']);
    const errors = MESSAGES.zh.inspector.errors as Record<string, string>;
    for (const key of ['dateNotReal', 'scheduleName', 'timeFormat', 'timezone', 'tooLong', 'variableFormat', 'tooHigh', 'onlyIntent', 'scheduleInUse']) {
      expect(errors[key]).toBeTruthy();
      expect((MESSAGES.en.inspector.errors as Record<string, string>)[key]).toBeTruthy();
    }
  });
});

describe('focus of a clicked problem', () => {
  const doc = { nodes: [{ id: 'a' }, { id: 'b' }] } as never;

  it('maps document paths to the fields of the node form, and flow paths as they are', () => {
    expect(fieldPathOf({ nodeId: 'b', path: ['nodes', 1, 'data', 'reply', 'text', 'es'] }, doc)).toEqual(['data', 'reply', 'text', 'es']);
    expect(fieldPathOf({ nodeId: 'a', path: ['nodes', 1, 'data'] }, doc)).toBeNull();
    expect(fieldPathOf({ nodeId: null, path: ['intents', 2, 'keywords', 0] }, doc)).toEqual(['intents', 2, 'keywords', 0]);
    expect(candidateKeys(['data', 'reply', 'buttons', 0, 'label', 'es'])).toEqual(['data.reply.buttons.0.label.es', 'data.reply.buttons.0.label', 'data.reply.buttons.0', 'data.reply.buttons', 'data.reply', 'data']);
  });

  it('asks the reply editor of that path for the right language tab, and a newer request beats the seller\'s choice', () => {
    const focus = { nodeId: 'b', path: ['nodes', 1, 'data', 'reply', 'text', 'es'], nonce: 3 };
    expect(focusRequest(focus, doc, 'b', ['data', 'reply'])).toEqual({ rest: ['text', 'es'], nonce: 3 });
    expect(focusRequest(focus, doc, 'b', ['data', 'offlineReply'])).toBeNull();
    expect(focusRequest(focus, doc, 'a', ['data', 'reply'])).toBeNull();
    expect(chosen({ value: 'en', nonce: 2 }, { value: 'es', nonce: 3 })).toBe('es');
    expect(chosen({ value: 'en', nonce: 3 }, { value: 'es', nonce: 3 })).toBe('en');
  });
});

describe('knowledge base edits', () => {
  it('makes ids from Latin names and numbered ids for others', () => {
    expect(idFromName('Where is my order?', 'intent', [])).toBe('where-is-my-order');
    expect(idFromName('Where is my order', 'intent', ['where-is-my-order'])).toBe('where-is-my-order-2');
    expect(idFromName('查物流', 'intent', ['intent_1'])).toBe('intent_2');
    expect(idFromName('双11活动', 'intent', [])).toBe('intent_1');
    const doc = douyin();
    const intent = newIntent(doc, ' 查物流 ', 'zh');
    expect(intent.name).toEqual({ zh: '查物流' });
    expect(FlowDocumentSchema.safeParse({ ...doc, intents: [...doc.intents, intent] }).success).toBe(true);
  });

  it('removes an intent with its exits and connections, but not the only intent of a router', () => {
    const doc = douyin();
    const router = doc.nodes.find((n) => n.kind === 'intent')!;
    const id = router.kind === 'intent' ? router.data.intents[1]! : '';
    expect(doc.edges.some((e) => e.source === router.id && e.sourceHandle === id)).toBe(true);
    const next = removeIntent(doc, id)!;
    expect(next.intents.some((i) => i.id === id)).toBe(false);
    expect(next.edges.some((e) => e.source === router.id && e.sourceHandle === id)).toBe(false);
    expect(FlowDocumentSchema.safeParse(next).success).toBe(true);
    const lonely = { ...doc, nodes: doc.nodes.map((n) => (n.kind === 'intent' ? { ...n, data: { ...n.data, intents: [id] } } : n)) };
    expect(removeIntent(lonely, id)).toBeNull();
  });

  it('knows where a schedule is used', () => {
    const doc = douyin();
    const s = doc.schedules[0]!;
    expect(scheduleUsers(doc, s.id).steps.length).toBeGreaterThan(0);
    expect(scheduleUsers(doc, 'nope')).toEqual({ steps: [], robot: false });
  });
});

describe('try a sentence', () => {
  it('uses the runtime matcher: the intent, its score, top three and thresholds, restricted to the router', () => {
    const doc = douyin();
    const router = doc.nodes.find((n) => n.kind === 'intent')!;
    const routed = router.kind === 'intent' ? router.data.intents : [];
    const r = tryMatch(doc, '我的订单什么时候发货', { restrictTo: routed });
    expect(r.language).toBe('zh');
    expect(r.match.intentId).toBe('ship_when');
    expect(r.match.score).toBeGreaterThanOrEqual(r.match.threshold);
    expect(r.match.candidates.length).toBeLessThanOrEqual(3);
    expect(r.thresholds.ship_when).toBe(doc.settings.matchThreshold);
    const strict = tryMatch(doc, '我的订单什么时候发货', { restrictTo: routed, threshold: 100 });
    expect(strict.thresholds[strict.match.candidates[0]!.intentId]).toBe(100);
  });

  it('reports a global trigger that takes the message first', () => {
    const r = tryMatch(douyin(), '转人工', {});
    expect(r.trigger?.id).toBe('human-request');
  });
});
