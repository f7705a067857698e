import { CN_BANNED_PHRASES } from './cn';
import { ES_BANNED_PHRASES } from './es';
import { CJK_RE } from './fold';
import { GLOBAL_BANNED_PHRASES } from './global';
import { LATAM_BANNED_PHRASES } from './latam';
import { MY_BANNED_PHRASES } from './my';
import type { BannedListId, BannedPhrase, Market } from './types';
import { UK_BANNED_PHRASES } from './uk';
import { US_BANNED_PHRASES } from './us';

/** Every list by id. */
export const BANNED_LISTS: Readonly<Record<BannedListId, readonly BannedPhrase[]>> = {
  GLOBAL: GLOBAL_BANNED_PHRASES,
  CN: CN_BANNED_PHRASES,
  US: US_BANNED_PHRASES,
  UK: UK_BANNED_PHRASES,
  MY: MY_BANNED_PHRASES,
  ES: ES_BANNED_PHRASES,
  LATAM: LATAM_BANNED_PHRASES,
};

// A reply is read with the lists of the markets that write its language: a Chinese reply in a
// Malaysian shop is checked against the CN list too, a Spanish one in a US shop against ES and LATAM.
const BY_LANGUAGE: Readonly<Record<string, readonly Market[]>> = {
  zh: ['CN'],
  es: ['ES', 'LATAM'],
  pt: ['LATAM'],
  ms: ['MY'],
  id: ['MY'],
  en: ['US', 'UK'],
};
// A region narrows it down: en-GB is British English, es-MX Latin American Spanish.
const BY_REGION: Readonly<Record<string, readonly Market[]>> = {
  'en-gb': ['UK'],
  'en-us': ['US'],
  'es-es': ['ES'],
};

function languageLists(language: string): readonly Market[] {
  const code = language.toLowerCase();
  const [primary = '', region] = code.split('-');
  const byRegion = BY_REGION[code];
  if (byRegion) return byRegion;
  if (primary === 'es' && region !== undefined) return ['LATAM'];
  return BY_LANGUAGE[primary] ?? [];
}

/**
 * The lists a text is checked against, in order: the global list, the market's, those of the
 * text's language (a language code such as "zh", "es-MX"), and the CN list for text written in
 * Chinese characters whatever its declared language.
 */
export function bannedListsFor(market: Market, language?: string, text = ''): BannedListId[] {
  const ids: BannedListId[] = ['GLOBAL', market];
  if (language !== undefined) ids.push(...languageLists(language));
  if (CJK_RE.test(text)) ids.push('CN');
  return [...new Set(ids)];
}
