import { CONTACT_DETAILS } from './contact';
import { gap, optional, words } from './rule';
import type { BannedPhrase } from './types';

// Rules for English replies, shared by the US and UK lists (and so by English replies in
// every market). Each needs two things near each other, which literal phrases cannot list.

// Plain words only, so that a text without one skips the rules at once (TextPattern.anchors).
const REVIEW = ['review', 'reviews', 'rating', 'ratings', 'feedback', 'testimonial', 'testimonials', 'star', 'stars'];
const RATING = [/[1-5] stars?/, 'positive', 'good', 'great', 'nice', 'perfect', 'top', 'honest', 'full'];
const REWARD = [
  'refund', 'refunds', 'full refund', 'partial refund', 'cash back', 'cashback', 'money back', /\d+ back/, /\d+ off/, 'rebate',
  'reward', 'rewards', 'gift', 'gifts', 'gift card', 'voucher', 'vouchers', 'coupon', 'coupons', 'discount', 'free', 'freebie',
  'free gift', 'free product', 'bonus', 'store credit', 'prize', 'paid', 'cash', 'money',
];
// "Leave a review for / and get / to receive a refund": the reward comes after.
const THEN = ['for', 'get', 'gets', 'getting', 'to get', 'and get', 'receive', 'to receive', 'and receive', 'earn', 'to earn', 'win', 'to win', 'we will', 'and we will'];
// "A refund for / if you leave / with every review": the reward comes first.
const FOR = ['for', 'if', 'when', 'after', 'once', 'with', 'in exchange for', 'in return for'];

const PAY = [
  'pay', 'paying', 'payment', 'payments', 'send payment', 'send the payment', 'send money', 'send the money',
  'transfer the money', 'transfer money', 'wire the money', 'wire money', 'send the funds', 'transfer the funds',
];
const CONTACT_VERBS = [
  'add', 'message', 'msg', 'text', 'txt', 'call', 'ring', 'contact', 'reach', 'dm', 'pm', 'ping', 'find', 'follow',
  'hit', 'chat with', 'talk to', 'write', 'write to', 'email', 'mail', 'phone', 'whatsapp', 'wa', 'ws',
];

export const ENGLISH_RULES: BannedPhrase[] = [
  {
    pattern: 'review … for a refund / cash back / gift',
    category: 'review_incentive',
    note: 'A reward promised for a (good) review.',
    rule: words(optional(...RATING), REVIEW, gap(1), THEN, gap(3), REWARD),
    example: 'Leave a 5-star review for refund of shipping!',
  },
  {
    pattern: 'refund / cash back / gift … for a review',
    category: 'review_incentive',
    note: 'A reward promised for a (good) review.',
    rule: words(REWARD, gap(3), FOR, gap(4), REVIEW),
    example: 'We refund you for a five star review',
  },
  {
    pattern: 'pay me',
    category: 'external_payment',
    note: 'Asks for a payment to the seller in person, outside the checkout.',
  },
  {
    pattern: 'pay … directly',
    category: 'external_payment',
    note: 'A direct payment bypasses the platform checkout.',
    rule: words(PAY, gap(3), ['directly', 'direct'], { ahead: ['tiktok', 'checkout', 'platform', 'app', 'you', 'your', 'shop'], within: 2, not: true }),
    example: 'Send payment through PayPal directly',
  },
  {
    pattern: 'pay / deal … outside the app',
    category: 'off_platform_contact',
    note: 'Moves the sale off the platform.',
    rule: words([...PAY, 'buy', 'order', 'deal', 'trade', 'talk', 'chat', 'continue', 'sell', 'purchase'], gap(2), ['outside', 'outside of', 'off'], optional('the'), ['app', 'platform', 'tiktok', 'shop', 'store', 'checkout', 'site', 'website']),
    example: 'You can pay outside the app via Zelle',
  },
  {
    pattern: 'pay … to my account',
    category: 'external_payment',
    note: 'A payment to the seller’s own account bypasses the checkout.',
    rule: words(['pay', 'send', 'transfer', 'deposit', 'wire'], gap(3), ['my'], ['account', 'bank account', 'bank', 'paypal', 'venmo', 'cash app', 'cashapp', 'zelle', 'card', 'wallet']),
    example: 'Transfer it to my bank account',
  },
  {
    pattern: 'message me on … (messenger, number, id)',
    category: 'off_platform_contact',
    note: 'Sends the buyer to a messenger, phone number or account outside the platform.',
    rule: words(CONTACT_VERBS, ['me', 'us'], gap(2), CONTACT_DETAILS),
    example: 'Add me on we chat',
  },
];
