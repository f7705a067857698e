import { describe, expect, it } from 'vitest';
import { findBannedPhrases, type Market } from '../../flows/banned-phrases';

// FLOW011 blocks publishing, so a reply that only looks like a banned one must pass.
type Row = [Market, string, string];

function findings(market: Market, language: string, text: string): string[] {
  return findBannedPhrases(text, market, { language }).map((m) => `${m.pattern} [${text.slice(m.start, m.end)}]`);
}

describe('banned phrases: replies that stay on the platform', () => {
  it.each<Row>([
    ['ES', 'es', 'Escríbeme al chat de la tienda si tienes dudas'],
    ['ES', 'es', 'Escríbeme aquí mismo, por este chat'],
    ['LATAM', 'es', 'Márcame al chat y te ayudo'],
    ['LATAM', 'es', 'Escríbenos por este chat si tienes dudas.'],
    ['MY', 'ms', 'Sila hubungi saya di sini dalam chat ini'],
    ['MY', 'ms', 'Jika ada masalah, hubungi saya di aplikasi'],
    ['MY', 'ms', 'Sila hubungi kami di sini jika ada masalah.'],
    ['CN', 'zh', '有问题可以私聊客服哦'],
    ['CN', 'zh', '亲，可以联系在线客服'],
    ['US', 'en', 'Reply in this chat: my number is shown on the order page'],
    ['US', 'en', 'Please call me on the app'],
    ['US', 'en', 'Message us here in the chat any time.'],
    ['US', 'en', 'Contact us with your order ID 1234567 and we will help.'],
    ['US', 'en', 'Text me your order number and I will check.'],
    ['UK', 'en', 'Ring us here in the chat and we will sort it.'],
  ])('%s/%s: %s', (market, language, text) => {
    expect(findings(market, language, text)).toEqual([]);
  });
});

describe('banned phrases: words that only look like banned ones', () => {
  it.each<Row>([
    ['US', 'en', "what's up"],
    ['US', 'en', 'whats up'],
    ['US', 'en', 'we chat here in the app'],
    ['US', 'en', 'We chat here in the app'],
    ['LATAM', 'es', 'mi número de pedido'],
    ['ES', 'es', 'mi número de pedido es MX123456'],
    ['LATAM', 'es', 'Tu número de seguimiento es MX123456789.'],
    ['CN', 'zh', '加VIP会员'],
    ['CN', 'zh', '我们已加急处理'],
    ['CN', 'zh', '添加到购物车即可使用优惠券'],
    ['CN', 'zh', '更加Q弹的口感'],
    ['CN', 'zh', '本店支持微信支付和支付宝'],
    ['CN', 'zh', '本产品添加微量元素'],
    ['CN', 'zh', '快递vx12345已发出'],
    ['CN', 'zh', '帮您转我们的人工客服'],
    ['MY', 'ms', 'Nombor pesanan anda ialah 123456789.'],
    ['MY', 'ms', 'transfer terus ke akaun Shopee anda'],
    ['MY', 'ms', 'Refund akan dibuat terus ke akaun Shopee anda.'],
    ['MY', 'ms', 'Bayaran dibuat melalui aplikasi sahaja.'],
    ['US', 'en', 'Your tracking number is 1Z999AA10123456784.'],
    ['US', 'en', 'You can pay with PayPal at checkout.'],
    ['US', 'en', 'Payment is processed directly by TikTok.'],
    ['US', 'en', 'Your bank transfer via the TikTok checkout is safe.'],
    ['LATAM', 'es', 'Tu pago con SPEI dentro de la app está protegido.'],
  ])('%s/%s: %s', (market, language, text) => {
    expect(findings(market, language, text)).toEqual([]);
  });
});

describe('banned phrases: reviews and refunds in the same reply are not an incentive', () => {
  it.each<Row>([
    ['US', 'en', 'Thanks for your review! If anything is wrong, you can request a refund from the order page.'],
    ['US', 'en', 'Your refund for order 12345678 has been processed.'],
    ['US', 'en', 'We read every review to improve our products.'],
    ['US', 'en', 'Please leave a review if you like it.'],
    ['US', 'en', 'Refunds go back to your original payment method.'],
    ['US', 'en', 'We offer a full refund for unused items.'],
    ['US', 'en', "Don't forget to leave a review!"],
    ['US', 'en', 'We will refund you once we receive the item.'],
    ['US', 'en', 'Get 10% off your next order when you follow our shop.'],
    ['US', 'en', 'Thanks for the 5-star review! Enjoy your new shoes.'],
    ['US', 'en', 'Leave a review and get back to us if you have questions.'],
    ['US', 'en', 'We appreciate honest reviews; refunds are handled by TikTok.'],
    ['LATAM', 'es', 'Gracias por tu reseña, nos ayuda mucho.'],
    ['LATAM', 'es', 'Puedes solicitar el reembolso desde la página del pedido.'],
    ['LATAM', 'es', 'El reembolso se hace al mismo método de pago.'],
    ['ES', 'es', 'Deja tu reseña cuando recibas el producto.'],
    ['ES', 'es', 'Recibirás tu reembolso en 5 días. ¡Gracias por tu opinión!'],
    ['MY', 'ms', 'Terima kasih atas ulasan anda!'],
    ['CN', 'zh', '感谢您的好评，我们会继续努力！'],
    ['CN', 'zh', '好评率高达99%'],
    ['CN', 'zh', '请评价后返回首页'],
    ['CN', 'zh', '商品送达后请给个好评哦'],
    ['CN', 'zh', '退款会原路返回到您的支付宝'],
    ['CN', 'zh', '五星级服务，售后无忧'],
  ])('%s/%s: %s', (market, language, text) => {
    expect(findings(market, language, text)).toEqual([]);
  });
});

