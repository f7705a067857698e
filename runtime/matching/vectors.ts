/**
 * Sparse TF-IDF vectors and an inverted index over them.
 *
 * Weights: sublinear tf (1 + ln tf) × smoothed idf (ln((1 + N) / (1 + df)) + 1). Each feature
 * group (words, bigrams, character n-grams) is L2-normalised on its own and scaled by the square
 * root of its share, so a dot product is the share-weighted mean of the per-group cosines.
 */
import { GROUPS, groupOf, rawFeatures, WORD } from './features';

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface VectorTuning {
  /** Share of each group in the similarity: words, bigrams, character n-grams. */
  groupShares: readonly number[];
  /** Weight, relative to the rarest known feature, of a message feature the knowledge base never saw. */
  unseenFactor: number;
}

export const DEFAULT_VECTOR_TUNING: VectorTuning = { groupShares: [0.4, 0.15, 0.45], unseenFactor: 1 };

export interface VectorSpace {
  tuning: VectorTuning;
  vocab: Map<string, number>;
  /** Feature id → group. */
  groupIds: number[];
  idf: Float64Array;
  /** idf of a feature never seen in the knowledge base. */
  unseenIdf: number;
  docs: SparseVector[];
  /** Posting lists: feature id → documents and weights. */
  postDocs: Int32Array[];
  postWeights: Float64Array[];
  /** Same vocabulary and idf, other documents (e.g. centroids). */
  withDocs(docs: SparseVector[]): VectorSpace;
  /** Dot products of a query with every document sharing a feature (others stay 0). */
  dotAll(q: SparseVector, maxPosting?: number): { sims: Float64Array; touched: Int32Array };
}

function weigh(shares: readonly number[], tf: Map<number, number>, idf: Float64Array, groupIds: ArrayLike<number>, extra?: number[]): SparseVector {
  // extra: squared norms per group contributed by features outside the vocabulary.
  const ids = new Int32Array(tf.size);
  let n = 0;
  for (const id of tf.keys()) ids[n++] = id;
  ids.sort();
  const w = new Float64Array(n);
  let n0 = extra ? extra[0]! : 0;
  let n1 = extra ? extra[1]! : 0;
  let n2 = extra ? extra[2]! : 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    const c = tf.get(id)!;
    const v = (c === 1 ? 1 : 1 + Math.log(c)) * idf[id]!;
    w[i] = v;
    const g = groupIds[id]!;
    if (g === 0) n0 += v * v;
    else if (g === 1) n1 += v * v;
    else n2 += v * v;
  }
  const shareSum = (n0 > 0 ? shares[0]! : 0) + (n1 > 0 ? shares[1]! : 0) + (n2 > 0 ? shares[2]! : 0);
  const s0 = n0 > 0 && shareSum > 0 ? Math.sqrt(shares[0]! / shareSum / n0) : 0;
  const s1 = n1 > 0 && shareSum > 0 ? Math.sqrt(shares[1]! / shareSum / n1) : 0;
  const s2 = n2 > 0 && shareSum > 0 ? Math.sqrt(shares[2]! / shareSum / n2) : 0;
  for (let i = 0; i < n; i++) {
    const g = groupIds[ids[i]!]!;
    w[i]! *= g === 0 ? s0 : g === 1 ? s1 : s2;
  }
  return { ids, weights: w };
}

