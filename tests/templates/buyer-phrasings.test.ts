import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConversationTestSchema } from '../../flows/conversation-test';
import { parseFlowDocument } from '../../flows/migrations';
import { runConversationTest } from '../../runtime/testing/run-test';

// How buyers really put it, beyond the templates' examples: each phrasing, sent as the first
// message of a conversation, must reach the intent a seller would expect, and a message no
// intent answers (intent null) must reach the fallback rather than a confident wrong answer.
// The buyer's language is not given: it is detected, and every reply is in it.
// One file per template: tests/templates/phrasings/<template>.json.

const PhrasingsSchema = z.object({
  phrasings: z.array(z.tuple([z.string().min(2), z.string().min(1), z.string().min(1).nullable()])).min(1),
});

const TEMPLATES = ['tiktok-us', 'douyin-cn', 'sea-my'];

describe.each(TEMPLATES)('template %s understands buyers', (name) => {
  const parsed = parseFlowDocument(JSON.parse(readFileSync(join(process.cwd(), 'flows', 'templates', `${name}.flow.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  const { phrasings } = PhrasingsSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'tests', 'templates', 'phrasings', `${name}.json`), 'utf8')));
  it.each(phrasings)('[%s] "%s" → %s', (language, text, intent) => {
    const test = ConversationTestSchema.parse({
      id: 'phrasing',
      name: text.slice(0, 200),
      context: { at: '2026-11-23T06:00:00Z', buyer: { id: 'phrasing-buyer' } },
      steps: [{ buyer: text, expect: { intent } }],
    });
    const report = runConversationTest(parsed.document, test);
    expect(report.steps[0]!.failures).toEqual([]);
    expect(report.steps[0]!.replies.map((r) => `${r.language}: ${r.text.slice(0, 40)}`)).toEqual(report.steps[0]!.replies.map((r) => `${language}: ${r.text.slice(0, 40)}`));
  });
});
