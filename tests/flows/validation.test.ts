import { describe, expect, it } from 'vitest';
import type { FlowDocumentInput } from '../../flows/document';
import { hasErrors, PROBLEM_CATALOGUE, validateFlow, type Problem } from '../../flows/validation';
import { parseFlow } from '../fixtures/driver';
import { miniFlow } from '../fixtures/mini-flow';

function problems(edit: (doc: FlowDocumentInput) => void): Problem[] {
  const doc = miniFlow();
  edit(doc);
  return validateFlow(parseFlow(doc));
}
const codes = (ps: Problem[]) => ps.map((p) => p.code);
const node = (doc: FlowDocumentInput, id: string) => doc.nodes.find((n) => n.id === id) as { data: Record<string, unknown> } & Record<string, unknown>;

describe('validateFlow', () => {
  it('finds nothing wrong with a complete flow', () => {
    expect(validateFlow(parseFlow(miniFlow()))).toEqual([]);
  });

  it('every problem has a code from the catalogue, a severity, a path and both languages', () => {
    const ps = problems((d) => {
      d.nodes = d.nodes.filter((n) => n.id !== 'start');
      node(d, 'greet').data.reply = { text: { en: 'Hi {order_number}' } };
    });
    expect(ps.length).toBeGreaterThan(0);
    for (const p of ps) {
      expect(PROBLEM_CATALOGUE[p.code].severity).toBe(p.severity);
      expect(p.message.en.length).toBeGreaterThan(5);
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(Array.isArray(p.path)).toBe(true);
    }
  });

  it('FLOW001 no start, FLOW002 several starts', () => {
    expect(codes(problems((d) => void (d.nodes = d.nodes.filter((n) => n.id !== 'start'))))).toContain('FLOW001');
    const two = problems((d) => void d.nodes.push({ id: 'start2', kind: 'start', position: { x: 0, y: 0 }, data: {} }));
    expect(two.find((p) => p.code === 'FLOW002')?.nodeId).toBe('start2');
  });

  it('FLOW003 unreachable node and FLOW004 unconnected exit', () => {
    const ps = problems((d) => void d.nodes.push({ id: 'lonely', kind: 'message', position: { x: 0, y: 0 }, data: { reply: { text: { en: 'x', zh: 'x' } } } }));
    expect(ps.find((p) => p.code === 'FLOW003')?.nodeId).toBe('lonely');
    expect(ps.find((p) => p.code === 'FLOW004')?.nodeId).toBe('lonely');
    expect(hasErrors(ps)).toBe(false);
  });

  it('FLOW005 intent node without a connected no-match exit is an error', () => {
    const ps = problems((d) => void (d.edges = d.edges?.filter((e) => e.id !== 'router-no_match')));
    expect(ps.find((p) => p.code === 'FLOW005')).toMatchObject({ severity: 'error', nodeId: 'router' });
  });

  it('FLOW006 a cycle that never waits', () => {
    const ps = problems((d) => void (d.edges = d.edges?.map((e) => (e.id === 'isvip-yes' ? { ...e, target: 'setvip' } : e))));
    const loop = ps.find((p) => p.code === 'FLOW006');
    expect(loop?.severity).toBe('error');
    expect(loop?.message.en).toMatch(/setvip → isvip/);
  });

  it('FLOW007 unknown variable in a template, with a suggestion', () => {
    const ps = problems((d) => void (node(d, 'm_shipped').data.reply = { text: { en: 'Order {order_number} shipped', zh: '订单 {order_id}' } }));
    const p = ps.find((x) => x.code === 'FLOW007');
    expect(p?.message.en).toBe('{order_number} is not a variable — did you mean {order_id}?');
    expect(p?.path).toEqual(['nodes', 6, 'data', 'reply', 'text', 'en']);
  });

  it('FLOW008 missing translation is a warning that does not block', () => {
    const ps = problems((d) => void (node(d, 'm_refund').data.reply = { text: { en: 'Return within 30 days' } }));
    expect(ps.find((p) => p.code === 'FLOW008')).toMatchObject({ severity: 'warning', nodeId: 'm_refund', path: ['nodes', 11, 'data', 'reply', 'text', 'zh'] });
    expect(hasErrors(ps)).toBe(false);
  });

  it('FLOW009 the same keyword in two intents', () => {
    const ps = problems((d) => void (d.intents?.[1]?.keywords?.push('Tracking')));
    expect(ps.find((p) => p.code === 'FLOW009')?.message.en).toMatch(/"Tracking" is used by "track" and "refund"/);
  });

  it('FLOW010 bad schedule ranges', () => {
    const ps = problems((d) => {
      const s = d.schedules?.[0];
      if (s) s.weekly = { mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '14:00' }] };
    });
    expect(ps.find((p) => p.code === 'FLOW010')?.path.slice(0, 3)).toEqual(['schedules', 0, 'weekly']);
  });

  it('FLOW011 banned phrases per market block publishing', () => {
    const us = problems((d) => void (node(d, 'm_refund').data.reply = { text: { en: 'WhatsApp me for a faster refund', zh: '加微信退款更快' } }));
    expect(us.filter((p) => p.code === 'FLOW011').map((p) => p.message.en)).toContainEqual(expect.stringMatching(/"WhatsApp me" is not allowed in US replies \(off platform contact\)/));
    expect(hasErrors(us)).toBe(true);
    const cn = problems((d) => {
      d.market = 'CN';
      node(d, 'm_refund').data.reply = { text: { en: 'Returns within 30 days', zh: '退款请加微信联系' } };
    });
    expect(cn.find((p) => p.code === 'FLOW011')).toMatchObject({ nodeId: 'm_refund', path: ['nodes', 11, 'data', 'reply', 'text', 'zh'] });
  });

  it('FLOW012–FLOW015 broken references', () => {
    const ps = problems((d) => {
      d.edges?.push({ id: 'ghost', source: 'router', sourceHandle: 'nope', target: 'greet' });
      (node(d, 'router').data.intents as string[]).push('ghost_intent');
      node(d, 'hours').data.scheduleId = 'nope';
      d.globalTriggers = [{ id: 'x', keywords: ['human'], target: 'missing' }];
    });
    expect(codes(ps)).toEqual(expect.arrayContaining(['FLOW012', 'FLOW013', 'FLOW014', 'FLOW015']));
  });

  it('FLOW016 invalid pattern, FLOW017 unknown variable, FLOW019 two connections from one exit', () => {
    const ps = problems((d) => {
      Object.assign(node(d, 'collect_email').data, { validation: 'pattern', pattern: '([a-z' });
      node(d, 'setvip').data.assignments = [{ variable: 'nope', value: 1 }];
      d.edges?.push({ id: 'dup', source: 'greet', sourceHandle: 'next', target: 'fallback' });
    });
    expect(codes(ps)).toEqual(expect.arrayContaining(['FLOW016', 'FLOW017', 'FLOW019']));
  });
});

