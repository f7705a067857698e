import { collectSpans, compile, type Compiled } from './compile';
import { BANNED_LISTS, bannedListsFor } from './lists';
import { Memo } from './memo';
import { isNegated } from './negation';
import { streams } from './streams';
import type { BannedListId, BannedPhraseMatch, Market } from './types';

export interface FindOptions {
  /** Language code of the text ("zh", "es-MX"): its lists are applied on top of the market's. */
  language?: string;
  /** Also return findings in warnings not to do it ("请勿加微信"), marked `negated`. */
  includeNegated?: boolean;
}

interface Plan {
  entries: Array<{ compiled: Compiled; list: BannedListId }>;
  /** Whether a phrase of the compact form (Chinese) is among them. */
  compact: boolean;
}

// What to look for with a set of lists, each phrase once (the first list that has it names it).
const plans = new Map<string, Plan>();

function planFor(lists: readonly BannedListId[]): Plan {
  const key = lists.join(',');
  let plan = plans.get(key);
  if (plan) return plan;
  const seen = new Set<string>();
  plan = { entries: [], compact: false };
  for (const list of lists) {
    for (const phrase of BANNED_LISTS[list]) {
      const compiled = compile(phrase);
      if (compiled === null || seen.has(compiled.key)) continue;
      seen.add(compiled.key);
      plan.entries.push({ compiled, list });
      if (compiled.stream === 'compact') plan.compact = true;
    }
  }
  plans.set(key, plan);
  return plan;
}

const memo = new Memo<readonly BannedPhraseMatch[]>();

/**
 * Banned phrases and rules found in a reply text, ordered by position: the global list, the
 * market's, and those of the text's language (see bannedListsFor). Matching ignores case,
 * full-width forms, accents, invisible characters, hyphens and letter-by-letter spelling;
 * Chinese phrases also match with spaces or punctuation between their characters. A match
 * lying inside a longer one is left out, and so, unless asked for, is one in a warning not to
 * do it ("we never ask you to pay by bank transfer"). Indices refer to the original text.
 */
export function findBannedPhrases(text: string, market: Market, options: FindOptions = {}): BannedPhraseMatch[] {
  if (text.trim() === '') return [];
  const key = `${market}\u0000${options.language ?? ''}\u0000${text}`;
  let all = memo.get(key);
  if (all === undefined) {
    all = scan(text, market, options.language);
    memo.set(key, all);
  }
  // Copies, so that a caller changing a match does not change the kept result.
  return all.filter((m) => options.includeNegated || !m.negated).map((m) => ({ ...m }));
}

// Every match, negated or not, outermost only.
function scan(text: string, market: Market, language: string | undefined): BannedPhraseMatch[] {
  const plan = planFor(bannedListsFor(market, language, text));
  const forms = streams(text, plan.compact);
  const found: BannedPhraseMatch[] = [];
  const spans: Array<[number, number]> = [];
  for (const { compiled, list } of plan.entries) {
    spans.length = 0;
    collectSpans(compiled, forms, text, spans);
    for (const [start, end] of spans) {
      const { pattern, category, note, rule } = compiled.phrase;
      found.push({ pattern, category, note, start, end, list, rule: rule !== undefined, negated: false });
    }
  }
  for (const m of found) m.negated = isNegated(text, m.start, m.end, m.rule, language);
  // Drop matches contained in an earlier, longer one ("微信" inside "加我微信"); a negated match
  // does not hide one that is not ("…not…" inside a long rule match leaves the phrase before it).
  found.sort((a, b) => Number(a.negated) - Number(b.negated) || a.start - b.start || b.end - a.end);
  const outer: BannedPhraseMatch[] = [];
  for (const m of found) {
    if (!outer.some((r) => r.start <= m.start && m.end <= r.end)) outer.push(m);
  }
  return outer.sort((a, b) => a.start - b.start || b.end - a.end);
}