function makeSpace(tuning: VectorTuning, vocab: Map<string, number>, groupIds: number[], idf: Float64Array, unseenIdf: number, docs: SparseVector[]): VectorSpace {
  const counts = new Int32Array(vocab.size);
  for (const d of docs) for (const id of d.ids) counts[id]!++;
  const postDocs: Int32Array[] = [];
  const postWeights: Float64Array[] = [];
  for (let f = 0; f < vocab.size; f++) {
    postDocs.push(new Int32Array(counts[f]!));
    postWeights.push(new Float64Array(counts[f]!));
  }
  const fill = new Int32Array(vocab.size);
  for (let d = 0; d < docs.length; d++) {
    const v = docs[d]!;
    for (let i = 0; i < v.ids.length; i++) {
      const f = v.ids[i]!;
      const k = fill[f]!++;
      postDocs[f]![k] = d;
      postWeights[f]![k] = v.weights[i]!;
    }
  }
  const space: VectorSpace = {
    tuning,
    vocab,
    groupIds,
    idf,
    unseenIdf,
    docs,
    postDocs,
    postWeights,
    withDocs: (others) => makeSpace(tuning, vocab, groupIds, idf, unseenIdf, others),
    dotAll(q, maxPosting = Infinity) {
      const acc = new Float64Array(docs.length);
      const touched: number[] = [];
      for (let i = 0; i < q.ids.length; i++) {
        const f = q.ids[i]!;
        const qw = q.weights[i]!;
        const pd = postDocs[f]!;
        // Very common features add a little to many documents; the centroid keeps their signal.
        if (pd.length > maxPosting) continue;
        const pw = postWeights[f]!;
        for (let k = 0; k < pd.length; k++) {
          const d = pd[k]!;
          if (acc[d] === 0) touched.push(d);
          acc[d]! += qw * pw[k]!;
        }
      }
      const t = Int32Array.from(touched);
      return { sims: acc, touched: t };
    },
  };
  return space;
}

export function buildVectors(texts: readonly string[], tuning: VectorTuning = DEFAULT_VECTOR_TUNING): VectorSpace {
  const vocab = new Map<string, number>();
  const groupIds: number[] = [];
  const docTf: Map<number, number>[] = [];
  const df: number[] = [];
  for (const text of texts) {
    const tf = new Map<number, number>();
    for (const [key, count] of rawFeatures(text)) {
      let id = vocab.get(key);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(key, id);
        groupIds.push(groupOf(key));
        df.push(0);
      }
      df[id]!++;
      tf.set(id, count);
    }
    docTf.push(tf);
  }
  const n = texts.length;
  const idf = new Float64Array(vocab.size);
  for (let i = 0; i < idf.length; i++) idf[i] = Math.log((1 + n) / (1 + df[i]!)) + 1;
  const unseenIdf = (Math.log(1 + n) + 1) * tuning.unseenFactor;
  const groupArr = Int32Array.from(groupIds);
  const docs = docTf.map((tf) => weigh(tuning.groupShares, tf, idf, groupArr));
  return makeSpace(tuning, vocab, groupIds, idf, unseenIdf, docs);
}

/** The query's vector over the knowledge base's vocabulary; unseen features still count in its norm. */
export function queryVector(space: VectorSpace, text: string): SparseVector {
  return queryWithWords(space, text).vector;
}

export interface QueryWords {
  vector: SparseVector;
  /** Known word features of the message (ids, repetitions removed). */
  wordIds: number[];
  /** Distinct words of the message the knowledge base has never seen (numbers excluded). */
  unseenWords: number;
}

/** The query vector plus which of the message's words the knowledge base knows. */
export function queryWithWords(space: VectorSpace, text: string): QueryWords {
  const groupIds = space.groupIds;
  const tf = new Map<number, number>();
  const extra = new Array<number>(GROUPS).fill(0);
  const wordIds: number[] = [];
  let unseenWords = 0;
  for (const [key, count] of rawFeatures(text)) {
    const id = space.vocab.get(key);
    const group = groupOf(key);
    if (id === undefined) {
      const v = (1 + Math.log(count)) * space.unseenIdf;
      extra[group]! += v * v;
      if (group === WORD && key !== NUMBER_KEY) unseenWords++;
    } else {
      tf.set(id, count);
      if (group === WORD && key !== NUMBER_KEY) wordIds.push(id);
    }
  }
  const vector = weigh(space.tuning.groupShares, tf, space.idf, groupIds, extra);
  return { vector, wordIds, unseenWords };
}

const NUMBER_KEY = '0#';
