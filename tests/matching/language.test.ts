import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../runtime/language/detect';

const C = ['en', 'es', 'pt', 'ms', 'id', 'de', 'fr', 'it', 'tr', 'vi', 'tl'];

describe('detectLanguage', () => {
  it.each([
    ['hola', 'es'],
    ['where is my order', 'en'],
    ['bila barang sampai', 'ms'],
    ['onde está meu pedido', 'pt'],
    ['dónde está mi pedido', 'es'],
    ['wo ist meine Bestellung', 'de'],
    ['où est ma commande', 'fr'],
    ["dov'è il mio ordine", 'it'],
    ['siparişim nerede', 'tr'],
    ['đơn hàng của tôi đâu', 'vi'],
    ['nasaan ang order ko', 'tl'],
    ['kapan paket saya sampai', 'id'],
  ])('%s → %s', (text, lang) => {
    const r = detectLanguage(text, C, 'en');
    expect(r.language).toBe(lang);
    expect(r.by).toBe('words');
  });
  it.each([
    ['我的快递到哪了', 'zh'],
    ['荷物はいつ届きますか', 'ja'],
    ['주문 언제 와요', 'ko'],
    ['где мой заказ', 'ru'],
    ['สินค้าถึงเมื่อไหร่', 'th'],
  ])('script %s → %s', (text, lang) => {
    expect(detectLanguage(text, C, 'en')).toMatchObject({ language: lang, by: 'script' });
  });
  it('falls back on weak evidence and odd input', () => {
    for (const t of ['', 'ok', '👍', '12345', '\uD800']) {
      expect(detectLanguage(t, C, 'es')).toMatchObject({ language: 'es', by: 'fallback' });
    }
  });
  // As buyers type in a Malaysian shop (en, ms, zh) and a US shop (en, es): abbreviations, no accents, Manglish, brand names.
  it.each([
    ['sy dah byr tp status msh blm byr', ['en', 'ms', 'zh'], 'ms'],
    ['brg x sampai lg, dah seminggu', ['en', 'ms', 'zh'], 'ms'],
    ['boleh tukar saiz besar sikit?', ['en', 'ms', 'zh'], 'ms'],
    ['nk cakap dgn staf betul', ['en', 'ms', 'zh'], 'ms'],
    ['can ship to sabah or not', ['en', 'ms', 'zh'], 'en'],
    ['assalamualaikum', ['en', 'ms', 'zh'], 'ms'],
    ['selamat pagi', ['en', 'ms', 'zh'], 'ms'],
    ['nk refund', ['en', 'ms', 'zh'], 'ms'],
    ['nk cancel order', ['en', 'ms', 'zh'], 'ms'],
    ['i want to cancel my order', ['en', 'ms', 'zh'], 'en'],
    ['the seller never reply me lah', ['en', 'ms', 'zh'], 'en'],
    ['可以用Touch n Go付吗', ['en', 'ms', 'zh'], 'zh'],
    ['有discount code吗', ['en', 'ms', 'zh'], 'zh'],
    ['donde esta mi paquete', ['en', 'es'], 'es'],
    ['me cobraron doble', ['en', 'es'], 'es'],
    ['cuanto tarda el envio a texas', ['en', 'es'], 'es'],
    ['my card got declined at checkout', ['en', 'es'], 'en'],
  ])('%s (among %j) → %s', (text, candidates, lang) => {
    expect(detectLanguage(text, candidates, 'en').language).toBe(lang);
  });
  it('a few Han characters in Latin text count only for a flow that speaks Chinese', () => {
    expect(detectLanguage('有discount code吗', ['en', 'es'], 'es')).toMatchObject({ language: 'es', by: 'fallback' });
  });
  it('only answers with candidate languages for Latin text', () => {
    expect(detectLanguage('dónde está mi pedido', ['en', 'pt'], 'en').language).not.toBe('es');
  });
});
