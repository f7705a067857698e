/**
 * Text normalisation shared by keyword matching, feature extraction and language detection.
 * Everything here is total: any string (empty, huge, lone surrogates) yields a string.
 */

// Letters, digits and combining marks survive; everything else (punctuation, symbols, emoji,
// control characters, lone surrogates) becomes a separator.
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
const SPACES = /\s+/gu;
const MARKS = /\p{M}+/gu;
const HAS_LATIN_MARKABLE = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * NFKC (folds full-width forms to ASCII and compatibility characters to their base), lower case,
 * punctuation and emoji turned into spaces, whitespace collapsed. Accents are kept: they can
 * carry meaning and are folded separately by {@link foldDiacritics} where matching wants it.
 */
// One message is normalised by language detection, the burst guard, triggers and the matcher in
// turn: the last answer is kept (the function is pure, so this changes nothing but the cost).
let lastText = '';
let lastNormalized = '';

export function normalizeText(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  if (text === lastText) return lastNormalized;
  const out = normalizeUncached(text);
  lastText = text;
  lastNormalized = out;
  return out;
}

function normalizeUncached(text: string): string {
  let s: string;
  try {
    s = text.normalize('NFKC');
  } catch {
    s = text;
  }
  s = s.toLowerCase();
  s = s.replace(NON_WORD, ' ').replace(SPACES, ' ').trim();
  return s;
}

const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_RE = /[ßæœøłđðþı]/gu;

/**
 * Removes accents from Latin letters ("está" → "esta", "ağ" → "ag") so that a buyer who types
 * without accents still matches. Non-Latin scripts are left untouched: marks there are letters
 * (Japanese dakuten, Thai vowels, Devanagari matras).
 */
const PLAIN = /^[ -~]*$/; // printable ASCII: nothing to fold

export function foldDiacritics(word: string): string {
  if (PLAIN.test(word)) return word;
  let s = word.replace(SPECIAL_RE, (c) => SPECIAL_FOLDS[c] ?? c);
  if (!HAS_LATIN_MARKABLE.test(s) && !/\p{M}/u.test(s)) return s;
  if (!LATIN_LETTER.test(s)) return s;
  s = s.normalize('NFD').replace(MARKS, '').normalize('NFC');
  return s;
}
