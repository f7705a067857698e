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
  const MY = ['en', 'ms', 'zh'];
  const US = ['en', 'es'];
  it.each([
    ['sy dah byr tp status msh blm byr', MY, 'ms'],
    ['brg x sampai lg, dah seminggu', MY, 'ms'],
    ['boleh tukar saiz besar sikit?', MY, 'ms'],
    ['nk cakap dgn staf betul', MY, 'ms'],
    ['can ship to sabah or not', MY, 'en'],
    ['assalamualaikum', MY, 'ms'],
    ['selamat pagi', MY, 'ms'],
    ['nk refund', MY, 'ms'],
    ['nk cancel order', MY, 'ms'],
    ['i want to cancel my order', MY, 'en'],
    ['the seller never reply me lah', MY, 'en'],
    ['可以用Touch n Go付吗', MY, 'zh'],
    ['有discount code吗', MY, 'zh'],
    ['donde esta mi paquete', US, 'es'],
    ['me cobraron doble', US, 'es'],
    ['cuanto tarda el envio a texas', US, 'es'],
    ['my card got declined at checkout', US, 'en'],
    ['a qué hora abren?', US, 'es'],
    ['no hablo inglés', US, 'es'],
    ['buscan empleados?', US, 'es'],
    ['what is the café address', US, 'en'],
    ['baik tq', MY, 'ms'],
    ['stokin kurang sepasang', MY, 'ms'],
  ])('%s (among %j) → %s', (text, candidates, lang) => {
    expect(detectLanguage(text, candidates, 'en').language).toBe(lang);
  });
  // A first message that is only a greeting, a thanks or a laugh decides the greeting's language.
  it.each([
    ['buenas', 'es'],
    ['buenas tardes', 'es'],
    ['holaa', 'es'],
    ['holaaaa', 'es'],
    ['oye', 'es'],
    ['graciasss', 'es'],
    ['jajaja', 'es'],
    ['hii', 'en'],
    ['heyyy', 'en'],
    ['pleeease help', 'en'],
    ['hahaha', 'en'],
    ['thx', 'en'],
  ])('greeting or chat word %s (US shop, fallback the other language) → %s', (text, lang) => {
    expect(detectLanguage(text, US, lang === 'en' ? 'es' : 'en')).toMatchObject({ language: lang, by: 'words' });
  });
  it('a doubled letter is squeezed only at the end of a word and only for a or i', () => {
    for (const t of ['see you soon', 'all my orders', 'too good']) expect(detectLanguage(t, US, 'en').language).toBe('en');
    expect(detectLanguage('see soon', US, 'es')).toMatchObject({ language: 'es', by: 'fallback' });
  });
  it('a few Han characters in Latin text count only for a flow that speaks Chinese', () => {
    expect(detectLanguage('有discount code吗', ['en', 'es'], 'es')).toMatchObject({ language: 'es', by: 'fallback' });
  });
  it('Chinese grammar around English words is Chinese; a Chinese word in an English sentence is not', () => {
    for (const t of ['为什么out of stock', '可以cancel my order吗', '有free shipping voucher吗']) expect(detectLanguage(t, ['en', 'ms', 'zh'], 'en')).toMatchObject({ language: 'zh', by: 'script' });
    expect(detectLanguage('where is my parcel, the tracking number is not updating 谢谢', ['en', 'ms', 'zh'], 'en').language).toBe('en');
  });
  it('short first messages that mix in English still read as Malay or Spanish', () => {
    for (const t of ['kenapa out of stock', 'refund lambat sangat']) expect(detectLanguage(t, ['en', 'ms', 'zh'], 'en').language).toBe('ms');
    expect(detectLanguage('aceptan paypal?', ['en', 'es'], 'en').language).toBe('es');
  });
  it('only answers with candidate languages for Latin text', () => {
    expect(detectLanguage('dónde está mi pedido', ['en', 'pt'], 'en').language).not.toBe('es');
  });
});
