import { z } from 'zod';

/** Country shops that have their own banned-phrase list. */
export const MARKETS = ['CN', 'US', 'UK', 'MY', 'ES', 'LATAM'] as const;
export type Market = (typeof MARKETS)[number];
export const MarketSchema = z.enum(MARKETS);

/** A list of banned phrases: the one applied everywhere, or a market's. */
export type BannedListId = 'GLOBAL' | Market;

export const BANNED_CATEGORIES = ['off_platform_contact', 'external_payment', 'review_incentive', 'misleading_claim'] as const;
export type BannedCategory = (typeof BANNED_CATEGORIES)[number];

/** A regular expression over one of the normalised forms of a text (see streams.ts and rule.ts). */
export interface TextPattern {
  stream: 'spaced' | 'compact';
  source: string;
  /**
   * Groups of which one member each must occur for the pattern to match: words of the spaced
   * form, or strings of the compact form. Most texts skip the regular expression this way.
   */
  anchors: readonly (readonly string[])[];
}

/**
 * A phrase a platform forbids in replies, matched after normalisation (case, width, accents,
 * spacing, hyphens, number words), or a rule for what literal phrases cannot list (a review
 * word near a reward word, a contact verb near a messenger).
 */
export interface BannedPhrase {
  /** The phrase as written; for a rule, a short name of what it catches. */
  pattern: string;
  category: BannedCategory;
  note: string;
  /** Makes this entry a rule: matched instead of the literal pattern. */
  rule?: TextPattern;
  /**
   * Only banned when a contact detail (number, id, e-mail, messenger) follows: "mi número: 600…",
   * not "mi número de pedido". Latin-script phrases only.
   */
  needsContact?: boolean;
  /** Words that make the phrase innocent when they follow it ("私聊客服" is the shop's own chat). */
  unlessFollowedBy?: readonly string[];
  /** A reply the entry catches; every rule and conditional phrase has one, and the tests check them. */
  example?: string;
}

/** A banned phrase found in a text; start/end are UTF-16 indices into the original text (end exclusive). */
export interface BannedPhraseMatch {
  /** The phrase, or the name of the rule, that matched. */
  pattern: string;
  category: BannedCategory;
  note: string;
  start: number;
  end: number;
  /** The list the phrase or rule belongs to. */
  list: BannedListId;
  /** Whether a rule (rather than a literal phrase) matched. */
  rule: boolean;
  /** The text tells buyers not to do it ("never pay by bank transfer", "请勿加微信"). */
  negated: boolean;
}
