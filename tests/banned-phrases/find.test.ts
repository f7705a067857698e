import { describe, expect, it } from 'vitest';
import { BANNED_CATEGORIES, MARKETS, MarketSchema, bannedPhrasesFor, findBannedPhrases, type Market } from '../../flows/banned-phrases';
import { compactForm, spacedForm } from '../../flows/banned-phrases/streams';

/** Matches as [pattern or rule name, the original text they cover]. */
function hits(text: string, market: Market): [string, string][] {
  return findBannedPhrases(text, market).map((m) => [m.pattern, text.slice(m.start, m.end)]);
}

/** The texts covered by the matches. */
function covered(text: string, market: Market): string[] {
  return hits(text, market).map(([, t]) => t);
}

/** Whether `outer` contains `inner` once both are normalised the way the matcher reads them. */
function normalisedIncludes(outer: string, inner: string): boolean {
  return spacedForm(outer).includes(spacedForm(inner)) || compactForm(outer).includes(compactForm(inner));
}

describe('banned phrases: lists', () => {
  it('has a list for every market and validates market codes', () => {
    expect(MARKETS).toEqual(['CN', 'US', 'UK', 'MY', 'ES', 'LATAM']);
    expect(MarketSchema.safeParse('US').success).toBe(true);
    expect(MarketSchema.safeParse('FR').success).toBe(false);
  });

  it.each(MARKETS)('%s: every phrase and rule is well-formed, unique, and finds its example', (market) => {
    const list = bannedPhrasesFor(market);
    expect(list.length).toBeGreaterThan(15);
    const seen = new Set<string>();
    for (const p of list) {
      expect(BANNED_CATEGORIES).toContain(p.category);
      expect(p.note.length).toBeGreaterThan(0);
      expect(p.pattern.toLowerCase()).not.toBe('line');
      expect(seen.has(p.pattern.toLowerCase()), p.pattern).toBe(false);
      seen.add(p.pattern.toLowerCase());
      // Rules and phrases that depend on what follows say what they catch.
      if (p.rule || p.needsContact || p.unlessFollowedBy) expect(p.example, p.pattern).toBeDefined();
      const text = p.example ?? `Hello! ${p.pattern} thanks`;
      const found = findBannedPhrases(text, market);
      if (p.rule) expect(found.map((m) => m.pattern), text).toContain(p.pattern);
      else expect(found.some((m) => normalisedIncludes(text.slice(m.start, m.end), p.pattern)), text).toBe(true);
    }
  });

  it('global phrases apply in every market', () => {
    for (const market of MARKETS) expect(hits('Join our Telegram group', market)).toEqual([['Telegram', 'Telegram']]);
  });
});

describe('banned phrases: CN', () => {
  it.each([
    ['亲，加我微信领取优惠券', '加我微信'],
    ['请加微信：shop888', '加微信'],
    ['我的微信号是 abc123', '微信号'],
    ['有问题加vx', 'vx'],
    ['加V信聊', 'V信'],
    ['可以加QQ 12345678', '加QQ'],
    ['私聊我发你链接', '私聊'],
    ['去淘宝下单更便宜', '淘宝下单'],
    ['直接支付宝转账给我就行', '支付宝转账'],
    ['收货后好评返现5元', '好评返现'],
    ['五星好评返10元红包', '五星好评返'],
    ['晒图返现哦', '晒图返现'],
    ['我们可以线下交易', '线下交易'],
    ['全网最低价，放心购买', '全网最低价'],
  ])('finds %s', (text, part) => {
    expect(covered(text, 'CN').some((t) => t.includes(part)), JSON.stringify(covered(text, 'CN'))).toBe(true);
  });

  it('sees through spaces, punctuation and full-width letters inside CJK phrases', () => {
    expect(hits('亲 加 微 信 吧', 'CN')).toEqual([['加微信', '加 微 信']]);
    expect(hits('加-微-信', 'CN')).toEqual([['加微信', '加-微-信']]);
    expect(covered('加ＱＱ１２３', 'CN')).toEqual(['加ＱＱ１２３']);
    expect(hits('好评\u200B返现', 'CN')).toEqual([['好评返现', '好评\u200B返现']]);
  });

  it('keeps the longest of nested matches', () => {
    expect(hits('加我微信', 'CN')).toEqual([['加我微信', '加我微信']]);
  });

  it('does not fire on ordinary replies', () => {
    for (const text of [
      '您的包裹已发出，请耐心等待',
      '亲，您的订单已经发货了，预计3天内送达',
      '加入购物车后可以使用优惠券',
      '成为会员加VIP折扣',
      '请在订单页面申请退款',
      '我们的客服工作时间是周一至周五 9:00-18:00',
      '支持平台内的支付方式',
    ]) {
      expect(findBannedPhrases(text, 'CN'), text).toEqual([]);
    }
  });
});

