import { CONTACT_DETAILS, VIA_CHECKOUT } from './contact';
import { gap, optional, words } from './rule';
import type { BannedPhrase } from './types';

const REVIEW = ['ulasan', 'review', 'penilaian', 'rating', 'bintang'];
const REWARD = [
  'cashback', 'cash back', 'rebat', 'rebate', 'hadiah', 'baucar', 'voucher', 'duit', 'wang', 'duit balik', 'percuma', 'free',
  'refund', 'pulangan', 'diskaun', 'ganjaran', /rm ?\d+/,
];
const PRONOUNS = ['saya', 'kami', 'aku', 'sy', 'me', 'kita'];

/** TikTok Shop Malaysia: Malay and English phrasing. */
export const MY_BANNED_PHRASES: BannedPhrase[] = [
  { pattern: 'whatsapp saya', category: 'off_platform_contact', note: 'Asks the buyer to continue on WhatsApp.' },
  { pattern: 'WhatsApp me', category: 'off_platform_contact', note: 'Asks the buyer to continue on WhatsApp.' },
  { pattern: 'wasap', category: 'off_platform_contact', note: 'Colloquial spelling of WhatsApp.' },
  { pattern: 'WA saya', category: 'off_platform_contact', note: 'Short for "WhatsApp saya".' },
  { pattern: 'hubungi saya di', category: 'off_platform_contact', needsContact: true, example: 'Sila hubungi saya di 012-3456789', note: 'Gives an outside contact ("contact me at").' },
  { pattern: 'nombor telefon saya', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'no telefon saya', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'telegram saya', category: 'off_platform_contact', note: 'Moves the buyer to Telegram.' },
  { pattern: 'luar platform', category: 'off_platform_contact', note: 'Invites the buyer to deal off-platform.' },
  { pattern: 'my phone number', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'pindahan bank', category: 'external_payment', note: 'Bank transfer outside the platform checkout.' },
  { pattern: 'bank in ke akaun', category: 'external_payment', note: 'Direct bank deposit ("bank in to my account") outside the checkout.' },
  { pattern: 'DuitNow', category: 'external_payment', note: 'Direct payment outside the platform checkout.' },
  { pattern: "Touch 'n Go", category: 'external_payment', note: 'E-wallet payment outside the platform checkout.' },
  { pattern: 'bank transfer', category: 'external_payment', unlessFollowedBy: VIA_CHECKOUT, example: 'Boleh bank transfer', note: 'Payment outside the platform checkout.' },
  { pattern: 'cashback untuk review', category: 'review_incentive', note: 'Paying for reviews is prohibited.' },
  { pattern: 'cashback untuk ulasan', category: 'review_incentive', note: 'Paying for reviews is prohibited.' },
  { pattern: 'hadiah untuk ulasan', category: 'review_incentive', note: 'Gift for a review is prohibited.' },
  { pattern: 'review 5 bintang dapat', category: 'review_incentive', note: 'Reward for a 5-star review.' },
  { pattern: 'cash back for a 5-star review', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'dijamin 100% berkesan', category: 'misleading_claim', note: 'Guaranteed-result claim.' },
  { pattern: 'lulus KKM', category: 'misleading_claim', note: 'Regulatory (Ministry of Health) claim that needs proof.' },
  {
    pattern: 'ulasan 5 bintang dapat …',
    category: 'review_incentive',
    note: 'A reward promised for a (good) review.',
    rule: words(optional(/[1-5]/), REVIEW, gap(2), ['dapat', 'dapatkan', 'boleh dapat', 'akan dapat', 'terus dapat', 'terima', 'akan terima', 'untuk dapat', 'get'], gap(3), REWARD),
    example: 'Bagi 5 bintang dapat cashback',
  },
  {
    pattern: 'cashback … untuk ulasan',
    category: 'review_incentive',
    note: 'A reward promised for a (good) review.',
    rule: words(REWARD, gap(3), ['untuk', 'bagi', 'atas', 'jika', 'kalau', 'selepas', 'lepas', 'dengan', 'for'], gap(4), REVIEW),
    example: 'Dapat RM5 cashback untuk setiap ulasan 5 bintang',
  },
  {
    pattern: 'WS / WA saya',
    category: 'off_platform_contact',
    note: 'The messenger used as a verb ("WhatsApp me").',
    rule: words(['ws', 'wa', 'wasap', 'watsap', 'whatsap', 'wassap'], PRONOUNS),
    example: 'WS saya',
  },
  {
    pattern: 'mesej saya di … (messenger, nombor)',
    category: 'off_platform_contact',
    note: 'Sends the buyer to a messenger, phone number or account outside the platform.',
    rule: words(['mesej', 'msg', 'call', 'telefon', 'tambah', 'add', 'pm', 'dm', 'text', 'cari'], PRONOUNS, gap(2), CONTACT_DETAILS),
    example: 'Tambah saya di WeChat',
  },
  {
    pattern: 'bank in / bayar terus',
    category: 'external_payment',
    note: 'A direct payment or transfer to the seller, outside the checkout.',
    rule: words(
      ['bank in', 'bankin', 'transfer', 'bayar', 'bayaran', 'pindahan', 'pindah', 'deposit', 'masuk', 'masukkan'],
      gap(2),
      ['terus', 'direct', 'directly', 'ke akaun saya', 'akaun saya', 'kepada saya', 'ke saya', 'dekat saya', 'akaun peribadi'],
      // "transfer terus ke akaun Shopee anda" is a refund through the platform.
      { ahead: ['shopee', 'lazada', 'tiktok', 'anda', 'aplikasi', 'app', 'platform'], within: 3, not: true },
    ),
    example: 'Boleh bank in terus',
  },
];
