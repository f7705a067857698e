import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConversationTestSchema } from '../../flows/conversation-test';
import { parseFlowDocument } from '../../flows/migrations';
import { withoutCourtesy } from '../../runtime/nodes/courtesy';
import { runConversationTest } from '../../runtime/testing/run-test';

describe('withoutCourtesy', () => {
  it('sets aside a greeting before the question and thanks after it', () => {
    expect(withoutCourtesy('Hi, I would like to know when my order will ship, thank you')).toEqual({ question: 'i would like to know when my order will ship', courtesy: 'hi thank you' });
    expect(withoutCourtesy('hola buenas tardes, quería preguntar cuándo me envían el pedido, gracias')?.question).toBe('quería preguntar cuándo me envían el pedido');
    expect(withoutCourtesy('salam kak, bila parcel sampai? terima kasih')?.question).toBe('bila parcel sampai');
    expect(withoutCourtesy('亲，什么时候发货谢谢')?.question).toBe('什么时候发货');
  });
  it('leaves messages that are only courtesy, or have none', () => {
    expect(withoutCourtesy('thank you so much')).toBeNull();
    expect(withoutCourtesy('hi there')).toBeNull();
    expect(withoutCourtesy('where is my order')).toBeNull();
    // "hi" must be a word of its own: "hiking boots" is not a greeting.
    expect(withoutCourtesy('hiking boots in size 9?')).toBeNull();
  });
});

const us = parseFlowDocument(JSON.parse(readFileSync(join(process.cwd(), 'flows', 'templates', 'tiktok-us.flow.json'), 'utf8')));

describe('a question that ends with thanks (tiktok-us template)', () => {
  it.each([
    ['Hi, I would like to know when my order will ship, thank you', 'ship_when'],
    ['Buenos días, hice un pedido hace una semana y todavía no me llega, me pueden decir dónde está? Muchas gracias', 'where_is_parcel'],
    ['thank you so much!', 'thanks'],
  ])('"%s" → %s', (text, intent) => {
    if (!us.ok) throw new Error('tiktok-us does not parse');
    const test = ConversationTestSchema.parse({ id: 't', name: 't', context: { at: '2026-11-23T18:00:00Z', buyer: { id: 'courtesy-buyer' } }, steps: [{ buyer: text, expect: { intent } }] });
    expect(runConversationTest(us.document, test).steps[0]!.failures).toEqual([]);
  });
});
