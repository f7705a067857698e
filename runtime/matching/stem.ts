/**
 * A deliberately small, language-agnostic suffix stripper for Latin-script words. It only has to
 * make "orders"/"order", "shipped"/"shipping"/"ship", "pedidos"/"pedido" meet; character n-grams
 * take care of the rest. The same function runs on examples and on buyer messages, so an
 * occasional over-stemming is harmless as long as it is consistent.
 */

const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  // [suffix, minimum stem length left behind]
  ['ations', 4],
  ['ation', 4],
  ['ments', 4],
  ['ment', 4],
  ['ness', 4],
  ['ingly', 4],
  ['edly', 4],
  ['ings', 4],
  ['ing', 3],
  ['ies', 3],
  ['ied', 3],
  ['ed', 3],
  ['es', 3],
  ['ly', 4],
  ['s', 3],
];

/** Words whose suffix is part of the word: "apartment" is not "apart" ("falling apart" is no address question). */
const KEEP = new Set(['apartment', 'apartments', 'department', 'departments', 'compartment', 'compartments']);

export function stemWord(word: string): string {
  if (word.length <= 3) return word;
  if (KEEP.has(word)) return word.endsWith('s') ? word.slice(0, -1) : word;
  for (const [suffix, minStem] of SUFFIXES) {
    // "miss", "address", "express": a double s ends the word, it is no plural.
    if (suffix === 's' && word.endsWith('ss')) break;
    if (word.length - suffix.length >= minStem && word.endsWith(suffix)) {
      let stem = word.slice(0, word.length - suffix.length);
      if (suffix === 'ies' || suffix === 'ied') stem += 'y';
      // "shipped" → "shipp" → "ship"; but "missing" → "miss", not "mis" (Spanish "my").
      const n = stem.length;
      if (n >= 4 && stem[n - 1] === stem[n - 2] && !'aeious'.includes(stem[n - 1] ?? 'a')) {
        stem = stem.slice(0, -1);
      }
      return dropFinalE(stem);
    }
  }
  return dropFinalE(word);
}

// "charge"/"charged", "tarde"/"tardes": a final e is noise for matching.
function dropFinalE(word: string): string {
  return word.length > 4 && word.endsWith('e') ? word.slice(0, -1) : word;
}
