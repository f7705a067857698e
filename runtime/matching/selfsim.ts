/**
 * How similar an intent's examples are to one another (leave-one-out): each example is matched,
 * as if a buyer had sent it, against the other examples of its group. Tight intents ("what is
 * my balance") score high among themselves, loose ones (long messages full of names) score
 * low; the matcher reads a buyer's similarity relative to this, so one threshold fits both.
 */
import type { SparseVector } from './vectors';

export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      s += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * Mean leave-one-out similarity of a group of unit vectors: nearestWeight × nearest other
 * example + (1 − nearestWeight) × cosine with the centroid of the others. NaN for a single
 * example (nothing to compare with).
 */
export function leaveOneOutSimilarity(members: readonly SparseVector[], centroidSum: SparseVector, nearestWeight: number): number {
  const n = members.length;
  if (n < 2) return NaN;
  const sumSq = sparseDot(centroidSum, centroidSum);
  let total = 0;
  for (let a = 0; a < n; a++) {
    let nearest = 0;
    for (let b = 0; b < n; b++) if (a !== b) nearest = Math.max(nearest, sparseDot(members[a]!, members[b]!));
    const d = sparseDot(members[a]!, centroidSum);
    const restNorm = Math.sqrt(Math.max(1e-12, sumSq - 2 * d + 1));
    const cent = (d - 1) / restNorm;
    total += nearestWeight * nearest + (1 - nearestWeight) * cent;
  }
  return total / n;
}
