import { describe, expect, it } from 'vitest';
import { buildIntentIndex, matchIntent, type IntentSpec } from '../../runtime/matching/matcher';
import { correctWord, createSpeller, oneEditApart } from '../../runtime/matching/spelling';

describe('oneEditApart', () => {
  it('accepts a letter left out, a letter added and two neighbours swapped', () => {
    expect(oneEditApart('pakage', 'package')).toBe(true);
    expect(oneEditApart('packkage', 'package')).toBe(true);
    expect(oneEditApart('cancle', 'cancel')).toBe(true);
    expect(oneEditApart('reciept', 'receipt')).toBe(true);
  });
  it('accepts a neighbouring key or another vowel, not any letter', () => {
    expect(oneEditApart('packsge', 'package')).toBe(true); // s is next to a
    expect(oneEditApart('seperate', 'separate')).toBe(true); // a vowel for a vowel
    expect(oneEditApart('salam', 'salah')).toBe(false); // m is far from h: another word, not a slip
    expect(oneEditApart('music', 'musik')).toBe(false);
    expect(oneEditApart('hujan', 'human')).toBe(false); // Malay "rain": in a short word, a neighbouring key is not enough
  });
  it('rejects equal words and two edits', () => {
    expect(oneEditApart('order', 'order')).toBe(false);
    expect(oneEditApart('ordre', 'odrer')).toBe(false);
    expect(oneEditApart('parcel', 'parcels!')).toBe(false);
  });
});

describe('correctWord', () => {
  const speller = createSpeller(
    new Map([
      ['package', 3],
      ['cancel', 2],
      ['order', 5],
      ['receipt', 1],
      ['show', 1],
      ['parcel', 1],
      ['parcels', 2],
    ]),
  );
  it('finds the known word a slip came from', () => {
    expect(correctWord(speller, 'pakage')).toBe('package');
    expect(correctWord(speller, 'cancle')).toBe('cancel');
    expect(correctWord(speller, 'reciept')).toBe('receipt');
  });
  it('a four-letter word is corrected only for a letter left out', () => {
    expect(correctWord(speller, 'ordr')).toBe('order');
    expect(correctWord(speller, 'shoe')).toBeNull(); // "show" is one key away, but "shoe" is a word
  });
  it('never changes the first letter, and short words stay', () => {
    expect(correctWord(speller, 'oackage')).toBeNull();
    expect(correctWord(speller, 'shw')).toBeNull();
  });
  it('prefers the word more intents use, then alphabetical order', () => {
    expect(correctWord(speller, 'parcelz')).toBe('parcels');
  });
});

const KB: IntentSpec[] = [
  { id: 'where_is_order', keywords: ['tracking'], examples: { en: ['where is my package', 'my parcel has not arrived', 'track my order'] } },
  { id: 'cancel', keywords: ['cancel'], examples: { en: ['cancel my order', 'i ordered by mistake', 'please cancel it'] } },
  { id: 'invoice', examples: { en: ['can i get a receipt', 'i need an invoice', 'send me the receipt for my order'] } },
  { id: 'size', examples: { en: ['what size should i buy', 'does this run small', 'size chart please'] } },
];
const index = buildIntentIndex(KB);

describe('matchIntent with typing slips', () => {
  it('reads a misspelt keyword or example word as the word meant', () => {
    expect(matchIntent(index, 'cancle my ordr').intentId).toBe('cancel');
    expect(matchIntent(index, 'were is my pakage??').intentId).toBe('where_is_order');
    expect(matchIntent(index, 'reciept pls').intentId).toBe('invoice');
    expect(matchIntent(index, 'trackign number?').intentId).toBe('where_is_order');
  });
  it('scores a slip like the word spelt right', () => {
    const right = matchIntent(index, 'cancel my order');
    const slip = matchIntent(index, 'cancle my ordr');
    expect(slip.candidates[0]).toMatchObject({ intentId: right.candidates[0]!.intentId, via: right.candidates[0]!.via });
  });
  it('leaves words it does not know and cannot place alone', () => {
    expect(matchIntent(index, 'how tall is mount everest').intentId).toBeNull();
    expect(matchIntent(index, 'salam').intentId).toBeNull();
  });
  it('is deterministic: the same message scores the same in a fresh index', () => {
    const again = buildIntentIndex(KB);
    for (const text of ['cancle my ordr', 'were is my pakage', 'reciept pls', 'sizing chrat']) {
      expect(matchIntent(again, text)).toEqual(matchIntent(index, text));
    }
  });
});
