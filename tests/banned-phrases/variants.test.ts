import { describe, expect, it } from 'vitest';
import { findBannedPhrases, type BannedListId, type Market } from '../../flows/banned-phrases';

// Spellings sellers use to slip past a list of exact sentences. Each row: market, language of
// the reply, text, the list and phrase or rule that must name the finding, the text it covers.
type Row = [Market, string, string, BannedListId, string, string];

function expectFinding([market, language, text, list, pattern, covered]: Row): void {
  const found = findBannedPhrases(text, market, { language });
  const named = found.find((m) => m.pattern === pattern);
  expect(named, `${text} → ${JSON.stringify(found.map((m) => [m.list, m.pattern]))}`).toBeDefined();
  expect(named?.list).toBe(list);
  expect(named?.negated).toBe(false);
  expect(text.slice(named?.start, named?.end)).toBe(covered);
}

describe('banned phrases: variants in English (US, UK)', () => {
  it.each<Row>([
    ['US', 'en', 'Message us on W h a t s A p p', 'US', 'message me on … (messenger, number, id)', 'Message us on W h a t s A p p'],
    ['US', 'en', 'Questions? W.h.a.t.s.A.p.p', 'GLOBAL', 'WhatsApp', 'W.h.a.t.s.A.p.p'],
    ['US', 'en', 'Whats-App', 'GLOBAL', 'whats app', 'Whats-App'],
    ['US', 'en', 'Leave a 5-star review for refund', 'US', 'review … for a refund / cash back / gift', '5-star review for refund'],
    ['US', 'en', 'cash back for a 5 star review', 'US', 'cash back for a 5-star review', 'cash back for a 5 star review'],
    ['US', 'en', 'cash back for a five-star review', 'US', 'cash back for a 5-star review', 'cash back for a five-star review'],
    ['US', 'en', 'leave a 5 star review for a refund', 'US', 'review … for a refund / cash back / gift', '5 star review for a refund'],
    ['US', 'en', 'We refund you for a five star review', 'US', 'refund / cash back / gift … for a review', 'refund you for a five star review'],
    ['US', 'en', 'Get $5 back for a positive review', 'US', 'refund / cash back / gift … for a review', '5 back for a positive review'],
    ['US', 'en', 'pay me on PayPal', 'US', 'pay me', 'pay me'],
    ['US', 'en', 'Send payment through PayPal directly', 'US', 'pay … directly', 'Send payment through PayPal directly'],
    ['US', 'en', 'You can pay outside the app', 'US', 'pay / deal … outside the app', 'pay outside the app'],
    ['US', 'en', 'wa me at +1 555 0100', 'US', 'message me on … (messenger, number, id)', 'wa me at +1 555 0100'],
    ['US', 'en', 'Add me on we chat', 'US', 'message me on … (messenger, number, id)', 'Add me on we chat'],
    ['US', 'en', 'Text me at 555-0100', 'US', 'message me on … (messenger, number, id)', 'Text me at 555-0100'],
    ['UK', 'en', 'Ring me on 07700 900123', 'UK', 'message me on … (messenger, number, id)', 'Ring me on 07700 900123'],
    ['UK', 'en', 'Transfer it to my bank account', 'UK', 'pay … to my account', 'Transfer it to my bank account'],
  ])('%s/%s: %s', (...row) => expectFinding(row));
});

describe('banned phrases: variants in Chinese (CN)', () => {
  it.each<Row>([
    ['CN', 'zh', '请添加我们的微信：shop888', 'CN', '加/添加 + 微信（及谐音、字母写法）', '添加我们的微信：shop888'],
    ['CN', 'zh', 'V我', 'CN', 'V我', 'V我'],
    ['CN', 'zh', 'V我50', 'CN', 'V我', 'V我'],
    ['CN', 'zh', '加威信', 'CN', '加/添加 + 微信（及谐音、字母写法）', '加威信'],
    ['CN', 'zh', '加卫星', 'CN', '加/添加 + 微信（及谐音、字母写法）', '加卫星'],
    ['CN', 'zh', '➕微信', 'CN', '加微信', '➕微信'],
    ['CN', 'zh', '＋微信领券', 'CN', '加微信', '＋微信'],
    ['CN', 'zh', '给个好评返5元', 'CN', '好评 … 返/送/红包', '好评返5元'],
    ['CN', 'zh', '5星好评返现', 'CN', '好评返现', '好评返现'],
    ['CN', 'zh', '五星好评送红包', 'CN', '好评 … 返/送/红包', '五星好评送红包'],
    ['CN', 'zh', '微信 abc12345', 'CN', '微信 + 账号', '微信 abc12345'],
    ['CN', 'zh', '直接转账给我就行', 'CN', '转账给我', '转账给我'],
    ['CN', 'zh', '走支付宝更快', 'CN', '走支付宝', '走支付宝'],
    ['CN', 'zh', '加 微 信', 'CN', '加微信', '加 微 信'],
  ])('%s/%s: %s', (...row) => expectFinding(row));
});

