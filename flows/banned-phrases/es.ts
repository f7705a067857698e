import { SPANISH_RULES } from './spanish';
import type { BannedPhrase } from './types';

/** TikTok Shop Spain. */
export const ES_BANNED_PHRASES: BannedPhrase[] = [
  { pattern: 'escríbeme por WhatsApp', category: 'off_platform_contact', note: 'Asks the buyer to continue on WhatsApp.' },
  { pattern: 'escríbeme al', category: 'off_platform_contact', needsContact: true, example: 'Escríbeme al 600 000 000', note: 'Gives an outside number to write to.' },
  { pattern: 'llámame al', category: 'off_platform_contact', needsContact: true, example: 'Llámame al 600 000 000', note: 'Gives an outside number to call.' },
  { pattern: 'mi número', category: 'off_platform_contact', needsContact: true, example: 'Este es mi número: 600 000 000', note: 'Shares a personal phone number.' },
  { pattern: 'mi teléfono', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'mi correo', category: 'off_platform_contact', note: 'Shares a personal email address.' },
  { pattern: 'wasap', category: 'off_platform_contact', note: 'Colloquial spelling of WhatsApp.' },
  { pattern: 'guasap', category: 'off_platform_contact', note: 'Colloquial spelling of WhatsApp.' },
  { pattern: 'fuera de la plataforma', category: 'off_platform_contact', note: 'Invites the buyer to deal off-platform.' },
  { pattern: 'transferencia bancaria', category: 'external_payment', note: 'Payment outside the platform checkout.' },
  { pattern: 'Bizum', category: 'external_payment', note: 'Direct payment outside the platform checkout.' },
  { pattern: 'págame directamente', category: 'external_payment', note: 'Direct payment outside the platform checkout.' },
  { pattern: 'PayPal amigos', category: 'external_payment', note: 'Direct PayPal payment without buyer protection.' },
  { pattern: 'reembolso por reseña de 5 estrellas', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'reembolso por una reseña', category: 'review_incentive', note: 'Paying for reviews is prohibited.' },
  { pattern: 'regalo por tu reseña', category: 'review_incentive', note: 'Gift for a review is prohibited.' },
  { pattern: 'producto gratis por reseña', category: 'review_incentive', note: 'Incentivised reviews are prohibited.' },
  { pattern: 'cura garantizada', category: 'misleading_claim', note: 'Medical / guaranteed-result claim.' },
  { pattern: 'resultados garantizados al 100%', category: 'misleading_claim', note: 'Guaranteed-result claim.' },
  ...SPANISH_RULES,
];
