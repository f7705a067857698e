import { describe, expect, it } from 'vitest';
import { findBannedPhrases } from '../../flows/banned-phrases';
import { compactForm, spacedForm, streams } from '../../flows/banned-phrases/streams';

/** The original text behind units [from, to) of the spaced form. */
function origin(text: string, from: number, to: number): string {
  const s = streams(text).spaced;
  return text.slice(s.start[from], s.end[to - 1]);
}

describe('banned phrases: the normalised forms', () => {
  it('folds case, width and accents', () => {
    expect(spacedForm('ＷｈａｔｓＡｐｐ')).toBe('whatsapp');
    expect(spacedForm('Escríbeme AL')).toBe('escribeme al');
    expect(spacedForm('Escri\u0301beme')).toBe('escribeme');
    expect(compactForm('加ＱＱ１２３')).toBe('加qq123');
  });

  it('reads hyphens, slashes and dots inside words as spaces, and drops apostrophes', () => {
    expect(spacedForm('Whats-App')).toBe('whats app');
    expect(spacedForm('wa.me/15550100')).toBe('wa me 15550100');
    expect(spacedForm("what's up")).toBe('whats up');
    expect(spacedForm('don’t')).toBe('dont');
  });

  it('joins words spelt out letter by letter, but not two letters', () => {
    expect(spacedForm('Message us on W h a t s A p p')).toBe('message us on whatsapp');
    expect(spacedForm('W-h-a-t-s-A-p-p')).toBe('whatsapp');
    expect(spacedForm('I a m')).toBe('iam');
    expect(spacedForm('a b')).toBe('a b');
    const text = 'Message us on W h a t s A p p';
    expect(origin(text, 14, 22)).toBe('W h a t s A p p');
  });

  it('reads number words before a star word as digits', () => {
    expect(spacedForm('five-star review')).toBe('5 star review');
    expect(spacedForm('cinco estrellas')).toBe('5 estrellas');
    expect(spacedForm('lima bintang')).toBe('5 bintang');
    expect(compactForm('五星好评')).toBe('5星好评');
    // Elsewhere they stay words: the city, the article.
    expect(spacedForm('envío a Lima')).toBe('envio a lima');
    expect(spacedForm('por una reseña')).toBe('por una resena');
    expect(origin('a five star review', 2, 3)).toBe('five');
  });

  it('marks sentence ends and clause breaks, but not line breaks', () => {
    expect(streams('Hi. WhatsApp me!').spaced.text).toBe('hi | whatsapp me |');
    expect(streams('Hi, friend: call').spaced.text).toBe('hi , friend , call');
    expect(streams('Pay via\nPayPal').spaced.text).toBe('pay via paypal');
    expect(streams('好评。返现').compact.text).toBe('好评|返现');
  });

  it('reads ➕ and a + before Chinese as 加, a + before digits as nothing', () => {
    expect(compactForm('➕微信')).toBe('加微信');
    expect(compactForm('+微信')).toBe('加微信');
    expect(compactForm('+86 138')).toBe('86138');
  });

  it('cuts words where the script changes', () => {
    expect(spacedForm('加我WhatsApp')).toBe('加我 whatsapp');
    expect(spacedForm('快递vx12345已发出')).toBe('快递 vx12345 已发出');
  });
});

describe('banned phrases: results', () => {
  it('are copies: changing one does not change the next answer', () => {
    const first = findBannedPhrases('Join our Telegram group', 'US');
    first[0]!.start = 99;
    first.pop();
    expect(findBannedPhrases('Join our Telegram group', 'US').map((m) => m.start)).toEqual([9]);
  });

  it('say which list, phrase or rule matched, and whether it is a rule', () => {
    expect(findBannedPhrases('Leave a 5-star review for a refund', 'US', { language: 'en' })).toEqual([
      expect.objectContaining({ list: 'US', pattern: 'review … for a refund / cash back / gift', category: 'review_incentive', rule: true, negated: false }),
    ]);
    expect(findBannedPhrases('Join our Telegram group', 'MY', { language: 'ms' })).toEqual([
      expect.objectContaining({ list: 'GLOBAL', pattern: 'Telegram', category: 'off_platform_contact', rule: false, negated: false }),
    ]);
  });

  it('keep up with typing: a thousand different replies take well under a second', () => {
    const started = performance.now();
    for (let i = 0; i < 1000; i++) {
      findBannedPhrases(`Hi {buyer_name}! Order ${i} ships today; track it in the app. If anything is wrong, reply here.`, 'US', { language: 'en' });
      findBannedPhrases(`亲，订单${i}已经发货了，预计3天内送达，有问题请在这里留言哦`, 'CN', { language: 'zh' });
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
