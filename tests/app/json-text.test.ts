import { describe, expect, it } from 'vitest';
import { documentText, locatePath, minimalEdit, parseJsonText } from '../../app/designer/monaco/json-text';

describe('JSON tab text', () => {
  it('parses what JSON.parse parses, to the same value', () => {
    const samples = ['{}', '[]', '{"a":[1,2.5,-3e2,true,false,null],"b":{"c":"d\\n\\u00e9\\"x"}}', ' "x" ', '0', '{"nodes":[{"id":"a"}]}'];
    for (const text of samples) {
      const parsed = parseJsonText(text);
      expect(parsed.ok, text).toBe(true);
      if (parsed.ok) expect(parsed.value).toEqual(JSON.parse(text));
    }
  });

  it('says what is wrong and where, by line and column', () => {
    const cases: [string, string, number, number][] = [
      ['{\n  "a": 1,\n}', 'trailingComma', 3, 1],
      ['{\n  "a" 1\n}', 'expectedColon', 2, 7],
      ['{\n  "a": 1\n  "b": 2\n}', 'expectedCommaOrBrace', 3, 3],
      ['[1, 2', 'unexpectedEnd', 1, 6],
      ['{"a": tru}', 'unexpectedCharacter', 1, 7],
      ['{"a": 01}', 'invalidNumber', 1, 7],
      ['{"a": "x\\q"}', 'invalidString', 1, 9],
      ['{} {}', 'trailingContent', 1, 4],
      ['{a: 1}', 'expectedPropertyName', 1, 2],
      ['[1 2]', 'expectedCommaOrBracket', 1, 4],
    ];
    for (const [text, code, line, column] of cases) {
      const parsed = parseJsonText(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect({ text, ...parsed.error, offset: undefined }).toEqual({ text, code, line, column, offset: undefined });
    }
  });

  it('finds a path in the text, or the deepest part of it that exists', () => {
    const text = documentText({ nodes: [{ id: 'a', data: { reply: { text: { en: 'Hi' } } } }, { id: 'b', position: { x: 1 } }] });
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new Error('valid');
    const at = (path: (string | number)[]) => {
      const r = locatePath(parsed.root, path);
      return text.slice(r.start, r.end);
    };
    expect(at(['nodes', 0, 'data', 'reply', 'text', 'en'])).toBe('"Hi"');
    expect(at(['nodes', 1, 'id'])).toBe('"b"');
    // A missing property points at the object it is missing from (its key).
    expect(at(['nodes', 1, 'position', 'y'])).toBe('"position"');
    // An object or array is marked by its key, not selected whole.
    expect(at(['nodes', 0, 'data'])).toBe('"data"');
    expect(at(['nodes', 0])).toBe('{');
    expect(at([])).toBe('{');
  });

  it('changes only the part of the text that differs', () => {
    expect(minimalEdit('abc', 'abc')).toBeNull();
    expect(minimalEdit('{"a": "Hi"}', '{"a": "Hello"}')).toEqual({ start: 8, end: 9, text: 'ello' });
    const before = 'x'.repeat(50) + 'OLD' + 'y'.repeat(50);
    const after = 'x'.repeat(50) + 'NEW!' + 'y'.repeat(50);
    const edit = minimalEdit(before, after)!;
    expect(before.slice(0, edit.start) + edit.text + before.slice(edit.end)).toBe(after);
    expect(edit.text.length).toBeLessThanOrEqual(4);
  });
});
