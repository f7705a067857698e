import { BANNED_LISTS } from './lists';
import type { BannedPhrase, Market } from './types';

export { MARKETS, MarketSchema, BANNED_CATEGORIES } from './types';
export type { Market, BannedCategory, BannedListId, BannedPhrase, BannedPhraseMatch } from './types';
export { BANNED_LISTS, bannedListsFor } from './lists';
export { findBannedPhrases, type FindOptions } from './find';

/** The phrases of a market's own list, after the global list. */
export function bannedPhrasesFor(market: Market): readonly BannedPhrase[] {
  return [...BANNED_LISTS.GLOBAL, ...BANNED_LISTS[market]];
}