describe('banned phrases: variants in Malay (MY)', () => {
  it.each<Row>([
    ['MY', 'ms', 'WS saya', 'MY', 'WS / WA saya', 'WS saya'],
    ['MY', 'ms', 'boleh bank in terus', 'MY', 'bank in / bayar terus', 'bank in terus'],
    ['MY', 'ms', 'bayar terus kepada saya', 'MY', 'bank in / bayar terus', 'bayar terus kepada saya'],
    ['MY', 'ms', 'bagi 5 bintang dapat cashback', 'MY', 'ulasan 5 bintang dapat …', '5 bintang dapat cashback'],
    ['MY', 'ms', 'bagi lima bintang dapat cashback', 'MY', 'ulasan 5 bintang dapat …', 'lima bintang dapat cashback'],
    ['MY', 'ms', 'ulasan 5 bintang dapat rebat', 'MY', 'ulasan 5 bintang dapat …', 'ulasan 5 bintang dapat rebat'],
    ['MY', 'ms', 'review 5 bintang dapat RM5', 'MY', 'ulasan 5 bintang dapat …', 'review 5 bintang dapat RM5'],
    ['MY', 'ms', 'Sila hubungi saya di 012-3456789', 'MY', 'hubungi saya di', 'hubungi saya di'],
  ])('%s/%s: %s', (...row) => expectFinding(row));
});

describe('banned phrases: variants in Spanish (ES, LATAM)', () => {
  it.each<Row>([
    ['ES', 'es', 'hazme una transferencia', 'ES', 'hazme una transferencia', 'hazme una transferencia'],
    ['ES', 'es', 'reembolso por reseña de cinco estrellas', 'ES', 'reembolso por reseña de 5 estrellas', 'reembolso por reseña de cinco estrellas'],
    ['ES', 'es', 'te devolvemos el dinero por una reseña de 5 estrellas', 'ES', 'reembolso / regalo … por una reseña', 'te devolvemos el dinero por una reseña de 5 estrellas'],
    ['ES', 'es', 'Deja una reseña de cinco estrellas y recibe un cupón', 'ES', 'reseña … y recibe un regalo', 'reseña de cinco estrellas y recibe un cupón'],
    ['LATAM', 'es', 'mandame un whats', 'LATAM', 'escríbeme por … (messenger, número)', 'mandame un whats'],
    ['LATAM', 'es', 'deposita a mi cuenta', 'LATAM', 'deposita a mi cuenta', 'deposita a mi cuenta'],
    ['LATAM', 'es', 'pago por fuera de la app', 'LATAM', 'pago por fuera de la app', 'pago por fuera de la app'],
    ['LATAM', 'es', 'te regalo algo por tu reseña de 5 estrellas', 'LATAM', 'reembolso / regalo … por una reseña', 'te regalo algo por tu reseña de 5 estrellas'],
    ['LATAM', 'es', 'Márcame al 55 1234 5678', 'LATAM', 'escríbeme por … (messenger, número)', 'Márcame al 55 1234 5678'],
    ['LATAM', 'es', 'Mi número es 55 1234 5678', 'LATAM', 'mi número', 'Mi número'],
    ['LATAM', 'pt-BR', 'Me chama no zap', 'LATAM', 'me chama no zap', 'Me chama no zap'],
    ['LATAM', 'pt-BR', 'Me chama no zap 11 91234 5678', 'LATAM', 'escríbeme por … (messenger, número)', 'Me chama no zap 11 91234 5678'],
  ])('%s/%s: %s', (...row) => expectFinding(row));
});
