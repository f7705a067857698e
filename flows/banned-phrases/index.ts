import { z } from 'zod';
import { CN_BANNED_PHRASES } from './cn';
import { ES_BANNED_PHRASES } from './es';
import { GLOBAL_BANNED_PHRASES } from './global';
import { LATAM_BANNED_PHRASES } from './latam';
import { MY_BANNED_PHRASES } from './my';
import { UK_BANNED_PHRASES } from './uk';
import { US_BANNED_PHRASES } from './us';

/** Country shops that have their own banned-phrase list. */
export const MARKETS = ['CN', 'US', 'UK', 'MY', 'ES', 'LATAM'] as const;
export type Market = (typeof MARKETS)[number];
export const MarketSchema = z.enum(MARKETS);

export const BANNED_CATEGORIES = ['off_platform_contact', 'external_payment', 'review_incentive', 'misleading_claim'] as const;
export type BannedCategory = (typeof BANNED_CATEGORIES)[number];

/** A phrase a platform forbids in replies; matched after normalisation (case, width, accents, spacing). */
export interface BannedPhrase {
  pattern: string;
  category: BannedCategory;
  note: string;
}

/** A banned phrase found in a text; start/end are UTF-16 indices into the original text (end exclusive). */
export interface BannedPhraseMatch {
  pattern: string;
  category: BannedCategory;
  note: string;
  start: number;
  end: number;
}

const MARKET_PHRASES: Record<Market, readonly BannedPhrase[]> = {
  CN: CN_BANNED_PHRASES,
  US: US_BANNED_PHRASES,
  UK: UK_BANNED_PHRASES,
  MY: MY_BANNED_PHRASES,
  ES: ES_BANNED_PHRASES,
  LATAM: LATAM_BANNED_PHRASES,
};

/** The phrases checked for a market: the global list plus the market's own. */
export function bannedPhrasesFor(market: Market): readonly BannedPhrase[] {
  return [...GLOBAL_BANNED_PHRASES, ...MARKET_PHRASES[market]];
}

// --- normalisation -----------------------------------------------------------------------
//
// The text is read twice, each time keeping for every normalised UTF-16 unit the span of
// original text it came from:
// - the "spaced" stream (lower case, accents stripped, full-width folded, whitespace runs
//   collapsed to one space) for Latin-script phrases, matched on word boundaries;
// - the "compact" stream (letters and digits only) for phrases with CJK characters, so that
//   "加 微 信" or "加-微-信" still match.

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const MARKS_RE = /\p{M}/gu;
const SPACE_RE = /\s/u;
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

const SPACE = ' ';
const DROP = '';
const foldCache = new Map<string, string>();

// Normalised form of one code point: SPACE for whitespace, DROP for invisible characters and
// lone combining marks, otherwise lower-case text without accents (full-width → ASCII).
function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) {
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
    return ch;
  }
  let f = foldCache.get(ch);
  if (f === undefined) {
    if (SPACE_RE.test(ch)) f = SPACE;
    else if (INVISIBLE_RE.test(ch)) f = DROP;
    else f = ch.toLowerCase().normalize('NFKD').replace(MARKS_RE, '').toLowerCase();
    if (foldCache.size < 10_000) foldCache.set(ch, f);
  }
  return f;
}

// Next to a compact match digits may follow directly ("加QQ123456"); only a letter
// continuing a Latin edge ("加VIP" for "加v") means another word.
function isLatinLetter(unit: string | undefined): boolean {
  if (unit === undefined || unit === '') return false;
  const c = unit.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x250 && WORD_RE.test(unit));
}

const keepCache = new Map<string, boolean>();

// Letters and digits of any script are kept in the compact stream.
function keepCompact(unit: string): boolean {
  const c = unit.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  let keep = keepCache.get(unit);
  if (keep === undefined) {
    keep = WORD_RE.test(unit);
    if (keepCache.size < 10_000) keepCache.set(unit, keep);
  }
  return keep;
}

// The folded code point of the original text just before `index` or at `index`.
function foldedBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return fold(String.fromCodePoint(text.codePointAt(from) ?? low));
}

function foldedAt(text: string, index: number): string | undefined {
  const cp = text.codePointAt(index);
  return cp === undefined ? undefined : fold(String.fromCodePoint(cp));
}

function isWordUnit(unit: string | undefined): boolean {
  if (unit === undefined || unit === '') return false;
  const c = unit.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
  // CJK text has no spaces, so a CJK character next to a Latin phrase is a boundary.
  return WORD_RE.test(unit) && !CJK_RE.test(unit);
}

interface Stream {
  text: string;
  start: number[];
  end: number[];
}

