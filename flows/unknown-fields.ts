import type { z } from 'zod';

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

/** A problem with parsed input: where (JSON path) and why. */
export interface ParseIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Parses with a schema and refuses unknown fields at any depth: the data, or every issue by path
 * (an unknown field is told `unknownMessage`). One step for the boundaries that take files and
 * bodies, so none of them can forget the second half.
 */
export function parseStrict<S extends z.ZodType>(schema: S, raw: unknown, unknownMessage: string): { ok: true; data: z.output<S> } | { ok: false; issues: ParseIssue[] } {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), message: i.message })) };
  const unknown = unknownFields(raw, parsed.data);
  return unknown.length === 0 ? { ok: true, data: parsed.data } : { ok: false, issues: unknown.map((path) => ({ path, message: unknownMessage })) };
}
