/**
 * Maps a candidate's evidence to the 0–100 score a seller sees.
 *
 * The evidence multiplies: the similarity relative to how similar the intent's own examples
 * are to each other (selfsim.ts), the lead over the runner-up intent, how specific to the
 * intent the shared words are, and penalties for a short message with a word the intent never
 * uses and for a request to undo something the intent never undoes. EVIDENCE_AT_50 is where the
 * default threshold sits: chosen on held-out evaluation data (one value for every language and
 * knowledge base) to separate in-scope from out-of-scope messages; a small knowledge base
 * scales the evidence up (evidenceScaleFor).
 */
export const EVIDENCE_AT_50 = 0.59;
/** Self-similarity assumed for a knowledge base whose intents all have a single example. */
export const DEFAULT_SELF_SIMILARITY = 0.45;

export interface Evidence {
  /** Similarity (0–1) of the message to the intent. */
  similarity: number;
  /** The intent's own leave-one-out similarity. */
  selfSimilarity: number;
  /** Similarity lead over the best other intent (negative for a runner-up). */
  margin: number;
  /** 0–1: how few intents use the most specific word the message shares with this one. */
  specificity: number;
  /** Short message with a content word none of the intent's examples use. */
  uncovered: boolean;
  /** The message asks to undo something and none of the intent's examples do. */
  undo: boolean;
}

const MARGIN_WEIGHT = 2;
const SPECIFICITY_POWER = 1.5;
const UNCOVERED_PENALTY = 0.5;
const UNDO_PENALTY = 0.6;

export function evidenceOf(e: Evidence): number {
  const self = Number.isFinite(e.selfSimilarity) ? Math.min(0.9, Math.max(0.15, e.selfSimilarity)) : DEFAULT_SELF_SIMILARITY;
  const sim = Number.isFinite(e.similarity) ? Math.min(1, Math.max(0, e.similarity)) : 0;
  let x = (sim / self) * Math.exp(MARGIN_WEIGHT * Math.max(-1, Math.min(1, e.margin))) * (Math.max(0, e.specificity) + 0.05) ** SPECIFICITY_POWER;
  if (e.uncovered) x *= 1 - UNCOVERED_PENALTY;
  if (e.undo) x *= 1 - UNDO_PENALTY;
  return x;
}

/** Knowledge bases of up to this many intents get the full SMALL_KB_BOOST; from SMALL_KB_END intents on, none. */
const SMALL_KB_FULL = 12;
const SMALL_KB_END = 30;
const SMALL_KB_BOOST = 0.5;

/**
 * The factor a knowledge base of `intents` intents (with examples) applies to the evidence. The
 * fewer intents, the fewer chances an unrelated message has to resemble one of them by accident,
 * so the same evidence means more: on held-out data a knowledge base of up to 12 intents (a
 * shop's, typically) rejected out-of-scope messages as well as a large one with evidence 1.5
 * times weaker. The factor fades to 1 at 30 intents and stays 1 above.
 */
export function evidenceScaleFor(intents: number): number {
  const smallness = Math.min(1, Math.max(0, (SMALL_KB_END - intents) / (SMALL_KB_END - SMALL_KB_FULL)));
  return 1 + SMALL_KB_BOOST * smallness;
}

/** 0–100, 50 at EVIDENCE_AT_50, approaching 100 as evidence grows. */
export function calibrate(evidence: number): number {
  const x = Math.max(0, evidence) / EVIDENCE_AT_50;
  return Number.isFinite(x) ? (100 * x) / (1 + x) : 100;
}
