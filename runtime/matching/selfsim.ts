/**
 * How close an intent's examples are to one another (leave-one-out): each example is matched,
 * as if a buyer had sent it, against the other examples of its group, with the same mix of
 * nearest example and centroid that buyer messages get. Tight intents ("show all alarms") score
 * high among themselves, loose ones (long messages full of names) low; the matcher reads a
 * buyer's similarity relative to this, so one threshold fits both.
 */
import { rowDot, type Rows } from './vectors';

/**
 * Mean leave-one-out similarity of each group of example rows (unit vectors), NaN for a group
 * with a single example. `members` lists example rows group after group, `groupStart` the
 * offsets; `sums` holds each group's (unnormalised) sum of rows and `sumSq` its squared length.
 */
export function leaveOneOut(
  examples: Rows,
  members: Int32Array,
  groupStart: Int32Array,
  sums: Rows,
  sumSq: Float64Array,
  nearestWeight: number,
): Float64Array {
  const nGroups = groupStart.length - 1;
  const out = new Float64Array(nGroups);
  // Per example of the group, its nearest other example (each pair's dot product is computed once).
  let nearestOf = new Float64Array(16);
  for (let g = 0; g < nGroups; g++) {
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    const n = to - from;
    if (n < 2) {
      out[g] = NaN;
      continue;
    }
    if (nearestOf.length < n) nearestOf = new Float64Array(n * 2);
    nearestOf.fill(0, 0, n);
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const dot = rowDot(examples, members[from + a]!, examples, members[from + b]!);
        if (dot > nearestOf[a]!) nearestOf[a] = dot;
        if (dot > nearestOf[b]!) nearestOf[b] = dot;
      }
    }
    let total = 0;
    for (let a = from; a < to; a++) {
      const ea = members[a]!;
      const nearest = nearestOf[a - from]!;
      const d = rowDot(examples, ea, sums, g);
      const rest = Math.sqrt(Math.max(1e-12, sumSq[g]! - 2 * d + 1));
      total += nearestWeight * nearest + (1 - nearestWeight) * ((d - 1) / rest);
    }
    out[g] = total / n;
  }
  return out;
}
