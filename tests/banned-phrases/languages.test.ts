import { describe, expect, it } from 'vitest';
import { bannedListsFor, findBannedPhrases, type Market } from '../../flows/banned-phrases';

/** Findings as "LIST pattern [covered text]". */
function findings(text: string, market: Market, language?: string): string[] {
  return findBannedPhrases(text, market, { language }).map((m) => `${m.list} ${m.pattern} [${text.slice(m.start, m.end)}]`);
}

describe('banned phrases: the lists a reply is read with', () => {
  it.each<[Market, string | undefined, string, string[]]>([
    ['MY', 'zh', '', ['GLOBAL', 'MY', 'CN']],
    ['MY', 'ms', '', ['GLOBAL', 'MY']],
    ['MY', 'en', '', ['GLOBAL', 'MY', 'US', 'UK']],
    ['US', 'es', '', ['GLOBAL', 'US', 'ES', 'LATAM']],
    ['US', 'es-MX', '', ['GLOBAL', 'US', 'LATAM']],
    ['ES', 'es-ES', '', ['GLOBAL', 'ES']],
    ['LATAM', 'pt-BR', '', ['GLOBAL', 'LATAM']],
    ['UK', 'en-GB', '', ['GLOBAL', 'UK']],
    ['CN', 'en', '', ['GLOBAL', 'CN', 'US', 'UK']],
    ['US', 'fr', '', ['GLOBAL', 'US']],
    // Chinese characters bring the CN list, whatever the declared language.
    ['US', 'en', 'Add me: 加我微信', ['GLOBAL', 'US', 'UK', 'CN']],
    ['US', undefined, '加我微信', ['GLOBAL', 'US', 'CN']],
    ['US', undefined, 'hello', ['GLOBAL', 'US']],
  ])('%s market, %s text %j', (market, language, text, lists) => {
    expect(bannedListsFor(market, language, text)).toEqual(lists);
  });
});

describe('banned phrases: checked per reply language, not only per market', () => {
  it('a Chinese reply in a Malaysian shop is read with the CN list', () => {
    expect(findings('有问题请加我微信 abc123，好评返现5元', 'MY', 'zh')).toEqual([
      'CN 加/添加 + 微信（及谐音、字母写法） [加我微信 abc123]',
      'CN 好评返现 [好评返现]',
    ]);
  });

  it('a Spanish reply in a US shop is read with the ES and LATAM lists', () => {
    expect(findings('escríbeme al 555-0100, transferencia bancaria', 'US', 'es')).toEqual([
      'ES escríbeme por … (messenger, número) [escríbeme al 555-0100]',
      'ES transferencia bancaria [transferencia bancaria]',
    ]);
    expect(findings('Págame por Mercado Pago directo', 'US', 'es-MX')).toEqual(['LATAM págame [Págame]', 'LATAM Mercado Pago directo [Mercado Pago directo]']);
  });

  it('a Malay reply in a US shop is read with the MY list', () => {
    expect(findings('WS saya untuk diskaun', 'US', 'ms')).toEqual(['MY WS / WA saya [WS saya]']);
    expect(findings('WS saya untuk diskaun', 'US', 'en')).toEqual([]);
  });

  it('an English reply in any shop is read with the US and UK lists', () => {
    expect(findings('Our sort code is 12-34-56', 'US', 'en')).toEqual(['UK sort code [sort code]']);
    expect(findings('Send it by Venmo', 'MY', 'en')).toEqual(['US Venmo [Venmo]']);
    expect(findings('Leave a 5-star review for a refund', 'CN', 'en')).toEqual(['US review … for a refund / cash back / gift [5-star review for a refund]']);
  });

  it('the market and global lists still apply to every language', () => {
    expect(findings('Pay with DuitNow', 'MY', 'en')).toEqual(['MY DuitNow [DuitNow]']);
    expect(findings('Telegram 群', 'CN', 'zh')).toEqual(['GLOBAL Telegram [Telegram]']);
  });

  it('without a language, reads the market list and what the script tells', () => {
    expect(findings('escríbeme al 555-0100', 'US')).toEqual([]);
    expect(findings('加我微信', 'US')).toEqual(['CN 加我微信 [加我微信]']);
  });
});