describe('banned phrases: warnings not to do it', () => {
  it.each<Row>([
    ['CN', 'zh', '本品不能根治，仅缓解'],
    ['CN', 'zh', '请勿相信任何要求加微信的陌生人'],
    ['CN', 'zh', '请在平台内沟通，不要私下交易'],
    ['CN', 'zh', '为了您的资金安全，请勿私下交易，不要加微信。'],
    ['US', 'en', 'For your safety we never ask you to pay by bank transfer or on WhatsApp.'],
    ['US', 'en', 'Please never pay by bank transfer or Zelle; use TikTok checkout only'],
    ['US', 'en', 'We never accept PayPal friends and family, Venmo, or Zelle.'],
    ['US', 'en', 'We do not use WhatsApp; please keep chatting here'],
    ['US', 'en', 'Do not pay me directly.'],
    ['US', 'en', 'We do not give refunds for reviews.'],
    ['US', 'en', 'The Venmo-style split payment is not supported'],
    ['MY', 'ms', 'Jangan bank in terus kepada sesiapa.'],
    ['MY', 'ms', 'Jangan WhatsApp sesiapa di luar aplikasi.'],
    ['LATAM', 'es', 'Nunca te pediremos una transferencia bancaria.'],
    ['LATAM', 'es', 'No deposites a mi cuenta ni a ninguna otra.'],
    ['ES', 'es', 'No aceptamos Bizum.'],
  ])('%s/%s: %s is not an error', (market, language, text) => {
    expect(findings(market, language, text)).toEqual([]);
    // Asked for, they come back marked, e.g. for a softer hint in an editor.
    const all = findBannedPhrases(text, market, { language, includeNegated: true });
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((m) => m.negated)).toBe(true);
  });

  it('ends the warning at the end of its clause', () => {
    expect(findings('CN', 'zh', '不要私下交易，加我微信')).toEqual(['加我微信 [加我微信]']);
    expect(findings('US', 'en', 'If you are not happy, WhatsApp me')).toEqual(['WhatsApp me [WhatsApp me]']);
    expect(findings('US', 'en', 'Never mind. WhatsApp me')).toEqual(['WhatsApp me [WhatsApp me]']);
    expect(findings('US', 'en', "Don't forget to WhatsApp me")).toEqual(['WhatsApp me [WhatsApp me]']);
    expect(findings('US', 'en', "Don't hesitate to message me on Telegram")).toEqual(['message me on … (messenger, number, id) [message me on Telegram]']);
    expect(findings('CN', 'zh', '别忘了加我微信')).toEqual(['加我微信 [加我微信]']);
    expect(findings('CN', 'zh', '特别优惠，加我微信')).toEqual(['加我微信 [加我微信]']);
    expect(findings('MY', 'ms', 'Jangan lupa WS saya')).toEqual(['WS / WA saya [WS saya]']);
  });
});

describe('banned phrases: words that negate in one language only', () => {
  it('reads "no" as "in the" in Portuguese and as "number" in Malay', () => {
    expect(findBannedPhrases('Fala comigo no WhatsApp', 'LATAM', { language: 'pt-BR' }).map((m) => m.pattern)).toEqual(['escríbeme por … (messenger, número)']);
    expect(findBannedPhrases('Estamos no WhatsApp', 'LATAM', { language: 'pt-BR' }).map((m) => m.pattern)).toEqual(['WhatsApp']);
    expect(findBannedPhrases('Hubungi no WhatsApp 0123456789', 'MY', { language: 'ms' }).map((m) => m.pattern)).toEqual(['WhatsApp']);
    expect(findBannedPhrases('No WhatsApp, por favor', 'LATAM', { language: 'es' })).toEqual([]);
  });
});
