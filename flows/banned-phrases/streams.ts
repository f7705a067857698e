import { DROP, MARK_RE, SPACE, fold, isCjk, isWordChar } from './fold';
import { cjkRatingDigit, ratingDigit } from './number-words';

/**
 * A normalised form of a text that remembers, for every UTF-16 unit, the span of original
 * text it came from (start inclusive, end exclusive), so matches can be shown where they are.
 */
export interface Stream {
  text: string;
  start: number[];
  end: number[];
}

/**
 * The two forms every text is read in:
 * - `spaced`: words (lower case, no accents, half-width) separated by one space; hyphens,
 *   slashes and other punctuation are spaces, apostrophes vanish ("what's" → "whats"), a word
 *   spelt out letter by letter is joined ("W h a t s A p p" → "whatsapp"), number words before
 *   a star word are digits ("five-star" → "5 star"); "," stands for a comma or colon and "|"
 *   for the end of a sentence, each as a word of its own. Latin phrases and rules read this.
 * - `compact`: letters and digits only, "|" at sentence ends, "➕" read as 加 ("➕微信") and
 *   "五星" as "5星". Chinese phrases read this, so "加 微 信" and "加-微-信" still match.
 */
export interface Streams {
  spaced: Stream;
  compact: Stream;
  /** The words of the spaced form, to rule out most phrases at a glance. */
  words: ReadonlySet<string>;
}

