import { describe, expect, it } from 'vitest';
import { acknowledgement } from '../../runtime/nodes/acknowledgement';

describe('acknowledgement', () => {
  it.each(['ok', 'OK!', 'okay 👍', 'noted', 'got it', 'vale', 'baik', '好的', '收到', 'ok lah', '好哒', '好嘞', '好吧', '行', '可以', '了解', '收到啦', 'ok的', '那我再等等', 'sounds good', 'i see', 'entendido', 'baiklah', 'takpe', 'gotcha', 'np', 'say less', 'ohh i see', 'órale', 'está bien', 'sale pues', 'simón', '好咯', '没问题', '那行', '好的 明白', 'can can', 'steady', 'orh'])('"%s" only acknowledges', (text) => {
    expect(acknowledgement(text)).toBe('ok');
  });

  it.each(['thanks!', 'thank you so much', 'ok noted, thanks a lot', 'tq', 'terima kasih', 'gracias', '好的谢谢', 'ty 🙏', '麻烦了', '好的辛苦了'])('"%s" thanks', (text) => {
    expect(acknowledgement(text)).toBe('thanks');
  });

  it.each(['ok where is my order', 'thanks, and the refund?', 'okay so', '', '👍', 'not ok'])('"%s" says more (or nothing)', (text) => {
    expect(acknowledgement(text)).toBeNull();
  });
});
