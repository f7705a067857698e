import { VIA_CHECKOUT } from './contact';
import { ENGLISH_RULES } from './english';
import type { BannedPhrase } from './types';

/** TikTok Shop UK: as the US, with UK payment habits (bank transfer, sort code). */
export const UK_BANNED_PHRASES: BannedPhrase[] = [
  { pattern: 'WhatsApp me', category: 'off_platform_contact', note: 'Asks the buyer to continue on WhatsApp.' },
  { pattern: 'text me on', category: 'off_platform_contact', needsContact: true, example: 'Text me on 07700 900123', note: 'Asks the buyer to text outside the platform.' },
  { pattern: 'ring me on', category: 'off_platform_contact', needsContact: true, example: 'Ring me on 07700 900123', note: 'Asks the buyer to call outside the platform.' },
  { pattern: 'call me on', category: 'off_platform_contact', needsContact: true, example: 'Call me on 07700 900123', note: 'Asks the buyer to call outside the platform.' },
  { pattern: 'my phone number', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'my mobile number', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'my number is', category: 'off_platform_contact', needsContact: true, example: 'My number is 07700 900123', note: 'Shares a personal phone number.' },
  { pattern: 'my email is', category: 'off_platform_contact', note: 'Shares a personal email address.' },
  { pattern: 'email me at', category: 'off_platform_contact', note: 'Moves the conversation to email.' },
  { pattern: 'outside the platform', category: 'off_platform_contact', note: 'Invites the buyer to deal off-platform.' },
  { pattern: 'outside of TikTok', category: 'off_platform_contact', note: 'Invites the buyer to deal off-platform.' },
  { pattern: 'pay via PayPal directly', category: 'external_payment', note: 'Direct payment bypasses the platform checkout.' },
  { pattern: 'pay me directly', category: 'external_payment', note: 'Direct payment bypasses the platform checkout.' },
  { pattern: 'PayPal friends and family', category: 'external_payment', note: 'Direct payment without buyer protection.' },
  { pattern: 'bank transfer', category: 'external_payment', unlessFollowedBy: VIA_CHECKOUT, example: 'We accept bank transfer', note: 'Payment outside the platform checkout.' },
  { pattern: 'sort code', category: 'external_payment', note: 'Sharing bank details for a direct payment.' },
  { pattern: 'Faster Payments', category: 'external_payment', note: 'Direct bank payment outside the checkout.' },
  { pattern: 'Revolut me', category: 'external_payment', note: 'Direct payment outside the checkout.' },
  { pattern: 'cash back for a 5-star review', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'refund for a positive review', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'refund for a 5-star review', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'free product for review', category: 'review_incentive', note: 'Incentivised reviews are prohibited.' },
  { pattern: 'free product for a review', category: 'review_incentive', note: 'Incentivised reviews are prohibited.' },
  { pattern: 'voucher for a review', category: 'review_incentive', note: 'Incentivised reviews are prohibited.' },
  { pattern: 'MHRA approved', category: 'misleading_claim', note: 'Regulatory claim that needs proof.' },
  { pattern: '100% guaranteed results', category: 'misleading_claim', note: 'Guaranteed-result claim.' },
  ...ENGLISH_RULES,
];