describe('banned phrases: US and UK', () => {
  it.each([
    ['WhatsApp me at +1 555 0100', 'WhatsApp me'],
    ['Message me: wa.me/15550100', 'wa.me'],
    ['Just text me on 555-0100', 'text me on'],
    ['Here is my phone number', 'my phone number'],
    ['Find me on Telegram', 'Telegram'],
    ['Add my WeChat', 'WeChat'],
    ['My LINE ID is shop1', 'LINE ID'],
    ['Please pay via PayPal directly', 'pay via PayPal directly'],
    ['We accept bank transfer', 'bank transfer'],
    ['Send it by Venmo or Zelle', 'Venmo'],
    ['Cash App works too', 'Cash App'],
    ['We can deal outside the platform', 'outside the platform'],
    ['Get cash back for a 5-star review!', 'cash back for a 5-star review'],
    ['Full refund for a positive review', 'refund for a positive review'],
    ['Free product for review, DM us', 'Free product for review'],
  ])('US finds %s', (text, part) => {
    expect(covered(text, 'US').some((t) => t.includes(part)), JSON.stringify(covered(text, 'US'))).toBe(true);
  });

  it('UK catches bank details', () => {
    expect(hits('Our sort code is 12-34-56', 'UK')).toEqual([['sort code', 'sort code']]);
    expect(covered('Ring me on 07700 900123', 'UK')).toEqual(['Ring me on 07700 900123']);
  });

  it('ignores case, full-width letters and extra spaces', () => {
    expect(hits('ＷｈａｔｓＡｐｐ　ｍｅ now', 'US')).toEqual([['WhatsApp me', 'ＷｈａｔｓＡｐｐ　ｍｅ']]);
    expect(hits('whatsapp   ME', 'US')).toEqual([['WhatsApp me', 'whatsapp   ME']]);
    expect(hits('Pay via\nPayPal  directly', 'US')).toEqual([['pay via PayPal directly', 'Pay via\nPayPal  directly']]);
  });

  it('matches whole words only', () => {
    expect(findBannedPhrases('The venmouth store', 'US')).toEqual([]);
    expect(findBannedPhrases('Our skyper bags', 'US')).toEqual([]);
    expect(findBannedPhrases('whatsappening today', 'US')).toEqual([]);
    expect(hits('加我WhatsApp', 'US')).toEqual([['WhatsApp', 'WhatsApp']]);
  });

  it('does not fire on ordinary replies', () => {
    for (const text of [
      'Your parcel is on its way',
      'Your order is online and will ship within 2 business days.',
      'Please check the tracking line in your order details.',
      'The deadline for returns is 30 days after delivery.',
      'You can request a refund from the order page.',
      'Thanks for your review!',
      'Our agents are offline now; we will reply as soon as they are back.',
      'Contact us here in the chat any time.',
    ]) {
      expect(findBannedPhrases(text, 'US'), text).toEqual([]);
      expect(findBannedPhrases(text, 'UK'), text).toEqual([]);
    }
  });
});

