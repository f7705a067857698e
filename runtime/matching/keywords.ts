/**
 * Seller keywords: one entry holds alternatives separated by '|' ('快递|物流|包裹|tracking').
 * Alternatives written in Han/kana/Thai match as substrings of the normalised message (those
 * scripts have no spaces); others match whole words (several words allowed), tolerant of case,
 * full-width forms, missing accents and plural/inflection endings.
 */
import { foldDiacritics, normalizeText } from './normalize';
import { splitRuns, wordKey } from './tokenize';

export interface CompiledKeyword {
  /** The alternative as the seller wrote it (trimmed). */
  source: string;
  /** For substring matching (no-space scripts): the normalised alternative without spaces. */
  substring: string | null;
  /** For word matching: folded words and their stems, each wrapped in spaces. */
  folded: string | null;
  stemmed: string | null;
  /** Characters the alternative covers, to tell "tracking" from a long message mentioning it. */
  length: number;
}

export function compileKeywords(entries: readonly string[] | undefined): CompiledKeyword[] {
  const out: CompiledKeyword[] = [];
  const seen = new Set<string>();
  for (const entry of entries ?? []) {
    if (typeof entry !== 'string') continue;
    for (const alt of entry.split('|')) {
      const source = alt.trim();
      const norm = normalizeText(source);
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      const runs = splitRuns(norm);
      const noSpace = runs.some((r) => r.kind !== 'spaced');
      if (noSpace) {
        out.push({ source, substring: norm.replace(/ /g, ''), folded: null, stemmed: null, length: norm.replace(/ /g, '').length });
      } else {
        const words = norm.split(' ');
        out.push({
          source,
          substring: null,
          folded: ` ${words.map(foldDiacritics).join(' ')} `,
          stemmed: ` ${words.map(wordKey).join(' ')} `,
          length: norm.replace(/ /g, '').length,
        });
      }
    }
  }
  return out;
}

/** The message in the shapes keyword matching needs, computed once per message. */
export interface KeywordText {
  compact: string;
  folded: string;
  stemmed: string;
  length: number;
}

export function keywordText(normalized: string): KeywordText {
  const words = normalized ? normalized.split(' ') : [];
  return {
    compact: normalized.replace(/ /g, ''),
    folded: ` ${words.map(foldDiacritics).join(' ')} `,
    stemmed: ` ${words.map(wordKey).join(' ')} `,
    length: Math.max(1, normalized.replace(/ /g, '').length),
  };
}

/** The longest alternative of the list found in the message, or null. */
export function findKeyword(keywords: readonly CompiledKeyword[], text: KeywordText): CompiledKeyword | null {
  let best: CompiledKeyword | null = null;
  for (const k of keywords) {
    const hit =
      k.substring !== null
        ? text.compact.includes(k.substring)
        : (k.folded !== null && text.folded.includes(k.folded)) || (k.stemmed !== null && text.stemmed.includes(k.stemmed));
    if (hit && (!best || k.length > best.length)) best = k;
  }
  return best;
}
