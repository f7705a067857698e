/** The declared name closest to a misspelt one (shares a word or is a few edits away). */
export function closest(name: string, names: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const parts = new Set(name.split('_'));
  for (const candidate of names) {
    const shared = candidate.split('_').filter((p) => parts.has(p)).length;
    const score = shared / Math.max(parts.size, 1) + (candidate.startsWith(name.slice(0, 3)) ? 0.2 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return bestScore >= 0.5 ? best : null;
}
