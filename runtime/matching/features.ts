/**
 * The features of a message, as the matcher counts them: words (accents folded, lightly
 * stemmed, numbers collapsed to '#') and character n-grams, 3–5 inside each word of a spaced
 * script ("<order>" → "<or", "ord", ...), 1–3 over runs of Han, kana or Thai, which have no
 * spaces. N-grams are hashed to integers rather than cut out as strings: a message is read in
 * a few microseconds and a knowledge base of thousands of examples in milliseconds.
 */
import { foldDiacritics } from './normalize';
import { stemWord } from './stem';
import { splitRuns } from './tokenize';

const DIGITS = /^\p{N}+$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Long messages are cut: the opening carries the question. */
const MAX_CHARS = 2000;

/** Features of one text, in reusable buffers (valid until the next call with the same buffers). */
export interface TextFeatures {
  /** Word keys in order. */
  words: string[];
  /** Accent-folded surface form of each word (before stemming). */
  folded: string[];
  /** 1 when the word comes from a spaced script: its n-grams are those of wordGrams(folded). */
  spaced: number[];
  /** Hashed character n-grams of the runs without spaces, with repetitions. */
  grams: number[];
}

export function emptyFeatures(): TextFeatures {
  return { words: [], folded: [], spaced: [], grams: [] };
}

const SEGMENTERS = new Map<string, Intl.Segmenter | null>();
function segmenter(locale: string): Intl.Segmenter | null {
  let s = SEGMENTERS.get(locale);
  if (s === undefined) {
    try {
      s = new Intl.Segmenter(locale, { granularity: 'word' });
    } catch {
      s = null;
    }
    SEGMENTERS.set(locale, s);
  }
  return s;
}

/** Hashes are kept to 30 bits: small integers are Map keys the engine hashes without allocating. */
const SMALL = 0x3fffffff;

// FNV-1a over UTF-16 code units, salted by n-gram kind so that word-internal and run grams differ.
function pushGrams(out: number[], text: string, min: number, max: number, salt: number): void {
  const n = text.length;
  if (n < min) {
    let h = (2166136261 ^ salt) >>> 0;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    out.push(h & SMALL);
    return;
  }
  for (let i = 0; i < n; i++) {
    let h = (2166136261 ^ salt) >>> 0;
    const end = Math.min(n, i + max);
    for (let j = i; j < end; j++) {
      h = Math.imul(h ^ text.charCodeAt(j), 16777619);
      if (j - i + 1 >= min) out.push((h ^ (j - i + 1)) & SMALL);
    }
  }
}

function addSpacedWord(out: TextFeatures, word: string): void {
  if (DIGITS.test(word)) {
    out.words.push('#');
    out.folded.push('#');
    out.spaced.push(0);
    return;
  }
  const folded = foldDiacritics(word);
  out.words.push(stemWord(folded));
  out.folded.push(folded);
  out.spaced.push(1);
}

/**
 * Hashed n-grams (3–5) of one accent-folded word of a spaced script, with its boundaries.
 * Kept apart from textFeatures so that a word's n-grams are worked out once per knowledge base.
 */
export function wordGrams(folded: string, out: number[]): number[] {
  out.length = 0;
  pushGrams(out, `<${folded}>`, 3, 5, 0x5a);
  return out;
}

function addUnspacedRun(out: TextFeatures, text: string, kind: 'cjk' | 'sea'): void {
  const seg = segmenter(kind === 'sea' ? 'th' : KANA.test(text) ? 'ja' : 'zh');
  if (seg) {
    try {
      for (const part of seg.segment(text)) {
        if (part.isWordLike === false || !part.segment.trim()) continue;
        const w = DIGITS.test(part.segment) ? '#' : part.segment;
        out.words.push(w);
        out.folded.push(w);
        out.spaced.push(0);
      }
    } catch {
      /* grams alone still describe the run */
    }
  }
  pushGrams(out.grams, text, 1, 3, 0x7e);
}

/** Fills `out` with the features of an already normalised text (see normalizeText). */
export function textFeatures(normalized: string, out: TextFeatures): TextFeatures {
  out.words.length = 0;
  out.folded.length = 0;
  out.spaced.length = 0;
  out.grams.length = 0;
  const text = normalized.length > MAX_CHARS ? normalized.slice(0, MAX_CHARS) : normalized;
  if (!text) return out;
  for (const token of text.split(' ')) {
    if (!token) continue;
    let plain = true;
    for (let i = 0; i < token.length; i++) {
      if (token.charCodeAt(i) >= 0x0e00) {
        plain = false;
        break;
      }
    }
    if (plain) {
      addSpacedWord(out, token);
      continue;
    }
    for (const run of splitRuns(token)) {
      if (run.kind === 'spaced') addSpacedWord(out, run.text);
      else addUnspacedRun(out, run.text, run.kind);
    }
  }
  return out;
}
