import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConversationTestSchema } from '../../flows/conversation-test';
import { parseFlowDocument } from '../../flows/migrations';
import { runConversationTest } from '../../runtime/testing/run-test';

// How buyers really put it, beyond the templates' examples: each phrasing, sent as the first
// message of a conversation, must reach the intent a seller would expect.

const PHRASINGS: Record<string, Array<[language: string, text: string, intent: string]>> = {
  'tiktok-us': [
    ['en', 'wheres my stuff', 'where_is_parcel'],
    ['en', 'it never came', 'where_is_parcel'],
    ['en', 'still waiting for my order', 'where_is_parcel'],
    ['en', 'my order is so delayed', 'where_is_parcel'],
    ['en', 'i want my money back', 'return_refund'],
    ['en', 'my card got declined', 'payment_problem'],
    ['en', 'i need a receipt for work', 'invoice'],
    ['en', 'the box was crushed and the mug is broken', 'damaged_wrong_item'],
  ],
  'sea-my': [
    ['ms', 'ada kupon tak?', 'coupons'],
    ['ms', 'boleh kurang harga sikit?', 'coupons'],
    ['ms', 'barang saya belum sampai lagi', 'where_is_parcel'],
    ['en', 'wheres my stuff', 'where_is_parcel'],
    ['en', 'it never came', 'where_is_parcel'],
  ],
  'douyin-cn': [
    ['zh', '能便宜点吗', 'coupons'],
    ['zh', '收到的东西坏了', 'damaged_wrong_item'],
  ],
};

describe.each(Object.keys(PHRASINGS))('template %s understands buyers', (name) => {
  const parsed = parseFlowDocument(JSON.parse(readFileSync(join(process.cwd(), 'flows', 'templates', `${name}.flow.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  it.each(PHRASINGS[name]!)('[%s] "%s" → %s', (language, text, intent) => {
    const test = ConversationTestSchema.parse({
      id: 'phrasing',
      name: text,
      language,
      context: { at: '2026-11-23T06:00:00Z', buyer: { id: 'phrasing-buyer', language } },
      steps: [{ buyer: text, expect: { intent } }],
    });
    const report = runConversationTest(parsed.document, test);
    expect(report.steps[0]!.failures).toEqual([]);
  });
});
