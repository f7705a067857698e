/**
 * UI messages, one file per area and language (`en/<area>.json`, `zh/<area>.json`); every
 * area exists in both languages with the same keys (a test checks).
 */
import enShell from './en/shell.json';
import enSignIn from './en/signIn.json';
import enShops from './en/shops.json';
import zhShell from './zh/shell.json';
import zhSignIn from './zh/signIn.json';
import zhShops from './zh/shops.json';

export const MESSAGES = {
  en: { shell: enShell, signIn: enSignIn, shops: enShops },
  zh: { shell: zhShell, signIn: zhSignIn, shops: zhShops },
} as const;
