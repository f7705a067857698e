import { getRequestConfig } from 'next-intl/server';
import { resolveLocale } from './locale';
import { MESSAGES } from './messages';

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: MESSAGES[locale], timeZone: 'UTC' };
});
