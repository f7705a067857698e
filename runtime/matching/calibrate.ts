/**
 * Maps a similarity to the 0–100 score a seller sees.
 *
 * The similarity is first read relative to how similar the intent's own examples are to one
 * another (see selfsim.ts): a buyer message as close to the intent as its examples are to each
 * other is a confident match whatever the wording style of the knowledge base. That ratio is
 * mapped piecewise-linearly so that RATIO_AT_50 lands on 50 (the default threshold, chosen on
 * held-out evaluation data to separate in-scope from out-of-scope messages) and a message equal
 * to an example (similarity 1) lands on 100.
 */
export const RATIO_AT_50 = 0.96;
/** Self-similarity assumed for an intent with a single example in a language. */
export const DEFAULT_SELF_SIMILARITY = 0.4;

export function calibrate(similarity: number, selfSimilarity: number): number {
  const s = Number.isFinite(similarity) ? Math.min(1, Math.max(0, similarity)) : 0;
  const self = Number.isFinite(selfSimilarity) ? Math.min(0.9, Math.max(0.15, selfSimilarity)) : DEFAULT_SELF_SIMILARITY;
  const ratio = s / self;
  const top = 1 / self; // ratio of an exact example
  if (ratio <= RATIO_AT_50) return (50 * ratio) / RATIO_AT_50;
  if (top <= RATIO_AT_50) return 100;
  return Math.min(100, 50 + (50 * (ratio - RATIO_AT_50)) / (top - RATIO_AT_50));
}
