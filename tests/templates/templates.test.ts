import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConversationTestFileSchema } from '../../flows/conversation-test';
import { parseFlowDocument } from '../../flows/migrations';
import { validateFlow } from '../../flows/validation';
import { runConversationTest } from '../../runtime/testing/run-test';
import { formatFailure } from '../../flows/cli/test';

const DIR = join(process.cwd(), 'flows', 'templates');
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.flow.json'))
  .map((f) => f.replace(/\.flow\.json$/, ''))
  .sort();

const E_COMMERCE_INTENTS = ['ship_when', 'where_is_parcel', 'delivery_time', 'return_refund', 'cancel_order', 'change_address', 'size_fit', 'in_stock', 'coupons', 'payment_problem', 'damaged_wrong_item', 'invoice', 'talk_to_human'];

it('ships the three market templates', () => {
  expect(names).toEqual(expect.arrayContaining(['douyin-cn', 'sea-my', 'tiktok-us']));
});

describe.each(names)('template %s', (name) => {
  const parsed = parseFlowDocument(JSON.parse(readFileSync(join(DIR, `${name}.flow.json`), 'utf8')));
  const tests = ConversationTestFileSchema.parse(JSON.parse(readFileSync(join(DIR, `${name}.tests.json`), 'utf8')));

  it('is a valid flow with no validation problems', () => {
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    if (!parsed.ok) return;
    expect(validateFlow(parsed.document).map((p) => `${p.code} ${p.message.en}`)).toEqual([]);
  });

  it('has the e-commerce intents, a greeting menu, working hours, handoff, fallback, order lookup and feedback', () => {
    if (!parsed.ok) return;
    const doc = parsed.document;
    expect(doc.intents.map((i) => i.id)).toEqual(expect.arrayContaining(E_COMMERCE_INTENTS));
    const kinds = new Set(doc.nodes.map((n) => n.kind));
    for (const k of ['greeting', 'intent', 'working_hours', 'agent_status', 'order_lookup', 'handoff', 'fallback', 'feedback'] as const) expect(kinds).toContain(k);
    const greeting = doc.nodes.find((n) => n.kind === 'greeting');
    expect(greeting?.kind === 'greeting' && greeting.data.reply.buttons.length).toBeGreaterThanOrEqual(4);
    expect(doc.schedules[0]?.holidays.length).toBeGreaterThan(3);
    for (const intent of doc.intents) {
      for (const lang of doc.languages.supported) expect(intent.examples[lang]?.length ?? 0, `${intent.id} ${lang}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('has conversation tests in every language it supports', () => {
    if (!parsed.ok) return;
    const langs = new Set(tests.tests.map((t) => t.language ?? t.context.buyer.language));
    for (const lang of parsed.document.languages.supported) expect(langs).toContain(lang);
  });

  it.each(tests.tests.map((t) => [t.name, t] as const))('conversation: %s', (_name, test) => {
    if (!parsed.ok) return;
    const report = runConversationTest(parsed.document, test);
    expect(report.passed, formatFailure(report)).toBe(true);
  });
});
