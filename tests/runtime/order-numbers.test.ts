import { describe, expect, it } from 'vitest';
import { orderIdsIn, questionText, writtenOrderNumber } from '../../runtime/order-numbers';

/** The full-width form a Chinese keyboard types ("６９３１…"). */
const wide = (s: string) => s.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('order numbers in what a buyer writes', () => {
  it('finds numbers with letters and dashes, five characters or more', () => {
    expect(orderIdsIn('where is US20261101 and 5761-2345?')).toEqual(['US20261101', '5761-2345']);
    expect(orderIdsIn('size 42 please')).toEqual([]);
  });
  it('reads full-width digits and letters from a Chinese keyboard as ASCII', () => {
    expect(orderIdsIn(`订单${wide('6931000000002')}物流呢？？`)).toEqual(['6931000000002']);
    expect(writtenOrderNumber(`订单号${wide('6931000000002')}`)).toBe('6931000000002');
    expect(writtenOrderNumber(`${wide('US20261101')} 到了吗`)).toBe('US20261101');
  });
  it('a written order number is 8+ characters with 6+ digits', () => {
    expect(writtenOrderNumber('pesanan 578012345678 macam mana?')).toBe('578012345678');
    expect(writtenOrderNumber('my zip is 94107')).toBeUndefined();
  });
  it('the question without its numbers is what gets matched', () => {
    expect(questionText('where is order 576912345678?')).toBe('where is order ?');
    expect(questionText(`订单${wide('6931000000002')}到哪了`)).not.toContain('6931');
    expect(questionText('US20261101')).toBe('US20261101');
  });
});
