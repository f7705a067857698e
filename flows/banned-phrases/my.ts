import type { BannedPhrase } from './index';

/** TikTok Shop Malaysia: Malay and English phrasing. */
export const MY_BANNED_PHRASES: BannedPhrase[] = [
  { pattern: 'whatsapp saya', category: 'off_platform_contact', note: 'Asks the buyer to continue on WhatsApp.' },
  { pattern: 'WhatsApp me', category: 'off_platform_contact', note: 'Asks the buyer to continue on WhatsApp.' },
  { pattern: 'wasap', category: 'off_platform_contact', note: 'Colloquial spelling of WhatsApp.' },
  { pattern: 'WA saya', category: 'off_platform_contact', note: 'Short for "WhatsApp saya".' },
  { pattern: 'hubungi saya di', category: 'off_platform_contact', note: 'Gives an outside contact ("contact me at").' },
  { pattern: 'nombor telefon saya', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'no telefon saya', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'telegram saya', category: 'off_platform_contact', note: 'Moves the buyer to Telegram.' },
  { pattern: 'luar platform', category: 'off_platform_contact', note: 'Invites the buyer to deal off-platform.' },
  { pattern: 'my phone number', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'pindahan bank', category: 'external_payment', note: 'Bank transfer outside the platform checkout.' },
  { pattern: 'transfer terus', category: 'external_payment', note: 'Direct transfer outside the platform checkout.' },
  { pattern: 'bayar terus', category: 'external_payment', note: 'Direct payment outside the platform checkout.' },
  { pattern: 'bank in ke akaun', category: 'external_payment', note: 'Direct bank deposit ("bank in to my account") outside the checkout.' },
  { pattern: 'DuitNow', category: 'external_payment', note: 'Direct payment outside the platform checkout.' },
  { pattern: "Touch 'n Go", category: 'external_payment', note: 'E-wallet payment outside the platform checkout.' },
  { pattern: 'bank transfer', category: 'external_payment', note: 'Payment outside the platform checkout.' },
  { pattern: 'cashback untuk review', category: 'review_incentive', note: 'Paying for reviews is prohibited.' },
  { pattern: 'cashback untuk ulasan', category: 'review_incentive', note: 'Paying for reviews is prohibited.' },
  { pattern: 'hadiah untuk ulasan', category: 'review_incentive', note: 'Gift for a review is prohibited.' },
  { pattern: 'review 5 bintang dapat', category: 'review_incentive', note: 'Reward for a 5-star review.' },
  { pattern: 'cash back for a 5-star review', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'dijamin 100% berkesan', category: 'misleading_claim', note: 'Guaranteed-result claim.' },
  { pattern: 'lulus KKM', category: 'misleading_claim', note: 'Regulatory (Ministry of Health) claim that needs proof.' },
];
