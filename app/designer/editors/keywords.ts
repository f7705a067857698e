/**
 * Keyword chips: one keyword entry of an intent (or a global trigger) is a list of
 * alternatives separated by `|`, e.g. `快递|物流|包裹|tracking`, shown as one chip.
 */
import { keywordAlternatives } from '../../../flows/intent';

/** Both the ASCII bar and the full-width one (what a Chinese keyboard types) separate alternatives. */
const SEPARATOR = /[|｜]/;

function key(alternative: string): string {
  return alternative.normalize('NFKC').toLowerCase();
}

/** What a seller typed into "add keyword", as alternatives: trimmed, non-empty, without repeats. */
export function parseAlternatives(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(SEPARATOR)) {
    const alt = raw.trim();
    if (!alt || seen.has(key(alt))) continue;
    seen.add(key(alt));
    out.push(alt);
  }
  return out;
}

/** The stored form of a chip's alternatives. */
export function joinAlternatives(alternatives: readonly string[]): string {
  return alternatives.map((a) => a.trim()).filter((a) => a.length > 0).join('|');
}

/** A chip: the keyword entry's position and its alternatives. */
export interface KeywordChip {
  index: number;
  alternatives: string[];
}

export function keywordChips(keywords: readonly string[]): KeywordChip[] {
  return keywords.map((k, index) => ({ index, alternatives: keywordAlternatives(k) }));
}

/** A new keyword list with one more chip; `null` when the input holds nothing new. */
export function addKeyword(keywords: readonly string[], input: string): string[] | null {
  const alternatives = parseAlternatives(input);
  if (alternatives.length === 0) return null;
  return [...keywords, joinAlternatives(alternatives)];
}

/** Adds alternatives to one chip (repeats of what the chip has are left out). */
export function addAlternatives(keyword: string, input: string): string {
  return joinAlternatives(parseAlternatives(`${keyword}|${input}`));
}

/** The chip without one alternative; `null` when it was the last one (the chip goes). */
export function removeAlternative(keyword: string, index: number): string | null {
  const rest = keywordAlternatives(keyword).filter((_, i) => i !== index);
  return rest.length > 0 ? joinAlternatives(rest) : null;
}

/**
 * Alternatives of `keywords` that another intent of the knowledge base already uses (the
 * validator warns about them as FLOW009), with that intent's id.
 */
export function sharedAlternatives(keywords: readonly string[], others: ReadonlyArray<{ id: string; keywords: readonly string[] }>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const other of others) for (const k of other.keywords) for (const alt of keywordAlternatives(k)) if (!owners.has(key(alt))) owners.set(key(alt), other.id);
  const shared = new Map<string, string>();
  for (const k of keywords) {
    for (const alt of keywordAlternatives(k)) {
      const owner = owners.get(key(alt));
      if (owner !== undefined) shared.set(alt, owner);
    }
  }
  return shared;
}