describe('knowledge-base and text warnings', () => {
  it('FLOW020 examples in an unsupported language, FLOW021 an intent no router uses, FLOW022 an empty reply', () => {
    const ps = problems((d) => {
      d.intents?.push({ id: 'orphan', name: { en: 'Orphan', zh: '孤儿' }, keywords: ['orphan'], examples: { fr: ['où est mon colis'] } });
      node(d, 'thanks').data.reply = { text: { en: '', zh: '' } };
    });
    expect(ps.find((p) => p.code === 'FLOW020')?.path).toEqual(['intents', 4, 'examples', 'fr']);
    expect(ps.find((p) => p.code === 'FLOW021')?.message.en).toBe('Intent "orphan" is not routed by any intent node.');
    expect(ps.find((p) => p.code === 'FLOW022')).toMatchObject({ nodeId: 'thanks', severity: 'warning' });
  });
});

describe('audit fixes', () => {
  it('FLOW006 a loop through an order lookup: the shop answers the lookup, not the buyer', () => {
    for (const confirm of ['never', 'when_ambiguous'] as const) {
      const ps = problems((d) => {
        node(d, 'lookup').data.confirm = confirm;
        d.edges = d.edges?.map((e) => (e.id === 'm_none-next' ? { ...e, target: 'lookup' } : e));
      });
      const loop = ps.find((p) => p.code === 'FLOW006');
      expect(loop).toMatchObject({ severity: 'error', nodeId: 'lookup' });
      expect(loop?.message.en).toMatch(/lookup → m_none → lookup.*An order lookup does not count/);
    }
    // Back to the intent router after the answer: the router waits for the buyer.
    expect(codes(problems((d) => void (node(d, 'lookup').data.confirm = 'never')))).not.toContain('FLOW006');
  });

  it('FLOW007 placeholder-like tokens the syntax does not take, with the variable meant', () => {
    const ps = problems((d) => void (node(d, 'm_shipped').data.reply = { text: { en: 'Order {Order_ID} / {orderId} / { order_id } ships soon.', zh: '订单 {TrackingNumber|暂无}' } }));
    const found = ps.filter((p) => p.code === 'FLOW007');
    expect(found.map((p) => p.message.en)).toEqual([
      '{Order_ID} is not a variable as written (names are lowercase, with _ between words), so buyers would see it as is — did you mean {order_id}?',
      '{orderId} is not a variable as written (names are lowercase, with _ between words), so buyers would see it as is — did you mean {order_id}?',
      '{ order_id } is not a variable as written (no spaces inside the braces), so buyers would see it as is — did you mean {order_id}?',
      '{TrackingNumber|暂无} is not a variable as written (names are lowercase, with _ between words), so buyers would see it as is — did you mean {tracking_number}?',
    ]);
    expect(found[0]).toMatchObject({ severity: 'error', nodeId: 'm_shipped', path: ['nodes', 6, 'data', 'reply', 'text', 'en'] });
    expect(found[3]?.message.zh).toBe('{TrackingNumber|暂无} 的写法不是变量（变量名只用小写字母，单词之间用 _），买家会原样看到它，是否想用 {tracking_number}？');
    const set = problems((d) => void (node(d, 'setvip').data.assignments = [{ variable: 'email', value: '{Buyer_Name}' }]));
    expect(set.find((p) => p.code === 'FLOW007')?.message.en).toMatch(/did you mean \{buyer_name\}\?$/);
  });

  it('FLOW007 leaves real placeholders, prose and JSON in braces alone', () => {
    const ps = problems((d) => void (node(d, 'm_shipped').data.reply = { text: { en: 'Order {order_id} via {carrier|Our Courier}: {curly braces}, {"a":1}, {}, {1}, {{order_id}}', zh: '订单 {order_id}' } }));
    expect(ps).toEqual([]);
  });

  it('FLOW023 an exception on a holiday is a warning; other schedule problems stay FLOW010 errors', () => {
    const ps = problems((d) => {
      const s = d.schedules?.[0];
      if (s) s.exceptions = [{ date: '2026-10-01', name: 'Half day', ranges: [{ start: '09:00', end: '12:00' }] }];
    });
    expect(codes(ps)).toEqual(['FLOW023']);
    expect(ps[0]).toMatchObject({ severity: 'warning', path: ['schedules', 0, 'exceptions', 0, 'date'] });
    expect(ps[0]?.message.en).toBe('Office hours: 2026-10-01 is the holiday "National Day", but an exception gives it hours (09:00–12:00), so the shop is open then instead of closed all day. Remove the exception or the holiday if that is not what you want.');
    expect(hasErrors(ps)).toBe(false);

    const closed = problems((d) => {
      const s = d.schedules?.[0];
      if (s) s.exceptions = [{ date: '2026-10-01', ranges: [] }];
    });
    expect(closed.find((p) => p.code === 'FLOW023')?.message.en).toMatch(/also an exception that closes the shop; one of them is enough/);

    const other = problems((d) => {
      const s = d.schedules?.[0];
      if (s) {
        s.exceptions = [{ date: '2026-10-02', ranges: [{ start: '09:00', end: '12:00' }] }];
        s.holidays?.push({ date: '2026-10-01', name: 'National Day again' });
      }
    });
    expect(codes(other)).toEqual(['FLOW010']);
    expect(other[0]?.severity).toBe('error');
  });

  it('FLOW013 alone for an intent node routing an unknown intent; FLOW004 still for a known one left unconnected', () => {
    const ps = problems((d) => void (node(d, 'router').data.intents as string[]).push('ghost_intent'));
    expect(codes(ps)).toEqual(['FLOW013']);
    const unconnected = problems((d) => void (d.edges = d.edges?.filter((e) => e.id !== 'router-refund')));
    expect(unconnected.find((p) => p.code === 'FLOW004')?.message.en).toMatch(/Exit "refund" of "router"/);
  });

  it('FLOW024 reply text in a language the flow does not support', () => {
    const ps = problems((d) => {
      node(d, 'm_refund').data.reply = { text: { en: 'Returns within 30 days', zh: '30天内可以退货', fr: 'Retours sous 30 jours' }, buttons: [{ id: 'ok', label: { en: 'OK', zh: '好', fr: "D'accord" }, payload: 'ok' }] };
    });
    const found = ps.filter((p) => p.code === 'FLOW024');
    expect(found.map((p) => p.path)).toEqual([
      ['nodes', 11, 'data', 'reply', 'text', 'fr'],
      ['nodes', 11, 'data', 'reply', 'buttons', 0, 'label', 'fr'],
    ]);
    expect(found[0]).toMatchObject({ severity: 'warning', nodeId: 'm_refund' });
    expect(found[0]?.message.en).toBe('Reply of "m_refund" has fr text, but the flow does not support fr, so no buyer sees it. Add fr to the flow\'s languages, or remove this text.');
    expect(hasErrors(ps)).toBe(false);
    // With nothing in the flow's languages, the fr text is what every buyer gets.
    const only = problems((d) => void (node(d, 'm_refund').data.reply = { text: { fr: 'Retours sous 30 jours' } }));
    expect(only.find((p) => p.code === 'FLOW024')?.message.en).toBe('Reply of "m_refund" is only in fr, which the flow does not support, so every buyer gets the fr text. Add en text.');
    // zh text serves zh-TW buyers (the base language), so it is not unsupported.
    const regional = problems((d) => void (d.languages = { default: 'en', supported: ['en', 'zh-TW'] }));
    expect(codes(regional)).not.toContain('FLOW024');
  });

  it('FLOW025 an intent no buyer writing one of the languages can reach', () => {
    const withIntent = (keywords: string[]) =>
      problems((d) => {
        d.intents?.push({ id: 'size', name: { en: 'Size', zh: '尺码' }, keywords, examples: { en: ['what size should i take'] } });
        (node(d, 'router').data.intents as string[]).push('size');
        d.edges?.push({ id: 'router-size', source: 'router', sourceHandle: 'size', target: 'm_refund' });
      });
    const ps = withIntent(['size|fit']);
    expect(ps.find((p) => p.code === 'FLOW025')).toMatchObject({ severity: 'warning', path: ['intents', 4] });
    expect(ps.find((p) => p.code === 'FLOW025')?.message.en).toBe('Intent "size" has no zh example questions and no keywords a zh buyer would type, so it never matches messages in zh. Add zh examples or keywords.');
    // A Chinese keyword is enough for zh buyers; no zh examples is fine then.
    expect(withIntent(['size|fit|尺码'])).toEqual([]);
  });

  it('FLOW026 guards handing over through a missing node; an existing one counts as reachable', () => {
    const ps = problems((d) => void (d.settings = { guardHandoffTarget: 'hours-check' }));
    expect(ps.find((p) => p.code === 'FLOW026')).toMatchObject({ severity: 'error', nodeId: null, path: ['settings', 'guardHandoffTarget'] });
    expect(ps.find((p) => p.code === 'FLOW026')?.message.en).toBe('Guards hand over through missing node "hours-check".');
    expect(hasErrors(ps)).toBe(true);
    // A step only the guards lead to is not unreachable.
    const only = problems((d) => {
      d.settings = { guardHandoffTarget: 'hours' };
      d.globalTriggers = [];
      d.edges = (d.edges ?? []).filter((e) => e.target !== 'hours');
    });
    expect(codes(only)).not.toContain('FLOW026');
    expect(only.filter((p) => p.code === 'FLOW003').map((p) => p.nodeId)).not.toContain('hours');
    const unreached = problems((d) => {
      d.globalTriggers = [];
      d.edges = (d.edges ?? []).filter((e) => e.target !== 'hours');
    });
    expect(unreached.filter((p) => p.code === 'FLOW003').map((p) => p.nodeId)).toContain('hours');
  });
});
