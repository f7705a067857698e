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

// A word glued to Han, kana or Thai ("tracking几天没动", "我要refund") is still a word: the
// tokenizer's runs split there. Below U+0E00 nothing is written without spaces.
const MAYBE_GLUED = /[\u0e00-\u{10ffff}]/u;

function computeKeywordText(normalized: string): KeywordText {
  const words = !normalized ? [] : MAYBE_GLUED.test(normalized) ? splitRuns(normalized).map((r) => r.text) : normalized.split(' ');
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

/**
 * The word-matched alternatives of several lists in one trie over their words (folded, and
 * stemmed), and the substring alternatives apart: every list's best hit is found in one walk of
 * the message instead of testing each alternative that shares a first word with it.
 */
export interface KeywordIndex {
  readonly lists: readonly (readonly CompiledKeyword[])[];
  readonly folded: TrieNode;
  readonly stemmed: TrieNode;
  /** Substring alternatives (scripts without spaces) as [list, alternative]: always checked. */
  readonly anywhere: ReadonlyArray<readonly [number, number]>;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Alternatives whose words end here, as list and alternative numbers side by side. */
  ends: number[] | null;
}

const trieNode = (): TrieNode => ({ next: null, ends: null });

function insert(root: TrieNode, form: string | null, list: number, alt: number): void {
  const words = form?.trim();
  if (!words) return;
  let node = root;
  for (const word of words.split(' ')) {
    node.next ??= new Map();
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = trieNode()));
    node = child;
  }
  (node.ends ??= []).push(list, alt);
}

/** Builds the index of `lists` (list i of the index is lists[i]). */
export function indexKeywords(lists: readonly (readonly CompiledKeyword[])[]): KeywordIndex {
  const folded = trieNode();
  const stemmed = trieNode();
  const anywhere: Array<[number, number]> = [];
  lists.forEach((keywords, l) =>
    keywords.forEach((k, a) => {
      if (k.substring !== null) anywhere.push([l, a]);
      insert(folded, k.folded, l, a);
      insert(stemmed, k.stemmed, l, a);
    }),
  );
  return { lists, folded, stemmed, anywhere };
}

/** Whether alternative `i` beats `best` (-1: none yet): the longest wins; between equally long ones, the one listed first. */
function better(keywords: readonly CompiledKeyword[], best: number, i: number): boolean {
  if (best < 0) return true;
  const a = keywords[i]!.length;
  const b = keywords[best]!.length;
  return a > b || (a === b && i < best);
}

function offerHit(index: KeywordIndex, best: number[], list: number, alt: number): void {
  if (better(index.lists[list]!, best[list]!, alt)) best[list] = alt;
}

/** Marks every alternative of the trie found as whole words in `words` (a run of them starting anywhere). */
function walk(index: KeywordIndex, root: TrieNode, words: readonly string[], best: number[]): void {
  const top = root.next;
  if (top === null) return;
  for (let start = 0; start < words.length; start++) {
    let node = top.get(words[start]!);
    for (let w = start + 1; node !== undefined; w++) {
      const ends = node.ends;
      if (ends !== null) for (let e = 0; e < ends.length; e += 2) offerHit(index, best, ends[e]!, ends[e + 1]!);
      if (node.next === null || w >= words.length) break;
      node = node.next.get(words[w]!);
    }
  }
}

/**
 * Each list's best alternative found in the message, into `best` (list number → alternative
 * number, -1 for none): the longest, and between equally long ones the one listed first.
 */
export function findKeywords(index: KeywordIndex, text: KeywordText, best: number[]): void {
  best.length = index.lists.length;
  best.fill(-1);
  for (const [l, a] of index.anywhere) if (text.compact.includes(index.lists[l]![a]!.substring as string)) offerHit(index, best, l, a);
  walk(index, index.folded, text.foldedWords, best);
  walk(index, index.stemmed, text.stemmedWords, best);
}

const SINGLE = new WeakMap<readonly CompiledKeyword[], KeywordIndex>();
const found: number[] = [];

/** The longest alternative of the list found in the message (the first listed among equals), or null. */
export function findKeyword(keywords: readonly CompiledKeyword[], text: KeywordText): CompiledKeyword | null {
  if (keywords.length === 0) return null;
  let index = SINGLE.get(keywords);
  if (!index) SINGLE.set(keywords, (index = indexKeywords([keywords])));
  findKeywords(index, text, found);
  return found[0]! < 0 ? null : keywords[found[0]!]!;
}
