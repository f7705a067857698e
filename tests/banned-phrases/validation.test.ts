import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowDocumentInput } from '../../flows/document';
import { parseFlowDocument } from '../../flows/migrations';
import { hasErrors, validateFlow, type Problem } from '../../flows/validation';
import { parseFlow } from '../fixtures/driver';
import { miniFlow } from '../fixtures/mini-flow';

/** FLOW011 problems of the mini flow after an edit, with the reply of "m_refund" set to `text`. */
function flow011(edit: (doc: FlowDocumentInput) => void, text: Record<string, string>): Problem[] {
  const doc = miniFlow();
  edit(doc);
  const refund = doc.nodes.find((n) => n.id === 'm_refund') as { data: Record<string, unknown> };
  refund.data.reply = { text };
  return validateFlow(parseFlow(doc)).filter((p) => p.code === 'FLOW011');
}

describe('FLOW011: banned phrases in the validator', () => {
  it('checks a Chinese reply of a Malaysian shop against the CN list, as errors that block publishing', () => {
    const ps = flow011((d) => void (d.market = 'MY'), { en: 'Your order is on its way.', zh: '有问题请加我微信 abc123，好评返现5元' });
    expect(ps.map((p) => [p.severity, p.nodeId, p.path.at(-1)])).toEqual([
      ['error', 'm_refund', 'zh'],
      ['error', 'm_refund', 'zh'],
    ]);
    expect(hasErrors(ps)).toBe(true);
    expect(ps[1]?.message.en).toBe('"好评返现" is not allowed in MY replies (review incentive). It matches the phrase "好评返现" of the CN list.');
    expect(ps[1]?.message.zh).toBe('“好评返现”在 MY 市场的回复中被禁止（好评诱导）。命中 CN 禁用词库的词语“好评返现”。');
    expect(ps[0]?.message.en).toMatch(/^"加我微信 abc123" is not allowed in MY replies \(off platform contact\)\. It matches the rule ".+" of the CN list\.$/);
  });

  it('checks a Spanish reply of a US shop against the Spanish lists', () => {
    const ps = flow011(
      (d) => void (d.languages = { default: 'en', supported: ['en', 'zh', 'es'] }),
      { en: 'Returns within 30 days.', zh: '30天内可以退货。', es: 'escríbeme al 555-0100, transferencia bancaria' },
    );
    expect(ps.map((p) => [p.path.at(-1), p.message.en])).toEqual([
      ['es', '"escríbeme al 555-0100" is not allowed in US replies (off platform contact). It matches the rule "escríbeme por … (messenger, número)" of the ES list.'],
      ['es', '"transferencia bancaria" is not allowed in US replies (external payment). It matches the phrase "transferencia bancaria" of the ES list.'],
    ]);
  });

  it('names the global list', () => {
    const ps = flow011(() => undefined, { en: 'Join our Telegram group', zh: '您的订单已发货。' });
    expect(ps.map((p) => p.message.en)).toEqual(['"Telegram" is not allowed in US replies (off platform contact). It matches the phrase "Telegram" of the global list.']);
    expect(ps[0]?.message.zh).toContain('命中通用禁用词库的词语“Telegram”');
  });

  it('catches spelled-out and rephrased replies', () => {
    expect(flow011(() => undefined, { en: 'Message us on W h a t s A p p', zh: '您好' })).toHaveLength(1);
    expect(flow011(() => undefined, { en: 'Leave a 5-star review for refund of shipping!', zh: '您好' })).toHaveLength(1);
    expect(flow011((d) => void (d.market = 'CN'), { en: 'Hello', zh: '请添加我们的微信：shop888' })).toHaveLength(1);
  });

  it('lets a notice that warns buyers pass', () => {
    const ps = flow011(() => undefined, { en: 'For your safety we never ask you to pay by bank transfer or on WhatsApp.', zh: '为了您的资金安全，请勿私下交易，不要加微信。' });
    expect(ps).toEqual([]);
  });

  it('lets replies that point back into the chat pass', () => {
    const ps = flow011(
      (d) => void (d.languages = { default: 'en', supported: ['en', 'zh', 'es', 'ms'] }),
      { en: 'Reply in this chat: my number is shown on the order page', zh: '有问题可以私聊客服哦', es: 'Escríbeme al chat de la tienda si tienes dudas', ms: 'Sila hubungi saya di sini dalam chat ini' },
    );
    expect(ps).toEqual([]);
  });
});

describe('FLOW011: the shipped templates', () => {
  const dir = join(process.cwd(), 'flows', 'templates');
  const names = readdirSync(dir).filter((f) => f.endsWith('.flow.json'));

  it.each(names)('%s has no banned phrase', (name) => {
    const parsed = parseFlowDocument(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(validateFlow(parsed.document).filter((p) => p.code === 'FLOW011')).toEqual([]);
  });
});
