// Folding of single characters: the lower-case, accent-free, half-width form every matcher reads.

export const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_RE = /[\p{L}\p{N}]/u;
export const MARK_RE = /\p{M}/u;
const MARKS_RE = /\p{M}/gu;
const SPACE_RE = /\s/u;
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/** The folded form of whitespace. */
export const SPACE = ' ';
/** The folded form of invisible characters and lone combining marks. */
export const DROP = '';

const foldCache = new Map<string, string>();

/**
 * Normalised form of one code point: SPACE for whitespace, DROP for invisible characters and
 * combining marks, otherwise lower-case text without accents, full-width folded to ASCII (NFKD
 * covers the NFKC compatibility forms, and dropping marks removes the accents).
 */
export function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) {
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
    return ch;
  }
  let f = foldCache.get(ch);
  if (f === undefined) {
    if (SPACE_RE.test(ch)) f = SPACE;
    else if (INVISIBLE_RE.test(ch)) f = DROP;
    else f = ch.toLowerCase().normalize('NFKD').replace(MARKS_RE, '').toLowerCase();
    // The cache only saves work: bounded so that odd input cannot grow it without end.
    if (foldCache.size < 10_000) foldCache.set(ch, f);
  }
  return f;
}

const wordCache = new Map<string, boolean>();

/** Whether a folded unit is a letter or digit of any script. */
export function isWordChar(unit: string): boolean {
  const c = unit.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  let word = wordCache.get(unit);
  if (word === undefined) {
    word = WORD_RE.test(unit);
    if (wordCache.size < 10_000) wordCache.set(unit, word);
  }
  return word;
}

/** Whether a (folded) unit is a Latin letter, where a Latin word could go on. */
export function isLatinLetter(unit: string | undefined): boolean {
  if (unit === undefined || unit === '') return false;
  const c = unit.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x250 && isWordChar(unit));
}

/** Whether a unit belongs to a script written without spaces between words. */
export function isCjk(unit: string): boolean {
  const c = unit.charCodeAt(0);
  if (c < 0x2e80) return false;
  // The common blocks by range (this runs for every character of a Chinese text).
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7a3)) return true;
  return CJK_RE.test(unit);
}
