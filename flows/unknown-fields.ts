/**
 * The fields a schema's parse dropped: every key of an input object (at any depth) that the
 * parsed output lacks, by JSON path. Zod's plain objects strip unknown keys without a word; at a
 * boundary that would let a misspelt setting vanish from a pushed flow, so boundaries report
 * these as "unknown field" and change nothing.
 */
export function unknownFields(input: unknown, output: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  walk(input, output, [], found);
  return found;
}

function walk(input: unknown, output: unknown, path: (string | number)[], found: (string | number)[][]): void {
  if (input === null || typeof input !== 'object' || output === null || typeof output !== 'object') return;
  if (Array.isArray(input)) {
    // A list the schema reshaped (deduplicated, say) has no element-by-element counterpart.
    if (Array.isArray(output) && output.length === input.length) input.forEach((item, i) => walk(item, output[i], [...path, i], found));
    return;
  }
  if (Array.isArray(output)) return;
  for (const key of Object.keys(input)) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(output, key)) found.push([...path, key]);
    else walk(value, (output as Record<string, unknown>)[key], [...path, key], found);
  }
}