function streams(text: string): { spaced: Stream; compact: Stream } {
  let spacedText = '';
  let compactText = '';
  const sStart: number[] = [];
  const sEnd: number[] = [];
  const cStart: number[] = [];
  const cEnd: number[] = [];
  let i = 0;
  for (const ch of text) {
    const from = i;
    i += ch.length;
    const f = fold(ch);
    if (f === SPACE) {
      if (spacedText.length > 0 && spacedText[spacedText.length - 1] !== SPACE) {
        spacedText += SPACE;
        sStart.push(from);
        sEnd.push(i);
      }
      continue;
    }
    if (f === DROP) {
      // A combining mark written separately still belongs to the letter before it.
      if (MARK_RE.test(ch)) {
        if (sEnd.length > 0 && sEnd[sEnd.length - 1] === from) sEnd[sEnd.length - 1] = i;
        if (cEnd.length > 0 && cEnd[cEnd.length - 1] === from) cEnd[cEnd.length - 1] = i;
      }
      continue;
    }
    spacedText += f;
    for (let k = 0; k < f.length; k++) {
      sStart.push(from);
      sEnd.push(i);
    }
    for (const u of f) {
      if (keepCompact(u)) {
        compactText += u;
        for (let k = 0; k < u.length; k++) {
          cStart.push(from);
          cEnd.push(i);
        }
      }
    }
  }
  return { spaced: { text: spacedText, start: sStart, end: sEnd }, compact: { text: compactText, start: cStart, end: cEnd } };
}

function normaliseSpaced(pattern: string): string {
  let out = '';
  for (const ch of pattern) {
    const f = fold(ch);
    if (f === SPACE) {
      if (out.length > 0 && !out.endsWith(SPACE)) out += SPACE;
    } else out += f;
  }
  return out.trim();
}

function normaliseCompact(pattern: string): string {
  let out = '';
  for (const ch of pattern) for (const u of fold(ch)) if (keepCompact(u)) out += u;
  return out;
}

interface Compiled {
  phrase: BannedPhrase;
  needle: string;
  compact: boolean;
  // Whether the needle's first/last unit must sit on a word boundary.
  boundStart: boolean;
  boundEnd: boolean;
}

const compiledMarkets = new Map<Market, Compiled[]>();

function compiled(market: Market): Compiled[] {
  let list = compiledMarkets.get(market);
  if (list) return list;
  list = [];
  const seen = new Set<string>();
  for (const phrase of bannedPhrasesFor(market)) {
    const compact = CJK_RE.test(phrase.pattern);
    const needle = compact ? normaliseCompact(phrase.pattern) : normaliseSpaced(phrase.pattern);
    const key = `${compact ? 'c' : 's'}:${needle}`;
    if (needle === '' || seen.has(key)) continue;
    seen.add(key);
    const edge = compact ? isLatinLetter : isWordUnit;
    list.push({ phrase, needle, compact, boundStart: edge(needle[0]), boundEnd: edge(needle[needle.length - 1]) });
  }
  compiledMarkets.set(market, list);
  return list;
}

/**
 * Banned phrases (global list plus the market's) found in a reply text, ordered by position.
 * Matching ignores case, full-width forms, accents and invisible characters; CJK phrases also
 * match with spaces or punctuation between their characters ("加 微 信"); Latin phrases match
 * whole words only. A match lying inside a longer match is left out. Indices refer to the
 * original text.
 */
export function findBannedPhrases(text: string, market: Market): BannedPhraseMatch[] {
  const list = compiled(market);
  if (text.length === 0) return [];
  const { spaced, compact } = streams(text);
  const found: BannedPhraseMatch[] = [];
  for (const c of list) {
    const s = c.compact ? compact : spaced;
    let at = s.text.indexOf(c.needle);
    while (at !== -1) {
      const last = at + c.needle.length - 1;
      const start = s.start[at] ?? 0;
      const end = s.end[last] ?? text.length;
      // Compact matches look at the original neighbours, where punctuation still separates words.
      const okStart = !c.boundStart || (c.compact ? !isLatinLetter(foldedBefore(text, start)?.slice(-1)) : !isWordUnit(s.text[at - 1]));
      const okEnd = !c.boundEnd || (c.compact ? !isLatinLetter(foldedAt(text, end)?.[0]) : !isWordUnit(s.text[last + 1]));
      if (okStart && okEnd) {
        found.push({ pattern: c.phrase.pattern, category: c.phrase.category, note: c.phrase.note, start, end });
      }
      at = s.text.indexOf(c.needle, at + 1);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop matches contained in an earlier, longer one ("微信" inside "加我微信").
  const result: BannedPhraseMatch[] = [];
  for (const m of found) {
    const outer = result.find((r) => r.start <= m.start && m.end <= r.end);
    if (!outer) result.push(m);
  }
  return result;
}
