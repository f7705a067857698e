/**
 * Typing slips in Latin-script words ("pakage", "cancle", "reciept", "refnd"): a word of the
 * message that the knowledge base has never seen, in no form, is read as the one known word a
 * single slip away (a letter left out or added, two letters swapped, a neighbouring key or
 * another vowel typed), so that keywords
 * and examples see what the buyer meant. Deliberately narrow, so that an unknown word is not
 * turned into a wrong one: words of at least MIN_LENGTH letters (of that length, only a letter
 * left out), the same first letter, exactly one edit; among several candidates the word most intents use wins, then the first in
 * alphabetical order (deterministic).
 */

/** Shorter words have too many neighbours one edit away ("ship" / "shop" / "slip"). */
const MIN_LENGTH = 4;
const LATIN = /^[a-z]+$/;
/** A letter typed for another only in longer words: short words one key apart are often both words ("hujan" / "human"). */
const MIN_SWAP_LENGTH = 6;
/** Corrections already worked out, per knowledge base (bounded; the result never depends on it). */
const MEMO_SIZE = 4096;

export interface Speller {
  /** Known words by first letter, each with how many intents use it (the tie-break). */
  byInitial: Map<string, Array<{ word: string; weight: number }>>;
  memo: Map<string, string | null>;
}

/** A speller over the known words (accent-folded, lower case) with their weights. */
export function createSpeller(words: Map<string, number>): Speller {
  const byInitial = new Map<string, Array<{ word: string; weight: number }>>();
  for (const [word, weight] of [...words].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (word.length < MIN_LENGTH || !LATIN.test(word)) continue;
    const initial = word[0]!;
    let list = byInitial.get(initial);
    if (!list) byInitial.set(initial, (list = []));
    list.push({ word, weight });
  }
  return { byInitial, memo: new Map() };
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters next to each other on a QWERTY keyboard. Rows are staggered: a key touches two keys of the row above (same column and the next) and two below (the previous and same column). */
const NEAR = new Map<string, string>();
for (let r = 0; r < ROWS.length; r++) {
  const row = ROWS[r]!;
  for (let c = 0; c < row.length; c++) {
    const near = [row[c - 1], row[c + 1], ROWS[r - 1]?.[c], ROWS[r - 1]?.[c + 1], ROWS[r + 1]?.[c - 1], ROWS[r + 1]?.[c]];
    NEAR.set(row[c]!, near.filter((x) => x !== undefined).join(''));
  }
}
const VOWELS = 'aeiouy';

/** Whether typing x for y is a plausible slip: neighbouring keys, or one vowel for another ("seperate"). */
function plausibleSwap(x: string, y: string): boolean {
  return (NEAR.get(x)?.includes(y) ?? false) || (VOWELS.includes(x) && VOWELS.includes(y));
}

/**
 * Whether a and b are exactly one slip apart: one letter inserted or left out, two neighbours
 * swapped, or (in words of MIN_SWAP_LENGTH letters or more) one letter replaced by a
 * neighbouring key or another vowel.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let first = -1;
    for (let i = 0; i < la; i++) {
      if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
      if (first >= 0) {
        // A second difference: only the swap of two neighbours is one edit.
        if (i !== first + 1 || a[first] !== b[i] || a[i] !== b[first]) return false;
        for (let j = i + 1; j < la; j++) if (a.charCodeAt(j) !== b.charCodeAt(j)) return false;
        return true;
      }
      first = i;
    }
    return first >= 0 && la >= MIN_SWAP_LENGTH && plausibleSwap(a[first]!, b[first]!);
  }
  if (Math.abs(la - lb) !== 1) return false;
  const [long, short] = la > lb ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  for (let j = i; j < short.length; j++) if (long.charCodeAt(j + 1) !== short.charCodeAt(j)) return false;
  return true;
}

/**
 * The known word an unknown, accent-folded word is most likely a slip of, or null. The caller
 * has checked that the word is unknown in every form (surface, stem, inflection).
 */
export function correctWord(speller: Speller, word: string): string | null {
  if (word.length < MIN_LENGTH || !LATIN.test(word)) return null;
  const memo = speller.memo.get(word);
  if (memo !== undefined) return memo;
  let best: { word: string; weight: number } | null = null;
  for (const candidate of speller.byInitial.get(word[0]!) ?? []) {
    if (Math.abs(candidate.word.length - word.length) > 1) continue;
    // A short word one letter off is often another real word ("shoe" / "show"); a letter left out is a slip ("ordr").
    if (word.length === MIN_LENGTH && candidate.word.length <= word.length) continue;
    if (!oneEditApart(word, candidate.word)) continue;
    // The list is in alphabetical order: an equal weight keeps the earlier word.
    if (best === null || candidate.weight > best.weight) best = candidate;
  }
  const out = best?.word ?? null;
  if (speller.memo.size >= MEMO_SIZE) speller.memo.clear();
  speller.memo.set(word, out);
  return out;
}
