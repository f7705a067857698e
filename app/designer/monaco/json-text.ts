/**
 * Reading the JSON tab's text: a strict JSON parser that says where a syntax error is (the
 * browser's JSON.parse words it differently in each engine), and where a JSON path of a schema
 * issue sits in the text, so an error in the list can take the caret to its place.
 */

export type JsonPath = readonly (string | number)[];

export type SyntaxCode =
  | 'unexpectedEnd'
  | 'unexpectedCharacter'
  | 'expectedPropertyName'
  | 'expectedColon'
  | 'expectedCommaOrBrace'
  | 'expectedCommaOrBracket'
  | 'invalidString'
  | 'invalidNumber'
  | 'trailingContent'
  | 'trailingComma';

export interface JsonSyntaxError {
  code: SyntaxCode;
  offset: number;
  line: number;
  column: number;
}

/** A value in the text: where it starts and ends, and for an object member where its key is. */
interface Located {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
  children?: Map<string | number, Located>;
}

export type ParsedJson = { ok: true; value: unknown; root: Located } | { ok: false; error: JsonSyntaxError };

class Failure {
  constructor(
    readonly code: SyntaxCode,
    readonly offset: number,
  ) {}
}

const WS = new Set([' ', '\t', '\n', '\r']);

/** Line and column (both from 1) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON text; on failure says what is wrong and where. */
export function parseJsonText(text: string): ParsedJson {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const fail = (code: SyntaxCode, at = i): never => {
    throw new Failure(i >= text.length && code !== 'trailingContent' ? 'unexpectedEnd' : code, Math.min(at, text.length));
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail('invalidString', i);
        }
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail('invalidString', i);
      out += c;
      i++;
    }
    return fail('unexpectedEnd', start);
  };

  const parseValue = (): { value: unknown; at: Located } => {
    skip();
    const start = i;
    const c = text[i];
    if (c === undefined) return fail('unexpectedEnd');
    if (c === '{') {
      i++;
      const value: Record<string, unknown> = {};
      const children = new Map<string | number, Located>();
      skip();
      if (text[i] === '}') {
        i++;
        return { value, at: { start, end: i, children } };
      }
      for (;;) {
        skip();
        if (text[i] !== '"') return fail(text[i] === '}' ? 'trailingComma' : 'expectedPropertyName');
        const keyStart = i;
        const key = parseString();
        const keyEnd = i;
        skip();
        if (text[i] !== ':') return fail('expectedColon');
        i++;
        const member = parseValue();
        value[key] = member.value;
        children.set(key, { ...member.at, keyStart, keyEnd });
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { value, at: { start, end: i, children } };
        }
        return fail('expectedCommaOrBrace');
      }
    }
    if (c === '[') {
      i++;
      const value: unknown[] = [];
      const children = new Map<string | number, Located>();
      skip();
      if (text[i] === ']') {
        i++;
        return { value, at: { start, end: i, children } };
      }
      for (;;) {
        skip();
        if (text[i] === ']') return fail('trailingComma');
        const item = parseValue();
        children.set(value.length, item.at);
        value.push(item.value);
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { value, at: { start, end: i, children } };
        }
        return fail('expectedCommaOrBracket');
      }
    }
    if (c === '"') {
      const value = parseString();
      return { value, at: { start, end: i } };
    }
    const literal = /^(?:true|false|null)/.exec(text.slice(i, i + 5));
    if (literal) {
      i += literal[0].length;
      return { value: literal[0] === 'null' ? null : literal[0] === 'true', at: { start, end: i } };
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) return fail('invalidNumber');
      i += m[0].length;
      if (/[0-9.eE+-]/.test(text[i] ?? '')) return fail('invalidNumber', start);
      return { value: Number(m[0]), at: { start, end: i } };
    }
    return fail('unexpectedCharacter');
  };

  try {
    const { value, at } = parseValue();
    skip();
    if (i < text.length) fail('trailingContent');
    return { ok: true, value, root: at };
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    return { ok: false, error: { code: e.code, offset: e.offset, ...lineColumn(text, e.offset) } };
  }
}

/**
 * Where a JSON path sits in the parsed text: the value's range when the path exists, otherwise
 * the key (or value) of the deepest part of the path that exists — e.g. the object a required
 * property is missing from.
 */
export function locatePath(root: Located, path: JsonPath): { start: number; end: number } {
  let at = root;
  let member: Located | null = null;
  for (const part of path) {
    const next = at.children?.get(part);
    if (!next) break;
    member = next;
    at = next;
  }
  if (at === root) return { start: root.start, end: Math.min(root.end, root.start + 1) };
  // A whole object or array is too much to select: point at its key, or its opening bracket.
  if (at.children && member) return member.keyStart !== undefined ? { start: member.keyStart, end: member.keyEnd! } : { start: at.start, end: at.start + 1 };
  return { start: at.start, end: at.end };
}

/**
 * The smallest edit that turns `before` into `after`: replacing the differing middle keeps the
 * caret and the scroll position where they were when the canvas changes the text.
 */
export function minimalEdit(before: string, after: string): { start: number; end: number; text: string } | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, text: after.slice(start, endAfter) };
}

/** The flow document as the JSON tab shows it. */
export function documentText(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
