/** The UI language: the signed-in user's choice, else a cookie, else the browser's preference. */
import { cookies, headers } from 'next/headers';
import { LocaleSchema, type Locale } from '../../server/services/accounts';
import { currentActor } from '../server-context';

export const LOCALE_COOKIE = 'rf_locale';

export async function resolveLocale(): Promise<Locale> {
  const actor = await currentActor();
  if (actor) return actor.locale;
  const cookie = LocaleSchema.safeParse((await cookies()).get(LOCALE_COOKIE)?.value);
  if (cookie.success) return cookie.data;
  const accept = (await headers()).get('accept-language') ?? '';
  return /^\s*zh/i.test(accept) ? 'zh' : 'en';
}
