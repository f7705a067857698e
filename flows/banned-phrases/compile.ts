import { CONTACT_DETAILS, ON_PLATFORM } from './contact';
import { CJK_RE, fold, isLatinLetter } from './fold';
import { chars, words, type Part } from './rule';
import { compactForm, spacedForm, type Stream, type Streams } from './streams';
import type { BannedPhrase } from './types';

/** A phrase or rule ready to run: a plain needle where that is enough, else a regular expression. */
export interface Compiled {
  phrase: BannedPhrase;
  /** Identifies what is matched, so that a phrase on two lists is looked for once. */
  key: string;
  stream: 'spaced' | 'compact';
  needle: string | null;
  regex: RegExp | null;
  /** See TextPattern.anchors; for a plain needle, its first word (spaced form). */
  anchors: readonly (readonly string[])[];
}

/** Prepares a phrase or rule for matching; null for a phrase that normalises to nothing. */
export function compile(phrase: BannedPhrase): Compiled | null {
  if (phrase.rule) {
    const { stream, source } = phrase.rule;
    return { phrase, key: `${stream}/${source}`, stream, needle: null, regex: new RegExp(source, 'gu'), anchors: phrase.rule.anchors };
  }
  const compact = CJK_RE.test(phrase.pattern);
  const needle = compact ? compactForm(phrase.pattern) : spacedForm(phrase.pattern);
  if (needle === '') return null;
  const stream = compact ? 'compact' : 'spaced';
  const parts: Part[] = [[phrase.pattern]];
  if (phrase.needsContact && !compact) parts.push({ ahead: CONTACT_DETAILS, within: 3, stop: ON_PLATFORM });
  if (phrase.unlessFollowedBy) parts.push({ ahead: phrase.unlessFollowedBy, within: 2, not: true });
  if (parts.length === 1) return { phrase, key: `${stream}:${needle}`, stream, needle, regex: null, anchors: compact ? [] : [[needle.split(' ')[0] ?? needle]] };
  const { source, anchors } = compact ? chars(...parts) : words(...parts);
  return { phrase, key: `${stream}/${source}`, stream, needle: null, regex: new RegExp(source, 'gu'), anchors };
}

// The folded code point of the original text just before `index`, or at `index`.
function foldedBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return fold(String.fromCodePoint(text.codePointAt(from) ?? low)).slice(-1);
}

function foldedAt(text: string, index: number): string | undefined {
  const cp = text.codePointAt(index);
  return cp === undefined ? undefined : fold(String.fromCodePoint(cp))[0];
}

// Whole words only. In the spaced form words are separated by one space; the compact form has
// no spaces, so the original text decides: "加V IP" has "加V", "加VIP" has not.
function bounded(c: Compiled, s: Stream, text: string, at: number, last: number): boolean {
  const needle = c.needle ?? '';
  if (c.stream === 'spaced') return (at === 0 || s.text[at - 1] === ' ') && (last + 1 === s.text.length || s.text[last + 1] === ' ');
  const okStart = !isLatinLetter(needle[0]) || !isLatinLetter(foldedBefore(text, s.start[at] ?? 0));
  const okEnd = !isLatinLetter(needle[needle.length - 1]) || !isLatinLetter(foldedAt(text, s.end[last] ?? text.length));
  return okStart && okEnd;
}

// Whether every anchor group has a member in the text (see TextPattern.anchors).
function anchored(c: Compiled, forms: Streams): boolean {
  for (const group of c.anchors) {
    let found = false;
    for (const w of group) {
      if (c.stream === 'spaced' ? forms.words.has(w) : forms.compact.text.includes(w)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Appends to `out` the spans [start, end) of the original text where the phrase or rule matches. */
export function collectSpans(c: Compiled, forms: Streams, text: string, out: Array<[number, number]>): void {
  if (!anchored(c, forms)) return;
  const s = c.stream === 'spaced' ? forms.spaced : forms.compact;
  if (c.needle !== null) {
    const n = c.needle.length;
    for (let at = s.text.indexOf(c.needle); at !== -1; at = s.text.indexOf(c.needle, at + 1)) {
      if (bounded(c, s, text, at, at + n - 1)) out.push([s.start[at] ?? 0, s.end[at + n - 1] ?? text.length]);
    }
    return;
  }
  const re = c.regex as RegExp;
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push([s.start[m.index] ?? 0, s.end[m.index + m[0].length - 1] ?? text.length]);
  }
}