describe('banned phrases: MY', () => {
  it.each([
    ['Boleh WhatsApp saya untuk diskaun', 'WhatsApp saya'],
    ['Sila hubungi saya di 012-3456789', 'hubungi saya di'],
    ['Buat pindahan bank ke akaun kami', 'pindahan bank'],
    ['Boleh transfer terus kepada saya', 'transfer terus'],
    ['Ada cashback untuk review 5 bintang', 'cashback untuk review'],
    ['Join Telegram kami', 'Telegram'],
  ])('finds %s', (text, part) => {
    expect(covered(text, 'MY').some((t) => t.includes(part)), JSON.stringify(covered(text, 'MY'))).toBe(true);
  });

  it('does not fire on ordinary replies', () => {
    for (const text of ['Pesanan anda telah dihantar', 'Terima kasih kerana membeli-belah dengan kami', 'Your parcel is on its way', 'Your bank in Malaysia may take 3 days to refund']) {
      expect(findBannedPhrases(text, 'MY'), text).toEqual([]);
    }
  });
});

describe('banned phrases: ES and LATAM', () => {
  it.each([
    ['Escríbeme por WhatsApp y te paso el enlace', 'Escríbeme por WhatsApp'],
    ['Este es mi número: 600 000 000', 'mi número'],
    ['Aceptamos transferencia bancaria', 'transferencia bancaria'],
    ['Reembolso por reseña de 5 estrellas', 'Reembolso por reseña de 5 estrellas'],
  ])('finds %s in ES and LATAM', (text, part) => {
    expect(covered(text, 'ES')).toContain(part);
    expect(covered(text, 'LATAM')).toContain(part);
  });

  it('has market-specific payment rails', () => {
    expect(hits('Paga con Bizum', 'ES')).toEqual([['Bizum', 'Bizum']]);
    expect(findBannedPhrases('Paga con Bizum', 'LATAM')).toEqual([]);
    expect(hits('Paga por Mercado Pago directo', 'LATAM')).toEqual([['Mercado Pago directo', 'Mercado Pago directo']]);
    expect(hits('Aceptamos OXXO fuera de la plataforma', 'LATAM')).toEqual([['OXXO fuera de la plataforma', 'OXXO fuera de la plataforma']]);
    expect(findBannedPhrases('Paga por Mercado Pago directo', 'ES')).toEqual([]);
    // "Pay me" is a payment to the seller in person in any market.
    expect(hits('Págame por Mercado Pago directo', 'ES')).toEqual([['págame', 'Págame']]);
  });

  it('ignores accents, also when written without them or decomposed', () => {
    expect(hits('escribeme por whatsapp', 'ES')).toEqual([['escríbeme por WhatsApp', 'escribeme por whatsapp']]);
    const decomposed = 'Escri\u0301beme por WhatsApp';
    expect(hits(decomposed, 'ES')).toEqual([['escríbeme por WhatsApp', decomposed]]);
    expect(hits('MI NÚMERO es 55 1234 5678', 'LATAM')).toEqual([['mi número', 'MI NÚMERO']]);
  });

  it('does not fire on ordinary replies', () => {
    for (const text of ['Pedido enviado', 'Tu pedido está en camino', 'Gracias por tu reseña', 'Puedes solicitar el reembolso desde la página del pedido', 'El número de seguimiento es MX123']) {
      expect(findBannedPhrases(text, 'ES'), text).toEqual([]);
      expect(findBannedPhrases(text, 'LATAM'), text).toEqual([]);
    }
  });
});

describe('banned phrases: positions', () => {
  it('points at the right characters of the original text', () => {
    const text = '亲～包裹已发出😀。加 微 信 或 ＷｈａｔｓＡｐｐ：+86 138，好评返现！';
    const found = findBannedPhrases(text, 'CN');
    expect(found.map((m) => [m.pattern, m.category, text.slice(m.start, m.end)])).toEqual([
      ['加微信', 'off_platform_contact', '加 微 信'],
      ['WhatsApp', 'off_platform_contact', 'ＷｈａｔｓＡｐｐ'],
      ['好评返现', 'review_incentive', '好评返现'],
    ]);
    expect(found[0]?.start).toBe(text.indexOf('加'));
  });

  it('reports every occurrence in order', () => {
    const text = 'Venmo? yes, Venmo.';
    expect(findBannedPhrases(text, 'US').map((m) => [m.start, m.end])).toEqual([
      [0, 5],
      [12, 17],
    ]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(findBannedPhrases('', 'CN')).toEqual([]);
    expect(findBannedPhrases('   \n ', 'US')).toEqual([]);
  });
});
