/**
 * Seller keywords: one entry holds alternatives separated by '|' ('快递|物流|包裹|tracking').
 * Alternatives written in Han/kana/Thai match as substrings of the normalised message (those
 * scripts have no spaces); others match whole words (several words allowed), tolerant of case,
 * full-width forms, missing accents and plural/inflection endings.
 */
import { foldDiacritics, normalizeText } from './normalize';
import { splitRuns, wordKey } from './tokenize';

export interface CompiledKeyword {
  /** The alternative as the seller wrote it (trimmed). */
  source: string;
  /** For substring matching (no-space scripts): the normalised alternative without spaces. */
  substring: string | null;
  /** For word matching: folded words and their stems, each wrapped in spaces. */
  folded: string | null;
  stemmed: string | null;
  /** Characters the alternative covers, to tell "tracking" from a long message mentioning it. */
  length: number;
}

export function compileKeywords(entries: readonly string[] | undefined): CompiledKeyword[] {
  const out: CompiledKeyword[] = [];
  const seen = new Set<string>();
  for (const entry of entries ?? []) {
    if (typeof entry !== 'string') continue;
    for (const alt of entry.split('|')) {
      const source = alt.trim();
      const norm = normalizeText(source);
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      const runs = splitRuns(norm);
      const noSpace = runs.some((r) => r.kind !== 'spaced');
      if (noSpace) {
        out.push({ source, substring: norm.replace(/ /g, ''), folded: null, stemmed: null, length: norm.replace(/ /g, '').length });
      } else {
        const words = norm.split(' ');
        out.push({
          source,
          substring: null,
          folded: ` ${words.map(foldDiacritics).join(' ')} `,
          stemmed: ` ${words.map(wordKey).join(' ')} `,
          length: norm.replace(/ /g, '').length,
        });
      }
    }
  }
  return out;
}

/** The message in the shapes keyword matching needs, computed once per message. */
export interface KeywordText {
  readonly compact: string;
  readonly folded: string;
  readonly stemmed: string;
  readonly length: number;
  /** Its words, folded and stemmed: a word-matched alternative can only hit when its first word is one of them. */
  readonly foldedWords: readonly string[];
  readonly stemmedWords: readonly string[];
}

let lastKeywordText: KeywordText | null = null;
let lastKeywordSource = '';

/** Pure; the last answer is kept because triggers and the matcher ask about the same message. */
export function keywordText(normalized: string): KeywordText {
  if (lastKeywordText !== null && normalized === lastKeywordSource) return lastKeywordText;
  lastKeywordText = computeKeywordText(normalized);
  lastKeywordSource = normalized;
  return lastKeywordText;
}

function computeKeywordText(normalized: string): KeywordText {
  const words = normalized ? normalized.split(' ') : [];
  const foldedWords = Object.freeze(words.map(foldDiacritics));
  const stemmedWords = Object.freeze(words.map(wordKey));
  const compact = normalized.replace(/ /g, '');
  return Object.freeze({
    compact,
    folded: ` ${foldedWords.join(' ')} `,
    stemmed: ` ${stemmedWords.join(' ')} `,
    length: Math.max(1, compact.length),
    foldedWords,
    stemmedWords,
  });
}

/** Where a list's alternatives can hit: by the first word of their folded and stemmed forms. */
interface KeywordLookup {
  byFolded: Map<string, number[]>;
  byStemmed: Map<string, number[]>;
  /** Substring alternatives (scripts without spaces): always checked. */
  anywhere: number[];
}

const LOOKUPS = new WeakMap<readonly CompiledKeyword[], KeywordLookup>();

function lookupOf(keywords: readonly CompiledKeyword[]): KeywordLookup {
  let lookup = LOOKUPS.get(keywords);
  if (lookup) return lookup;
  lookup = { byFolded: new Map(), byStemmed: new Map(), anywhere: [] };
  for (let i = 0; i < keywords.length; i++) {
    const k = keywords[i]!;
    if (k.substring !== null) lookup.anywhere.push(i);
    addFirstWord(lookup.byFolded, k.folded, i);
    addFirstWord(lookup.byStemmed, k.stemmed, i);
  }
  LOOKUPS.set(keywords, lookup);
  return lookup;
}

/** The first word of a word-matched alternative's folded or stemmed form: the message must contain it. */
function firstWord(form: string | null): string | null {
  return form?.trim().split(' ')[0] || null;
}

/** Lists `i` under the first word of `form` (once, when called in increasing `i`). */
export function addFirstWord(map: Map<string, number[]>, form: string | null, i: number): void {
  const first = firstWord(form);
  if (!first) return;
  const list = map.get(first);
  if (!list) map.set(first, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

function hits(k: CompiledKeyword, text: KeywordText): boolean {
  return k.substring !== null
    ? text.compact.includes(k.substring)
    : (k.folded !== null && text.folded.includes(k.folded)) || (k.stemmed !== null && text.stemmed.includes(k.stemmed));
}

/** Keeps the longest hit; between equally long ones, the one listed first. */
function better(keywords: readonly CompiledKeyword[], best: number, i: number): boolean {
  if (best < 0) return true;
  const a = keywords[i]!.length;
  const b = keywords[best]!.length;
  return a > b || (a === b && i < best);
}

/** The longest alternative of the list found in the message (the first listed among equals), or null. */
export function findKeyword(keywords: readonly CompiledKeyword[], text: KeywordText): CompiledKeyword | null {
  if (keywords.length === 0) return null;
  const lookup = lookupOf(keywords);
  let best = -1;
  for (const i of lookup.anywhere) if (better(keywords, best, i) && hits(keywords[i]!, text)) best = i;
  best = bestByWord(keywords, lookup.byFolded, text.foldedWords, text, best);
  best = bestByWord(keywords, lookup.byStemmed, text.stemmedWords, text, best);
  return best < 0 ? null : keywords[best]!;
}

/** `best`, or a better hit among the alternatives listed under one of the message's words. */
function bestByWord(keywords: readonly CompiledKeyword[], map: Map<string, number[]>, words: readonly string[], text: KeywordText, best: number): number {
  if (map.size === 0) return best;
  for (let w = 0; w < words.length; w++) {
    const list = map.get(words[w]!);
    if (list) for (const i of list) if (better(keywords, best, i) && hits(keywords[i]!, text)) best = i;
  }
  return best;
}
