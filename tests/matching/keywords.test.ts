import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKeywords, findKeyword, findKeywords, indexKeywords, keywordText, type CompiledKeyword, type KeywordText } from '../../runtime/matching/keywords';
import { normalizeText } from '../../runtime/matching/normalize';

/** Every alternative checked in order: what findKeyword must agree with. */
function scanAll(keywords: readonly CompiledKeyword[], text: KeywordText): CompiledKeyword | null {
  let best: CompiledKeyword | null = null;
  for (const k of keywords) {
    const hit =
      k.substring !== null
        ? text.compact.includes(k.substring)
        : (k.folded !== null && text.folded.includes(k.folded)) || (k.stemmed !== null && text.stemmed.includes(k.stemmed));
    if (hit && (!best || k.length > best.length)) best = k;
  }
  return best;
}

const WORDS = ['where', 'is', 'my', 'parcel', 'parcels', 'tracking', 'está', 'esta', 'pedido', 'pedidos', 'order', 'orders', 'human', 'agent', '快递', '物流', '人工', 'refund', 'refunds', 'ship', 'shipping'];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

describe('keywords', () => {
  it('finds the longest alternative, the first listed among equals', () => {
    const kws = compileKeywords(['tracking|where is my parcel', '快递|物流', 'parcel']);
    expect(findKeyword(kws, keywordText(normalizeText('Hi, WHERE is my parcel?')))?.source).toBe('where is my parcel');
    expect(findKeyword(kws, keywordText(normalizeText('我的快递到哪了')))?.source).toBe('快递');
    expect(findKeyword(kws, keywordText(normalizeText('Parcels!')))?.source).toBe('parcel');
    expect(findKeyword(kws, keywordText(normalizeText('hello there')))).toBeNull();
    expect(findKeyword(compileKeywords(['esta|está']), keywordText(normalizeText('¿Dónde ESTÁ?')))?.source).toBe('esta');
  });

  it('finds a word glued to Chinese or Japanese, as buyers in Malaysia type it', () => {
    const kws = compileKeywords(['tracking|refund', 'ship yet']);
    expect(findKeyword(kws, keywordText(normalizeText('tracking几天没动')))?.source).toBe('tracking');
    expect(findKeyword(kws, keywordText(normalizeText('我要refund')))?.source).toBe('refund');
    expect(findKeyword(kws, keywordText(normalizeText('已经ship yet了吗')))?.source).toBe('ship yet');
    expect(findKeyword(kws, keywordText(normalizeText('返金refundしたい')))?.source).toBe('refund');
    // Inside a Latin word nothing changes.
    expect(findKeyword(kws, keywordText(normalizeText('refunded trackings')))?.source).toBe('tracking');
    expect(findKeyword(compileKeywords(['fund']), keywordText(normalizeText('我要refund')))).toBeNull();
  });

  it('agrees with checking every alternative, for any keywords and message', () => {
    fc.assert(
      fc.property(fc.array(fc.array(phrase, { minLength: 1, maxLength: 3 }).map((a) => a.join('|')), { maxLength: 6 }), fc.array(fc.constantFrom(...WORDS, 'hi', '?', '!'), { maxLength: 8 }), (entries, message) => {
        const kws = compileKeywords(entries);
        const text = keywordText(normalizeText(message.join(' ')));
        expect(findKeyword(kws, text)).toBe(scanAll(kws, text));
      }),
      { numRuns: 500 },
    );
  });

  it("finds every list's best alternative in one pass, as checking each list on its own does", () => {
    const entries = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((a) => a.join('|'));
    fc.assert(
      fc.property(fc.array(fc.array(entries, { maxLength: 4 }), { maxLength: 6 }), fc.array(fc.constantFrom(...WORDS, 'hi', '?', '!'), { maxLength: 8 }), (lists, message) => {
        const compiled = lists.map((l) => compileKeywords(l));
        const text = keywordText(normalizeText(message.join(' ')));
        const best: number[] = [];
        findKeywords(indexKeywords(compiled), text, best);
        expect(best.map((b, i) => (b < 0 ? null : compiled[i]![b]!))).toEqual(compiled.map((kws) => scanAll(kws, text)));
      }),
      { numRuns: 500 },
    );
  });
});