const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02BC', '`', '\u00B4']);
// Line breaks are spaces here, so that a phrase split over two lines is still found; negation.ts
// takes them as the end of a clause.
const STRONG = new Set(['!', '?', ';', '\u3002', '\u2026']);
const WEAK = new Set([',', ':', '\u2014', '\u2013']);
const HEAVY_PLUS = '\u2795';

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

const NONE = 0;
const LATIN = 1;
const CJK = 2;
const MARK = 3;

// Builds a Stream unit by unit.
class Builder {
  text = '';
  readonly start: number[] = [];
  readonly end: number[] = [];
  push(u: string, from: number, to: number): void {
    this.text += u;
    for (let k = 0; k < u.length; k++) {
      this.start.push(from);
      this.end.push(to);
    }
  }
  /** Units copied one to one from the text starting at `from`. */
  pushRun(u: string, from: number): void {
    this.text += u;
    for (let k = 0; k < u.length; k++) {
      this.start.push(from + k);
      this.end.push(from + k + 1);
    }
  }
  /** Replaces the last unit, keeping its span. */
  replaceLast(u: string): void {
    this.text = this.text.slice(0, -1) + u;
  }
  /** Stretches the span of the last unit when it ends at `from`. */
  stretchLast(from: number, to: number): void {
    const n = this.end.length - 1;
    if (this.end[n] === from) this.end[n] = to;
  }
  stream(): Stream {
    return { text: this.text, start: this.start, end: this.end };
  }
}

// Reads a text once, building both forms; the rarer rewrites (spelled-out words, ratings) follow.
class Reader {
  readonly spaced = new Builder();
  readonly compact = new Builder();
  private last = NONE; // what the spaced form ends with
  private gap = false; // a separator since then
  private prevEnd = 0;
  private plusAt = -1; // end of a "+" right before, which may stand for 加
  private heavyPlus = false;

  constructor(private readonly withCompact: boolean) {}

  /** Letters of one word: one character, or a run of ASCII letters and digits (one unit each). */
  word(u: string, from: number, to: number, cjk: boolean): void {
    const kind = cjk ? CJK : LATIN;
    if (this.last !== NONE && (this.gap || this.last !== kind)) this.spaced.push(' ', this.prevEnd, this.prevEnd);
    const run = to - from === u.length && u.length > 1;
    if (run) this.spaced.pushRun(u, from);
    else this.spaced.push(u, from, to);
    this.last = kind;
    this.gap = false;
    this.prevEnd = to;
    if (u === '@' || !this.withCompact) return;
    if (this.plusAt === from && (this.heavyPlus || cjk)) this.compact.push('加', from - 1, from);
    if (run) this.compact.pushRun(u, from);
    else this.compact.push(u, from, to);
  }

  mark(m: ',' | '|', from: number, to: number): void {
    if (m === '|' && this.withCompact && !this.compact.text.endsWith('|')) this.compact.push('|', from, to);
    // "!!" or ", —" is one break; a sentence end wins over a comma.
    if (this.last === MARK) {
      if (m === '|') this.spaced.replaceLast('|');
      return;
    }
    if (this.last !== NONE) this.spaced.push(' ', this.prevEnd, this.prevEnd);
    this.spaced.push(m, from, to);
    this.last = MARK;
    this.prevEnd = to;
  }

  separator(): void {
    this.gap = true;
  }

  plus(end: number, heavy: boolean): void {
    this.plusAt = end;
    this.heavyPlus = heavy;
    this.gap = true;
  }

  // A combining mark written separately still belongs to the letter before it.
  combining(from: number, to: number): void {
    this.spaced.stretchLast(from, to);
    this.compact.stretchLast(from, to);
    if (this.prevEnd === from) this.prevEnd = to;
  }

  read(text: string): void {
    for (let i = 0; i < text.length; ) {
      const from = i;
      const c = text.charCodeAt(i);
      if (isAsciiAlnum(c)) {
        // A run of ASCII letters and digits goes in at once: most texts are mostly that.
        while (i < text.length && isAsciiAlnum(text.charCodeAt(i))) i++;
        this.word(text.slice(from, i).toLowerCase(), from, i, false);
        continue;
      }
      if (c < 128) {
        i++;
        if (c === 46) {
          // "wa.me", "4.5": a dot inside a word is only a separator; before a space it ends a sentence.
          const next = text[i];
          if (next !== undefined && isWordChar(fold(next))) this.separator();
          else this.mark('|', from, i);
        } else if (c === 33 || c === 63 || c === 59) this.mark('|', from, i);
        else if (c === 44 || c === 58) this.mark(',', from, i);
        else if (c === 45 && /\s/.test(text[from - 1] ?? '')) this.mark(',', from, i);
        else if (c === 64) this.word('@', from, i, false);
        else if (c === 43) this.plus(i, false);
        else if (c !== 39 && c !== 96) this.separator();
        continue;
      }
      if (c >= 0x4e00 && c <= 0x9fff) {
        // Common Chinese characters fold to themselves.
        i++;
        this.word(text[from] as string, from, i, true);
        continue;
      }
      const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
      i += ch.length;
      this.readOther(ch, from, i);
    }
  }

  private readOther(ch: string, from: number, to: number): void {
    if (APOSTROPHES.has(ch)) return;
    if (STRONG.has(ch)) return this.mark('|', from, to);
    if (ch === HEAVY_PLUS) return this.plus(to, true);
    const f = fold(ch);
    if (f === DROP) {
      if (MARK_RE.test(ch)) this.combining(from, to);
      return;
    }
    if (f === SPACE) return this.separator();
    if (STRONG.has(f) || f === '.') return this.mark('|', from, to);
    if (WEAK.has(f)) return this.mark(',', from, to);
    if (f === '+') return this.plus(to, false);
    for (const u of f) {
      if (u === '@' || isWordChar(u)) this.word(u, from, to, isCjk(u));
      else this.separator();
    }
  }
}

function build(text: string, withCompact: boolean): Streams {
  const reader = new Reader(withCompact);
  reader.read(text);
  const spaced = rewriteSpaced(reader.spaced.stream());
  return { spaced, compact: rewriteCompact(reader.compact.stream()), words: new Set(spaced.text.split(' ')) };
}

// "W h a t s A p p" → "whatsapp": three or more single letters in a row are one word. Two are
// left alone, since "a" and "I" stand next to each other in ordinary sentences.
const SPELLED_OUT_RE = /(?<![^ ])[a-z](?: [a-z]){2,}(?![^ ])/g;
// "five star" → "5 star" (number-words.ts).
const RATING_RE = /(?<![^ ])([a-z]+)(?= (?:stars?|estrellas?|estrelas?|bintang)(?![^ ]))/g;

// Quick looks before the rewrites, which most texts do not need.
const MAY_BE_SPELLED_OUT_RE = /(?:^| )[a-z] [a-z] [a-z](?: |$)/;
const HAS_STAR_WORD_RE = / (?:stars?|estrellas?|estrelas?|bintang)(?![^ ])/;

function rewriteSpaced(s: Stream): Stream {
  const spelled = MAY_BE_SPELLED_OUT_RE.test(s.text);
  const rated = HAS_STAR_WORD_RE.test(s.text);
  if (!spelled && !rated) return s;
  // Units to drop (the spaces between spelled-out letters) and words to replace by a digit.
  const drop = new Set<number>();
  if (spelled) for (const m of s.text.matchAll(SPELLED_OUT_RE)) for (let k = m.index + 1; k < m.index + m[0].length; k += 2) drop.add(k);
  const digits = new Map<number, [string, number]>();
  if (rated) {
    for (const m of s.text.matchAll(RATING_RE)) {
      const next = /^ ([a-z]+)/.exec(s.text.slice(m.index + m[0].length))?.[1];
      const digit = ratingDigit(m[0], next);
      if (digit !== undefined) digits.set(m.index, [digit, m[0].length]);
    }
  }
  const out = new Builder();
  for (let k = 0; k < s.text.length; k++) {
    const replaced = digits.get(k);
    if (replaced) {
      const [digit, length] = replaced;
      out.push(digit, s.start[k] ?? 0, s.end[k + length - 1] ?? 0);
      k += length - 1;
    } else if (!drop.has(k)) out.push(s.text[k] as string, s.start[k] ?? 0, s.end[k] ?? 0);
  }
  return out.stream();
}

// "五星" → "5星"; one character for one, so the spans stay as they are.
function rewriteCompact(s: Stream): Stream {
  if (!s.text.includes('星')) return s;
  return { ...s, text: s.text.replace(/[一二两三四五](?=星)/g, (ch, at: number) => cjkRatingDigit(ch, s.text[at + 1]) ?? ch) };
}

/** Both normalised forms of a text (see Streams); without `compact`, the compact form is left empty. */
export function streams(text: string, compact = true): Streams {
  return build(text, compact);
}

/** The spaced form of a phrase, to compare with the spaced form of a text. */
export function spacedForm(phrase: string): string {
  return build(phrase, false)
    .spaced.text.replace(/(^| )[,|](?= |$)/g, '')
    .trim();
}

/** The compact form of a phrase, to compare with the compact form of a text. */
export function compactForm(phrase: string): string {
  return build(phrase, true).compact.text.replace(/\|/g, '');
}
