import { describe, expect, it } from 'vitest';
import { evaluateSchedule, formatNextOpen } from '../../runtime/schedule';
import { r, schedule } from './helpers';

describe('evaluateSchedule: split shifts in Asia/Shanghai', () => {
  const split = r('09:00-12:00', '13:30-18:00');
  const s = schedule('Asia/Shanghai', { mon: split, tue: split, wed: split, thu: split, fri: split });

  it('is open at the start of a range (inclusive) and says why', () => {
    // 2026-01-05 is a Monday; 09:00 in Shanghai is 01:00Z.
    const st = evaluateSchedule(s, '2026-01-05T01:00:00Z');
    expect(st).toEqual({
      open: true,
      timezone: 'Asia/Shanghai',
      local: { date: '2026-01-05', weekday: 'mon', time: '09:00' },
      because: { type: 'weekly', weekday: 'mon', range: { start: '09:00', end: '12:00' }, from: '2026-01-05' },
      nextOpen: null,
      closesAt: { at: '2026-01-05T04:00:00Z', local: { date: '2026-01-05', weekday: 'mon', time: '12:00' } },
    });
  });

  it('is open one second before the end and closed at the end (exclusive)', () => {
    expect(evaluateSchedule(s, '2026-01-05T03:59:59Z').open).toBe(true);
    const st = evaluateSchedule(s, '2026-01-05T04:00:00Z');
    expect(st.open).toBe(false);
    expect(st.because).toEqual({ type: 'outside_hours', weekday: 'mon' });
  });

  it('is closed in the lunch gap and reopens the same afternoon', () => {
    const st = evaluateSchedule(s, '2026-01-05T05:00:00+00:00'); // 13:00 local
    expect(st.open).toBe(false);
    expect(st.nextOpen).toEqual({ at: '2026-01-05T05:30:00Z', local: { date: '2026-01-05', weekday: 'mon', time: '13:30' } });
    expect(st.closesAt).toBeNull();
    expect(formatNextOpen(st, 'en')).toBe('today at 1:30 PM');
    expect(formatNextOpen(st, 'zh')).toBe('今天 13:30');
    expect(evaluateSchedule(s, '2026-01-05T13:30:00+08:00').because).toMatchObject({ range: { start: '13:30', end: '18:00' } });
  });

  it('after Thursday closing reopens tomorrow', () => {
    const st = evaluateSchedule(s, '2026-01-08T18:30:00+08:00');
    expect(st.nextOpen?.at).toBe('2026-01-09T01:00:00Z');
    expect(formatNextOpen(st, 'en')).toBe('tomorrow at 9 AM');
    expect(formatNextOpen(st, 'zh')).toBe('明天 09:00');
  });

  it('skips the weekend: back Monday 09:00', () => {
    const st = evaluateSchedule(s, '2026-01-09T10:00:00Z'); // Friday 18:00 local
    expect(st.open).toBe(false);
    expect(st.because).toEqual({ type: 'outside_hours', weekday: 'fri' });
    expect(st.nextOpen).toEqual({ at: '2026-01-12T01:00:00Z', local: { date: '2026-01-12', weekday: 'mon', time: '09:00' } });
    expect(formatNextOpen(st, 'en')).toBe('Monday at 9 AM');
    expect(formatNextOpen(st, 'zh')).toBe('周一 09:00');
  });

  it('uses the local date, not the UTC date', () => {
    // 2026-01-04T23:30Z is Monday 07:30 in Shanghai but still Sunday in UTC.
    const st = evaluateSchedule(s, '2026-01-04T23:30:00Z');
    expect(st.local).toEqual({ date: '2026-01-05', weekday: 'mon', time: '07:30' });
    expect(formatNextOpen(st, 'en')).toBe('today at 9 AM');
  });
});

describe('evaluateSchedule: midnight boundaries', () => {
  // America/Mexico_City has no daylight saving time since 2022 (UTC-6).
  const s = schedule('America/Mexico_City', { mon: r('18:00-24:00'), tue: r('00:00-03:00'), wed: r('20:00-24:00') });

  it('24:00 runs until midnight and continues into the next day without a gap', () => {
    const st = evaluateSchedule(s, '2026-01-06T05:59:00Z'); // Mon 23:59
    expect(st.open).toBe(true);
    expect(st.because).toMatchObject({ type: 'weekly', weekday: 'mon', range: { start: '18:00', end: '24:00' } });
    // The shop does not close at midnight: Tuesday 00:00–03:00 follows.
    expect(st.closesAt).toEqual({ at: '2026-01-06T09:00:00Z', local: { date: '2026-01-06', weekday: 'tue', time: '03:00' } });
  });

  it('00:00 belongs to the new day', () => {
    const st = evaluateSchedule(s, '2026-01-06T06:00:00Z'); // Tue 00:00
    expect(st.because).toEqual({ type: 'weekly', weekday: 'tue', range: { start: '00:00', end: '03:00' }, from: '2026-01-06' });
    expect(evaluateSchedule(s, '2026-01-06T09:00:00Z').open).toBe(false); // Tue 03:00
  });

  it('a range ending 24:00 closes at midnight', () => {
    const st = evaluateSchedule(s, '2026-01-08T05:00:00Z'); // Wed 23:00
    expect(st.closesAt?.local).toEqual({ date: '2026-01-08', weekday: 'thu', time: '00:00' });
    const after = evaluateSchedule(s, '2026-01-08T06:00:00Z'); // Thu 00:00
    expect(after.open).toBe(false);
    expect(after.because).toEqual({ type: 'outside_hours', weekday: 'thu' });
    expect(after.nextOpen?.local).toEqual({ date: '2026-01-12', weekday: 'mon', time: '18:00' });
  });

  it('a shop open around the clock never closes', () => {
    const all = r('00:00-24:00');
    const st = evaluateSchedule(schedule('UTC', { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all }), '2026-05-01T12:00:00Z');
    expect(st.open).toBe(true);
    expect(st.closesAt).toBeNull();
  });
});

