import { describe, expect, it } from 'vitest';
import { foldDiacritics, normalizeText } from '../../runtime/matching/normalize';
import { tokenize } from '../../runtime/matching/tokenize';

describe('normalizeText', () => {
  it('folds full-width forms and case', () => {
    expect(normalizeText('ＷＨＥＲＥ　ｉｓ ＭＹ ｏｒｄｅｒ１２３')).toBe('where is my order123');
  });
  it('turns punctuation and emoji into single spaces', () => {
    expect(normalizeText('Hi!!! 😀😀 where...is   my   order??')).toBe('hi where is my order');
    expect(normalizeText('快递，到哪了？')).toBe('快递 到哪了');
  });
  it('keeps accents; folding removes them for matching', () => {
    expect(normalizeText('Está')).toBe('está');
    expect(foldDiacritics('está')).toBe('esta');
    expect(foldDiacritics('siparişim')).toBe('siparisim');
    expect(foldDiacritics('アラーム')).toBe('アラーム');
  });
  it('never throws and handles empty, emoji-only and lone surrogates', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('🎉🎉')).toBe('');
    expect(() => normalizeText('\uD800a\uDFFF')).not.toThrow();
  });
});

describe('tokenize', () => {
  it('segments Chinese into words and character n-grams', () => {
    const t = tokenize('我的快递到哪了');
    expect(t.words).toContain('快递');
    expect(t.grams).toContain('~快递');
    expect(t.grams).toContain('~快');
  });
  it('stems Latin words and collapses numbers', () => {
    const t = tokenize('Orders shipped 123');
    expect(t.words).toEqual(['order', 'ship', '#']);
  });
  it('keeps a double s: "missing" is not Spanish "mis" ("my"), "address" is no plural', () => {
    expect(tokenize('missing missed miss mis').words).toEqual(['miss', 'miss', 'miss', 'mis']);
    expect(tokenize('address addresses addressed').words).toEqual(['address', 'address', 'address']);
    expect(tokenize('shipped cancelled').words).toEqual(['ship', 'cancel']);
  });
});
