import { VIA_CHECKOUT } from './contact';
import { ENGLISH_RULES } from './english';
import type { BannedPhrase } from './types';

/** TikTok Shop US: off-platform contact, direct payments, review incentives, unsupported claims. */
export const US_BANNED_PHRASES: BannedPhrase[] = [
  { pattern: 'WhatsApp me', category: 'off_platform_contact', note: 'Asks the buyer to continue on WhatsApp.' },
  { pattern: 'text me on', category: 'off_platform_contact', needsContact: true, example: 'Just text me on 555-0100', note: 'Asks the buyer to text outside the platform.' },
  { pattern: 'text me at', category: 'off_platform_contact', needsContact: true, example: 'Text me at 555 0100', note: 'Asks the buyer to text outside the platform.' },
  { pattern: 'call me on', category: 'off_platform_contact', needsContact: true, example: 'Call me on 0800 123 456', note: 'Asks the buyer to call outside the platform.' },
  { pattern: 'my phone number', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'my number is', category: 'off_platform_contact', needsContact: true, example: 'My number is 555-0100', note: 'Shares a personal phone number.' },
  { pattern: 'my email is', category: 'off_platform_contact', note: 'Shares a personal email address.' },
  { pattern: 'email me at', category: 'off_platform_contact', note: 'Moves the conversation to email.' },
  { pattern: 'DM me on Instagram', category: 'off_platform_contact', note: 'Moves the conversation to Instagram.' },
  { pattern: 'outside the platform', category: 'off_platform_contact', note: 'Invites the buyer to deal off-platform.' },
  { pattern: 'outside of TikTok', category: 'off_platform_contact', note: 'Invites the buyer to deal off-platform.' },
  { pattern: 'pay via PayPal directly', category: 'external_payment', note: 'Direct payment bypasses the platform checkout.' },
  { pattern: 'pay me directly', category: 'external_payment', note: 'Direct payment bypasses the platform checkout.' },
  { pattern: 'PayPal friends and family', category: 'external_payment', note: 'Direct payment without buyer protection.' },
  { pattern: 'bank transfer', category: 'external_payment', unlessFollowedBy: VIA_CHECKOUT, example: 'We accept bank transfer', note: 'Payment outside the platform checkout.' },
  { pattern: 'wire transfer', category: 'external_payment', note: 'Payment outside the platform checkout.' },
  { pattern: 'Venmo', category: 'external_payment', note: 'Payment outside the platform checkout.' },
  { pattern: 'Zelle', category: 'external_payment', note: 'Payment outside the platform checkout.' },
  { pattern: 'Cash App', category: 'external_payment', note: 'Payment outside the platform checkout.' },
  { pattern: 'gift card payment', category: 'external_payment', note: 'Gift-card payment is a common scam pattern.' },
  { pattern: 'cash back for a 5-star review', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'cash back for a five-star review', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'refund for a positive review', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'refund for a 5-star review', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'free product for review', category: 'review_incentive', note: 'Incentivised reviews are prohibited.' },
  { pattern: 'free product for a review', category: 'review_incentive', note: 'Incentivised reviews are prohibited.' },
  { pattern: 'leave a 5-star review and get', category: 'review_incentive', note: 'Incentivised reviews are prohibited.' },
  { pattern: 'gift card for a review', category: 'review_incentive', note: 'Incentivised reviews are prohibited.' },
  { pattern: 'FDA approved', category: 'misleading_claim', note: 'Regulatory claim that needs proof; usually false for listed goods.' },
  { pattern: 'cures cancer', category: 'misleading_claim', note: 'Medical claim.' },
  { pattern: '100% guaranteed results', category: 'misleading_claim', note: 'Guaranteed-result claim.' },
  ...ENGLISH_RULES,
];
