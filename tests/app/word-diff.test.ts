import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../app/designer/tests/word-diff';

const removed = (a: string, b: string) => wordDiff(a, b).filter((p) => p.kind === 'removed').map((p) => p.text.trim());
const added = (a: string, b: string) => wordDiff(a, b).filter((p) => p.kind === 'added').map((p) => p.text.trim());

describe('word diff of an expected and an actual reply', () => {
  it('marks only the words that changed', () => {
    const expected = 'Tracking number: 9400111899223344556677. You can follow it in the app.';
    const actual = 'Tracking number: 9400111899223344556677. Follow it in the app.';
    expect(removed(expected, actual)).toEqual(['You can follow']);
    expect(added(expected, actual)).toEqual(['Follow']);
    // Each side can be rebuilt from its parts.
    const parts = wordDiff(expected, actual);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(expected);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(actual);
  });

  it('compares Chinese character by character', () => {
    expect(removed('抱歉目前人工客服不在线', '抱歉目前客服不在线')).toEqual(['人工']);
  });

  it('equal texts have nothing marked', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
  });
});
