import { compactForm, spacedForm } from './streams';
import type { TextPattern } from './types';

// Rules are regular expressions over a normalised form (streams.ts), written as a sequence of
// parts so that lists read like the sentences they catch. Plain strings are normalised like
// the text ("reseña" → "resena", "five-star" → "5 star") and escaped; a RegExp is used as is,
// written against the normalised form.

/** One part of a rule: any of these words or phrases. */
export type Alternatives = readonly (string | RegExp)[];

/** Up to `n` words (spaced form) or characters (compact form) of the same sentence. */
export interface Gap {
  gap: number;
}

/** Alternatives that may be left out. */
export interface Optional {
  optional: Alternatives;
}

/** A condition on what follows, without making it part of the match. */
export interface Ahead {
  /** Within this many words (characters for the compact form), one of these follows… */
  ahead: Alternatives;
  within: number;
  /** …and none of the words before it is one of these (spaced form only). */
  stop?: Alternatives;
  /** Instead: none of `ahead` follows. */
  not?: boolean;
}

export type Part = Alternatives | Gap | Optional | Ahead;

/** `n` words (or characters) that may stand between two parts. */
export function gap(n: number): Gap {
  return { gap: n };
}

/** Alternatives that may be left out. */
export function optional(...alternatives: (string | RegExp)[]): Optional {
  return { optional: alternatives };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function group(alternatives: Alternatives, form: (s: string) => string): string {
  const sources = alternatives.map((a) => (typeof a === 'string' ? escape(form(a)) : a.source)).filter((s) => s !== '');
  // Longer alternatives first, so that "cash back" is preferred over "cash".
  sources.sort((a, b) => b.length - a.length);
  return `(?:${[...new Set(sources)].join('|')})`;
}

// The words (spaced) or strings (compact) one of which a mandatory part needs; none for parts
// with a RegExp, which could match anything.
function anchorsOf(parts: readonly Part[], form: (s: string) => string, first: (s: string) => string): string[][] {
  const anchors: string[][] = [];
  for (const part of parts) {
    if (!Array.isArray(part) || part.some((a) => typeof a !== 'string')) continue;
    anchors.push((part as readonly string[]).map((a) => first(form(a))));
  }
  return anchors;
}

const WORD = '[^ |]+';
const WORD_END = '(?![^ ])';

/** A rule over the spaced form: parts are whole words, in order, within one sentence. */
export function words(...parts: Part[]): TextPattern {
  let source = '(?<![^ ])';
  // Until a word is matched, an optional part carries the space after it instead of before.
  let first = true;
  for (const part of parts) {
    if ('gap' in part) source += `(?: ${WORD}){0,${part.gap}}`;
    else if ('optional' in part) source += first ? `(?:${group(part.optional, spacedForm)} )?` : `(?: ${group(part.optional, spacedForm)})?`;
    else if ('ahead' in part) {
      const stop = part.stop ? `(?!${group(part.stop, spacedForm)}${WORD_END})` : '';
      const look = `(?: ${stop}${WORD}){0,${part.within}} ${group(part.ahead, spacedForm)}${WORD_END}`;
      source += part.not ? `(?!${look})` : `(?=${look})`;
    } else {
      source += (first ? '' : ' ') + group(part, spacedForm);
      first = false;
    }
  }
  return { stream: 'spaced', source: `${source}${WORD_END}`, anchors: anchorsOf(parts, spacedForm, (w) => w.split(' ')[0] ?? w) };
}

// A Latin letter right before or after a compact match means it is part of a longer word
// ("加VIP" is not "加V").
const LATIN_START = '(?:(?<![a-z])|(?![a-z]))';
const LATIN_END = '(?:(?![a-z])|(?<![a-z]))';

/** A rule over the compact form (Chinese): parts are characters, in order, within one sentence. */
export function chars(...parts: Part[]): TextPattern {
  let source = LATIN_START;
  for (const part of parts) {
    if ('gap' in part) source += `[^|]{0,${part.gap}}`;
    else if ('optional' in part) source += `${group(part.optional, compactForm)}?`;
    else if ('ahead' in part) {
      const look = `[^|]{0,${part.within}}${group(part.ahead, compactForm)}`;
      source += part.not ? `(?!${look})` : `(?=${look})`;
    } else source += group(part, compactForm);
  }
  return { stream: 'compact', source: `${source}${LATIN_END}`, anchors: anchorsOf(parts, compactForm, (w) => w) };
}
