import type { Alternatives } from './rule';

// Words shared by the off-platform rules of every language: what a buyer could be sent to,
// and what shows a reply stays on the platform.

/** Messengers and other channels outside the marketplace, with their everyday short forms. */
export const MESSENGERS: Alternatives = [
  'whatsapp', 'whats app', 'whats', 'wa', 'ws', 'wsp', 'wpp', 'wasap', 'watsap', 'guasap', 'zap', 'zapzap',
  'telegram', 'tele', 'tg', 'wechat', 'we chat', 'weixin', 'wx', 'vx', 'line', 'line id', 'viber', 'skype', 'signal',
  'instagram', 'insta', 'ig', 'facebook', 'fb', 'messenger', 'snapchat', 'kakao', 'kakaotalk', 'qq', 'discord',
  'email', 'e mail', 'gmail', 'correo', 'emel', 'sms', 'imessage',
];

/** A phone number, possibly written in groups ("555 0100", "+60 12-345 6789"). */
export const PHONE = /\d(?: ?\d){5,}/;
/** A user name with digits ("shop888") or an e-mail address. */
export const HANDLE = /[a-z][a-z_]*\d{3,}[a-z\d_]*|[^ |]*@[^ |]+/;

/** Anything a buyer could use to reach the seller outside the platform. */
export const CONTACT_DETAILS: Alternatives = [...MESSENGERS, PHONE, HANDLE];

/**
 * Words that show the reply points back into the platform ("escríbeme al chat", "my number is
 * shown on the order page", "hubungi saya di sini"): a contact detail after them is not one.
 */
export const ON_PLATFORM: Alternatives = [
  'chat', 'app', 'aplicacion', 'aplikasi', 'apps', 'here', 'aqui', 'sini',
  'order', 'orders', 'pedido', 'pedidos', 'orden', 'ordenes', 'seguimiento', 'tracking', 'pesanan', 'guia',
  'page', 'pagina', 'halaman', 'tiktok', 'shopee', 'lazada', 'platform', 'plataforma', 'tienda', 'store', 'kedai', 'inbox', 'checkout',
];

/** How a reply says a payment goes through the platform ("bank transfer via the TikTok checkout"). */
export const VIA_CHECKOUT: readonly string[] = [
  'via the tiktok checkout', 'via tiktok', 'through tiktok', 'in the tiktok', 'on tiktok', 'at checkout', 'at the checkout',
  'via the checkout', 'through the checkout', 'in the app', 'dentro de la app', 'dentro de la aplicacion', 'en la app', 'en tiktok',
  'melalui aplikasi', 'dalam aplikasi', 'di aplikasi',
];
