import { CONTACT_DETAILS } from './contact';
import { gap, optional, words } from './rule';
import type { BannedPhrase } from './types';

// Rules for Spanish (and the Portuguese of Brazil) replies, shared by the ES and LATAM lists.
// Accents need not be written: "reseña" here also matches "resena".

const REVIEW = [
  'reseña', 'reseñas', 'opinión', 'opiniones', 'valoración', 'valoraciones', 'calificación', 'calificaciones',
  'comentario positivo', 'buen comentario', 'review', 'estrella', 'estrellas', 'avaliação', 'avaliações', 'estrela', 'estrelas',
];
const RATING = [/[1-5] estrellas?/, 'buena', 'positiva', 'excelente'];
const REWARD = [
  'reembolso', 'reembolsamos', 'te reembolsamos', 'reembolsar', 'devolvemos el dinero', 'te devolvemos el dinero', 'devolvemos tu dinero',
  'devolución del dinero', 'devolución de dinero', 'regalo', 'regalos', 'te regalo', 'te regalamos', 'regalamos', 'cupón', 'cupones',
  'descuento', 'premio', 'gratis', 'producto gratis', 'bono', 'cashback', 'reintegro', 'te pagamos', 'pagamos', 'recompensa', 'dinero',
  'brinde', 'desconto', 'dinheiro de volta',
];
// "Reembolso por / a cambio de / si dejas una reseña": the reward comes first.
const FOR = ['por', 'a cambio de', 'si', 'si dejas', 'si nos dejas', 'al dejar', 'por dejar', 'cuando', 'tras', 'después de', 'con', 'pela', 'por sua'];
// "Deja una reseña y recibe / para obtener un regalo": the reward comes after.
const THEN = ['y recibe', 'y obtén', 'y gana', 'y te', 'y te damos', 'recibe', 'obtén', 'gana', 'recibirás', 'a cambio de', 'por', 'para recibir', 'para obtener', 'para ganar', 'e ganhe', 'e receba', 'ganhe', 'receba', 'y llévate', 'llévate'];

const CONTACT_VERBS = [
  'escríbeme', 'escríbenos', 'mándame', 'mándanos', 'envíame', 'envíanos', 'háblame', 'háblanos', 'contáctame', 'contáctanos',
  'agrégame', 'agréganos', 'llámame', 'llámanos', 'márcame', 'márcanos', 'búscame', 'búscanos', 'sígueme', 'síguenos',
  'me chama', 'chama', 'me manda', 'manda', 'fala comigo', 'me liga',
];

export const SPANISH_RULES: BannedPhrase[] = [
  {
    pattern: 'reembolso / regalo … por una reseña',
    category: 'review_incentive',
    note: 'A reward promised for a (good) review.',
    rule: words(REWARD, gap(3), FOR, gap(4), REVIEW),
    example: 'Te devolvemos el dinero por una reseña de 5 estrellas',
  },
  {
    pattern: 'reseña … y recibe un regalo',
    category: 'review_incentive',
    note: 'A reward promised for a (good) review.',
    rule: words(optional(...RATING), REVIEW, gap(3), THEN, gap(3), REWARD),
    example: 'Deja una reseña de cinco estrellas y recibe un cupón',
  },
  {
    pattern: 'escríbeme por … (messenger, número)',
    category: 'off_platform_contact',
    note: 'Sends the buyer to a messenger, phone number or account outside the platform.',
    rule: words(CONTACT_VERBS, gap(2), CONTACT_DETAILS),
    example: 'Mandame un whats',
  },
  {
    pattern: 'págame',
    category: 'external_payment',
    note: 'Asks for a payment to the seller in person, outside the checkout.',
  },
  {
    pattern: 'hazme una transferencia',
    category: 'external_payment',
    note: 'Asks for a direct transfer outside the checkout.',
    rule: words(['hazme', 'haceme', 'mándame', 'envíame', 'pásame', 'deposítame', 'transfiéreme'], optional('una', 'la', 'el', 'un'), ['transferencia', 'depósito', 'pago', 'dinero', 'plata', 'lana', 'bizum', 'yape', 'spei']),
    example: 'Hazme una transferencia',
  },
  {
    pattern: 'deposita a mi cuenta',
    category: 'external_payment',
    note: 'A payment to the seller’s own account bypasses the checkout.',
    rule: words(
      // With the forms of "no deposites…", so that a warning is recognised as one.
      ['deposita', 'depositar', 'depósito', 'deposite', 'deposites', 'transfiere', 'transferir', 'transfiera', 'transfieras', 'paga', 'pagar', 'pague', 'pagues', 'pago', 'envía', 'enviar', 'envíes', 'manda', 'mandar', 'mandes'],
      gap(3),
      ['mi', 'mis'],
      ['cuenta', 'cuenta bancaria', 'número de cuenta', 'clabe', 'tarjeta', 'cbu', 'cvu', 'nequi'],
    ),
    example: 'Deposita a mi cuenta',
  },
  {
    pattern: 'pago por fuera de la app',
    category: 'external_payment',
    note: 'Moves the payment or the sale off the platform.',
    rule: words(
      ['pago', 'pagos', 'pagar', 'paga', 'pague', 'pagues', 'págame', 'compra', 'comprar', 'compres', 'trato', 'venta', 'negociar', 'hablemos', 'seguimos', 'pagamento'],
      gap(3),
      ['fuera', 'por fuera', 'afuera', 'fora', 'por fora'],
      ['de la app', 'de la aplicación', 'de la plataforma', 'de tiktok', 'de la tienda', 'del app', 'da plataforma', 'do app'],
    ),
    example: 'Pago por fuera de la app',
  },
];