describe('evaluateSchedule: overnight ranges and holidays', () => {
  // Asia/Kuala_Lumpur, UTC+8. 2026-01-09 is a Friday.
  const weekly = { fri: r('22:00-02:00') };

  it('Friday 22:00–02:00 is open at Saturday 01:00 and belongs to Friday', () => {
    const st = evaluateSchedule(schedule('Asia/Kuala_Lumpur', weekly), '2026-01-09T17:00:00Z');
    expect(st.local).toEqual({ date: '2026-01-10', weekday: 'sat', time: '01:00' });
    expect(st.because).toEqual({ type: 'weekly', weekday: 'fri', range: { start: '22:00', end: '02:00' }, from: '2026-01-09' });
    expect(st.closesAt?.local).toEqual({ date: '2026-01-10', weekday: 'sat', time: '02:00' });
  });

  it('a holiday on Saturday does not close the Friday night range', () => {
    const s = schedule('Asia/Kuala_Lumpur', weekly, { holidays: [{ date: '2026-01-10', name: 'Company day' }] });
    expect(evaluateSchedule(s, '2026-01-09T17:00:00Z').open).toBe(true);
    const later = evaluateSchedule(s, '2026-01-09T19:00:00Z'); // Sat 03:00
    expect(later.open).toBe(false);
    expect(later.because).toEqual({ type: 'holiday', date: '2026-01-10', name: 'Company day' });
  });

  it('a holiday on Friday closes it, also after midnight', () => {
    const s = schedule('Asia/Kuala_Lumpur', weekly, { holidays: [{ date: '2026-01-09', name: 'Company day' }] });
    const friday = evaluateSchedule(s, '2026-01-09T15:00:00Z'); // Fri 23:00
    expect(friday.open).toBe(false);
    expect(friday.because).toEqual({ type: 'holiday', date: '2026-01-09', name: 'Company day' });
    const saturday = evaluateSchedule(s, '2026-01-09T17:00:00Z'); // Sat 01:00
    expect(saturday.open).toBe(false);
    expect(saturday.because).toEqual({ type: 'outside_hours', weekday: 'sat' });
    expect(saturday.nextOpen?.local).toEqual({ date: '2026-01-16', weekday: 'fri', time: '22:00' });
  });

  it('is closed when the overnight range has ended', () => {
    const st = evaluateSchedule(schedule('Asia/Kuala_Lumpur', weekly), '2026-01-09T18:00:00Z'); // Sat 02:00
    expect(st.open).toBe(false);
    expect(st.nextOpen?.at).toBe('2026-01-16T14:00:00Z');
    expect(formatNextOpen(st, 'en')).toBe('Friday at 10 PM');
  });
});

