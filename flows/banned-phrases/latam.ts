import { VIA_CHECKOUT } from './contact';
import { SPANISH_RULES } from './spanish';
import type { BannedPhrase } from './types';

/** TikTok Shop Latin America (Mexico first): Spanish and Brazilian Portuguese phrasing, local payment rails. */
export const LATAM_BANNED_PHRASES: BannedPhrase[] = [
  { pattern: 'escríbeme por WhatsApp', category: 'off_platform_contact', note: 'Asks the buyer to continue on WhatsApp.' },
  { pattern: 'mándame WhatsApp', category: 'off_platform_contact', note: 'Asks the buyer to continue on WhatsApp.' },
  { pattern: 'escríbeme al', category: 'off_platform_contact', needsContact: true, example: 'Escríbeme al 55 1234 5678', note: 'Gives an outside number to write to.' },
  { pattern: 'márcame al', category: 'off_platform_contact', needsContact: true, example: 'Márcame al 55 1234 5678', note: 'Gives an outside number to call.' },
  { pattern: 'mi número', category: 'off_platform_contact', needsContact: true, example: 'Mi número es 55 1234 5678', note: 'Shares a personal phone number.' },
  { pattern: 'mi celular', category: 'off_platform_contact', note: 'Shares a personal phone number.' },
  { pattern: 'mi correo', category: 'off_platform_contact', note: 'Shares a personal email address.' },
  { pattern: 'wasap', category: 'off_platform_contact', note: 'Colloquial spelling of WhatsApp.' },
  { pattern: 'fuera de la plataforma', category: 'off_platform_contact', note: 'Invites the buyer to deal off-platform.' },
  { pattern: 'me chama no zap', category: 'off_platform_contact', note: 'Portuguese: "message me on WhatsApp".' },
  { pattern: 'meu número', category: 'off_platform_contact', needsContact: true, example: 'Meu número é 11 91234 5678', note: 'Portuguese: shares a personal phone number.' },
  { pattern: 'transferencia bancaria', category: 'external_payment', note: 'Payment outside the platform checkout.' },
  { pattern: 'depósito a mi cuenta', category: 'external_payment', note: 'Direct deposit outside the checkout.' },
  { pattern: 'Mercado Pago directo', category: 'external_payment', note: 'Direct Mercado Pago payment outside the checkout.' },
  { pattern: 'link de Mercado Pago', category: 'external_payment', note: 'Direct Mercado Pago payment outside the checkout.' },
  { pattern: 'OXXO fuera de la plataforma', category: 'external_payment', note: 'Cash payment at OXXO outside the checkout.' },
  { pattern: 'pago en OXXO directo', category: 'external_payment', note: 'Cash payment at OXXO outside the checkout.' },
  { pattern: 'SPEI', category: 'external_payment', unlessFollowedBy: VIA_CHECKOUT, example: 'Paga por SPEI', note: 'Direct bank transfer (Mexico) outside the checkout.' },
  { pattern: 'CLABE', category: 'external_payment', note: 'Sharing bank account details for a direct transfer.' },
  { pattern: 'pix direto', category: 'external_payment', note: 'Direct Pix payment (Brazil) outside the checkout.' },
  { pattern: 'reembolso por reseña de 5 estrellas', category: 'review_incentive', note: 'Paying for positive reviews is prohibited.' },
  { pattern: 'reembolso por una reseña', category: 'review_incentive', note: 'Paying for reviews is prohibited.' },
  { pattern: 'regalo por tu reseña', category: 'review_incentive', note: 'Gift for a review is prohibited.' },
  { pattern: 'producto gratis por reseña', category: 'review_incentive', note: 'Incentivised reviews are prohibited.' },
  { pattern: 'cashback por avaliação', category: 'review_incentive', note: 'Portuguese: paying for a review.' },
  { pattern: 'cura garantizada', category: 'misleading_claim', note: 'Medical / guaranteed-result claim.' },
  { pattern: 'aprobado por COFEPRIS', category: 'misleading_claim', note: 'Regulatory claim that needs proof.' },
  ...SPANISH_RULES,
];
