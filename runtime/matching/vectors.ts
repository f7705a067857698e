/**
 * TF-IDF vectors over integer feature ids, stored flat (one Int32Array of ids and one
 * Float64Array of weights for all rows, with row offsets) so that building and scanning a
 * knowledge base of thousands of examples allocates a handful of arrays, not thousands.
 *
 * Weights: sublinear tf (1 + ln tf) × idf, where idf counts intents, not examples: a word that
 * every example of one intent repeats is that intent's signature, not a common word. Words and
 * character n-grams are normalised separately and weighted half each, so a dot product of two
 * rows is the mean of the word cosine and the n-gram cosine.
 */

export interface Rows {
  /** Row r spans [start[r], start[r + 1]) in ids/weights; ids ascending within a row. */
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/** Posting lists of rows: feature f spans [start[f], start[f + 1]) in rows/weights. */
export interface Postings {
  start: Int32Array;
  rows: Int32Array;
  weights: Float64Array;
}

/** Smoothed idf over `total` intents for a feature used by `df` of them. */
export function idfOf(df: number, total: number): number {
  return Math.log((1 + total) / (1 + df)) + 1;
}

/**
 * Weighs one text's features, entries [from, to) of `ids`/`counts` into the same entries of
 * `out`. `ids`/`counts` hold its known features (ids ascending);
 * `unseenWordSq`/`unseenGramSq` are the squared weights of features the knowledge base never saw,
 * which only lengthen the vector: a message about something else stays far from everything.
 */
export function weigh(
  ids: ArrayLike<number>,
  counts: ArrayLike<number>,
  from: number,
  to: number,
  idf: Float64Array,
  isWord: Uint8Array,
  unseenWordSq: number,
  unseenGramSq: number,
  out: Float64Array,
): void {
  let nw = unseenWordSq;
  let ng = unseenGramSq;
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    const c = counts[i]!;
    const v = (c === 1 ? 1 : 1 + Math.log(c)) * idf[id]!;
    out[i] = v;
    if (isWord[id]) nw += v * v;
    else ng += v * v;
  }
  const both = nw > 0 && ng > 0;
  const sw = nw > 0 ? Math.sqrt((both ? 0.5 : 1) / nw) : 0;
  const sg = ng > 0 ? Math.sqrt((both ? 0.5 : 1) / ng) : 0;
  for (let i = from; i < to; i++) out[i]! *= isWord[ids[i]!] ? sw : sg;
}

/** Postings of a set of rows over `features` feature ids. */
export function postingsOf(rows: Rows, features: number): Postings {
  const nRows = rows.start.length - 1;
  const start = new Int32Array(features + 1);
  for (let k = 0; k < rows.ids.length; k++) start[rows.ids[k]! + 1]!++;
  for (let f = 0; f < features; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, features);
  const postRows = new Int32Array(rows.ids.length);
  const postWeights = new Float64Array(rows.ids.length);
  for (let r = 0; r < nRows; r++) {
    for (let k = rows.start[r]!; k < rows.start[r + 1]!; k++) {
      const slot = fill[rows.ids[k]!]!++;
      postRows[slot] = r;
      postWeights[slot] = rows.weights[k]!;
    }
  }
  return { start, rows: postRows, weights: postWeights };
}

/** Dot product of rows a and b (both ascending ids). */
export function rowDot(x: Rows, a: number, y: Rows, b: number): number {
  let i = x.start[a]!;
  const iEnd = x.start[a + 1]!;
  let j = y.start[b]!;
  const jEnd = y.start[b + 1]!;
  let s = 0;
  while (i < iEnd && j < jEnd) {
    const p = x.ids[i]!;
    const q = y.ids[j]!;
    if (p === q) {
      s += x.weights[i++]! * y.weights[j++]!;
    } else if (p < q) i++;
    else j++;
  }
  return s;
}

type Numbers = Int32Array | Float64Array;

/**
 * A growing list of numbers in one typed array (Int32Array or Float64Array): a knowledge base's
 * hundreds of thousands of entries are pushed without boxing or reallocating per element.
 */
class GrowingList<A extends Numbers> {
  length = 0;
  constructor(
    private values: A,
    private readonly make: (size: number) => A,
  ) {}
  push(x: number): void {
    if (this.length === this.values.length) {
      const grown = this.make(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = x;
  }
  /** The values, trimmed to length (a copy). */
  toArray(): A {
    return this.values.slice(0, this.length) as A;
  }
}

/** A growing list of 32-bit integers. */
export class IntList extends GrowingList<Int32Array> {
  constructor() {
    super(new Int32Array(1024), (n) => new Int32Array(n));
  }
}

/** A growing list of floating-point numbers. */
export class FloatList extends GrowingList<Float64Array> {
  constructor() {
    super(new Float64Array(1024), (n) => new Float64Array(n));
  }
}
