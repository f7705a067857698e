/**
 * Turns a message into tokens and sparse features for matching.
 *
 * - Space-delimited scripts (Latin, Cyrillic, Greek, Hangul, Arabic, ...): words, folded
 *   accents, a light stem; character 3–5-grams inside each word survive typos and inflection.
 * - Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar): `Intl.Segmenter`
 *   words plus character 1–3-grams over the run, so no dictionary or model is needed.
 */
import { foldDiacritics, normalizeText } from './normalize';
import { stemWord } from './stem';

export type RunKind = 'spaced' | 'cjk' | 'sea';

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SEA_CHAR = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const DIGITS = /^\p{N}+$/u;

const SEGMENTERS: Record<string, Intl.Segmenter | null> = {};
function segmenter(locale: string): Intl.Segmenter | null {
  if (!(locale in SEGMENTERS)) {
    try {
      SEGMENTERS[locale] = new Intl.Segmenter(locale, { granularity: 'word' });
    } catch {
      SEGMENTERS[locale] = null;
    }
  }
  return SEGMENTERS[locale] ?? null;
}

function charKind(ch: string): RunKind {
  const c = ch.codePointAt(0) ?? 0;
  // Fast path: below Thai nothing is written without spaces.
  if (c < 0x0e00) return 'spaced';
  if (CJK_CHAR.test(ch)) return 'cjk';
  if (SEA_CHAR.test(ch)) return 'sea';
  return 'spaced';
}

export interface Run {
  kind: RunKind;
  text: string;
}

/** Splits normalised text into runs of one writing style (spaces already collapsed). */
export function splitRuns(normalized: string): Run[] {
  const runs: Run[] = [];
  let kind: RunKind | null = null;
  let buf = '';
  for (const ch of normalized) {
    if (ch === ' ') {
      if (buf) runs.push({ kind: kind ?? 'spaced', text: buf });
      buf = '';
      kind = null;
      continue;
    }
    const k = charKind(ch);
    if (kind !== null && k !== kind) {
      runs.push({ kind, text: buf });
      buf = '';
    }
    kind = k;
    buf += ch;
  }
  if (buf) runs.push({ kind: kind ?? 'spaced', text: buf });
  return runs;
}

function segmentWords(text: string, locale: string): string[] {
  const seg = segmenter(locale);
  if (!seg) return [...text];
  const out: string[] = [];
  try {
    for (const part of seg.segment(text)) {
      if (part.isWordLike !== false && part.segment.trim()) out.push(part.segment);
    }
  } catch {
    return [...text];
  }
  return out;
}

/** A word as matching sees it: accents folded, lightly stemmed, numbers collapsed to one token. */
export function wordKey(word: string): string {
  if (DIGITS.test(word)) return '#';
  return stemWord(foldDiacritics(word));
}

export interface Tokens {
  /** Word tokens in order (matching keys: folded, stemmed; CJK segmenter words as they are). */
  words: string[];
  /** Character n-grams (already prefixed by their kind), with repetitions. */
  grams: string[];
}

const ASTRAL = /[\uD800-\uDFFF]/u;

/** Character n-grams of min..max code points (whole text when shorter than min). */
function pushGrams(out: string[], text: string, min: number, max: number, prefix: string): void {
  if (!ASTRAL.test(text)) {
    if (text.length < min) out.push(prefix + text);
    for (let n = min; n <= max; n++) {
      for (let i = 0; i + n <= text.length; i++) out.push(prefix + text.substring(i, i + n));
    }
    return;
  }
  const chars = [...text];
  if (chars.length < min) out.push(prefix + text);
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= chars.length; i++) out.push(prefix + chars.slice(i, i + n).join(''));
  }
}

const MAX_CHARS = 2000; // Long messages are truncated: the opening carries the question.

/** Tokens of a message for feature extraction. Never throws. */
export function tokenize(text: string): Tokens {
  const normalized = normalizeText(text.length > MAX_CHARS * 2 ? text.slice(0, MAX_CHARS * 2) : text).slice(
    0,
    MAX_CHARS,
  );
  const words: string[] = [];
  const grams: string[] = [];
  for (const run of splitRuns(normalized)) {
    if (run.kind === 'spaced') {
      const key = wordKey(run.text);
      words.push(key);
      if (key === '#') continue;
      const folded = foldDiacritics(run.text);
      pushGrams(grams, `<${folded}>`, 3, 5, '');
    } else {
      const locale = run.kind === 'sea' ? 'th' : KANA.test(run.text) ? 'ja' : 'zh';
      for (const w of segmentWords(run.text, locale)) words.push(DIGITS.test(w) ? '#' : w);
      pushGrams(grams, run.text, 1, 3, '~');
    }
  }
  return { words, grams };
}
