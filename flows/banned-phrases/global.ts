import type { BannedPhrase } from './types';

/** Applied in every market: messaging apps and payment services that take the buyer off-platform. */
export const GLOBAL_BANNED_PHRASES: BannedPhrase[] = [
  { pattern: 'WhatsApp', category: 'off_platform_contact', note: 'Moving the buyer to WhatsApp is not allowed on any marketplace.' },
  { pattern: 'whats app', category: 'off_platform_contact', note: 'Spaced spelling of WhatsApp.' },
  { pattern: 'wa.me', category: 'off_platform_contact', note: 'WhatsApp click-to-chat link.' },
  { pattern: 'Telegram', category: 'off_platform_contact', note: 'Moving the buyer to Telegram is not allowed.' },
  { pattern: 't.me/', category: 'off_platform_contact', note: 'Telegram link.' },
  { pattern: 'WeChat', category: 'off_platform_contact', note: 'Moving the buyer to WeChat is not allowed.' },
  { pattern: 'line id', category: 'off_platform_contact', note: 'Sharing a LINE account id.' },
  { pattern: 'Signal app', category: 'off_platform_contact', note: 'Moving the buyer to Signal.' },
  { pattern: 'Viber', category: 'off_platform_contact', note: 'Moving the buyer to Viber.' },
  { pattern: 'Skype', category: 'off_platform_contact', note: 'Moving the buyer to Skype.' },
  { pattern: 'paypal.me', category: 'external_payment', note: 'Direct PayPal payment link bypasses the platform checkout.' },
  { pattern: 'Western Union', category: 'external_payment', note: 'Money transfer outside the platform checkout.' },
  { pattern: 'USDT', category: 'external_payment', note: 'Crypto payment outside the platform checkout.' },
];