describe('evaluateSchedule: exceptions and holidays', () => {
  // Europe/London in December is UTC+0. 2026-12-24 is a Thursday.
  const s = schedule('Europe/London', undefined, {
    holidays: [
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute)' },
    ],
    exceptions: [
      { date: '2026-12-24', name: 'Christmas Eve', ranges: r('10:00-14:00') },
      { date: '2026-12-31', ranges: [] },
    ],
  });

  it('uses the exception hours instead of the weekly ones', () => {
    const before = evaluateSchedule(s, '2026-12-24T09:30:00Z');
    expect(before.open).toBe(false);
    expect(before.because).toEqual({ type: 'exception', date: '2026-12-24', name: 'Christmas Eve' });
    expect(formatNextOpen(before, 'en')).toBe('today at 10 AM');

    const during = evaluateSchedule(s, '2026-12-24T12:00:00Z');
    expect(during.because).toEqual({ type: 'exception', date: '2026-12-24', name: 'Christmas Eve', range: { start: '10:00', end: '14:00' } });
    expect(during.closesAt?.at).toBe('2026-12-24T14:00:00Z');
  });

  it('skips holidays and the weekend when looking for the next opening', () => {
    const st = evaluateSchedule(s, '2026-12-24T15:00:00Z');
    expect(st.because).toEqual({ type: 'exception', date: '2026-12-24', name: 'Christmas Eve' });
    expect(st.nextOpen).toEqual({ at: '2026-12-29T09:00:00Z', local: { date: '2026-12-29', weekday: 'tue', time: '09:00' } });
    expect(formatNextOpen(st, 'en')).toBe('Tuesday at 9 AM');
    expect(formatNextOpen(st, 'zh')).toBe('周二 09:00');
  });

  it('reports the holiday that closes the day', () => {
    const st = evaluateSchedule(s, '2026-12-28T11:00:00Z');
    expect(st.because).toEqual({ type: 'holiday', date: '2026-12-28', name: 'Boxing Day (substitute)' });
    expect(formatNextOpen(st, 'en')).toBe('tomorrow at 9 AM');
  });

  it('an exception without ranges closes the day', () => {
    const st = evaluateSchedule(s, '2026-12-31T11:00:00Z');
    expect(st.open).toBe(false);
    expect(st.because).toEqual({ type: 'exception', date: '2026-12-31' });
    expect(st.nextOpen?.local.date).toBe('2027-01-01');
  });

  it('an exception on a weekend day opens it', () => {
    const weekend = schedule('Europe/London', undefined, { exceptions: [{ date: '2026-11-28', name: 'Black Friday weekend', ranges: r('10:00-16:00') }] });
    const st = evaluateSchedule(weekend, '2026-11-27T19:00:00Z'); // Friday evening
    expect(st.nextOpen?.local).toEqual({ date: '2026-11-28', weekday: 'sat', time: '10:00' });
    expect(evaluateSchedule(weekend, '2026-11-28T10:00:00Z').because).toMatchObject({ type: 'exception', name: 'Black Friday weekend' });
  });

  it('includes the date when the next opening is more than 6 days away', () => {
    // Spring Festival closure in Shanghai; 2026-02-13 is a Friday.
    const closure = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'];
    const cny = schedule('Asia/Shanghai', undefined, { exceptions: closure.map((date) => ({ date, name: '春节', ranges: [] })) });
    const st = evaluateSchedule(cny, '2026-02-13T11:00:00Z'); // Fri 19:00
    expect(st.nextOpen?.local).toEqual({ date: '2026-02-24', weekday: 'tue', time: '09:00' });
    expect(formatNextOpen(st, 'en')).toBe('Tuesday, Feb 24 at 9 AM');
    expect(formatNextOpen(st, 'zh')).toBe('2月24日 周二 09:00');
  });

  it('a week away: Monday 5 Jan 09:00 / 1月5日 周一 09:00', () => {
    const mondays = schedule('UTC', { mon: r('09:00-12:00') });
    const st = evaluateSchedule(mondays, '2025-12-29T13:00:00Z');
    expect(formatNextOpen(st, 'en')).toBe('Monday, Jan 5 at 9 AM');
    expect(formatNextOpen(st, 'zh')).toBe('1月5日 周一 09:00');
  });

  it('has no next opening when there is none within 366 days', () => {
    const never = schedule('UTC', {});
    const st = evaluateSchedule(never, '2026-01-01T00:00:00Z');
    expect(st).toMatchObject({ open: false, nextOpen: null, closesAt: null });
    expect(formatNextOpen(st, 'en')).toBeNull();

    const far = schedule('UTC', {}, { exceptions: [{ date: '2027-06-01', ranges: r('09:00-10:00') }] });
    expect(evaluateSchedule(far, '2026-01-01T00:00:00Z').nextOpen).toBeNull();
    expect(evaluateSchedule(far, '2026-06-01T00:00:00Z').nextOpen?.at).toBe('2027-06-01T09:00:00Z');
  });
});

describe('evaluateSchedule: inputs', () => {
  const s = schedule('America/Los_Angeles');

  it('accepts offsets and fractional seconds', () => {
    // Monday 2026-01-05 09:00 PST.
    expect(evaluateSchedule(s, '2026-01-05T17:00:00Z').open).toBe(true);
    expect(evaluateSchedule(s, '2026-01-05T09:00:00-08:00').open).toBe(true);
    expect(evaluateSchedule(s, '2026-01-06T01:00:00+08:00').open).toBe(true);
    expect(evaluateSchedule(s, '2026-01-05T16:59:59.999Z').open).toBe(false);
  });

  it('throws a RangeError for text that is not an instant', () => {
    expect(() => evaluateSchedule(s, 'tomorrow')).toThrow(RangeError);
    expect(() => evaluateSchedule(s, '2026-01-05T09:00:00')).toThrow(/not an ISO-8601 instant/);
  });

  it('is deterministic', () => {
    const a = JSON.stringify(evaluateSchedule(s, '2026-03-07T03:00:00Z'));
    const b = JSON.stringify(evaluateSchedule(s, '2026-03-07T03:00:00Z'));
    expect(a).toBe(b);
  });
});
