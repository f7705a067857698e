import { describe, expect, it } from 'vitest';
import { evaluateSchedule, formatNextOpen, localTimeAt } from '../../runtime/schedule';
import { r, schedule } from './helpers';

// America/Los_Angeles 2026: clocks go 02:00 PST → 03:00 PDT on Sunday 2026-03-08 (10:00Z)
// and 02:00 PDT → 01:00 PST on Sunday 2026-11-01 (09:00Z).
// Europe/London 2026: 01:00 GMT → 02:00 BST on Sunday 2026-03-29 (01:00Z)
// and 02:00 BST → 01:00 GMT on Sunday 2026-10-25 (01:00Z).

describe('America/Los_Angeles spring forward (2026-03-08)', () => {
  it('a range starting inside the skipped hour opens at the first valid instant after it', () => {
    const s = schedule('America/Los_Angeles', { sun: r('02:30-06:00') });
    const before = evaluateSchedule(s, '2026-03-08T09:59:59Z');
    expect(before.local.time).toBe('01:59');
    expect(before.open).toBe(false);
    expect(before.nextOpen).toEqual({ at: '2026-03-08T10:00:00Z', local: { date: '2026-03-08', weekday: 'sun', time: '03:00' } });

    const at = evaluateSchedule(s, '2026-03-08T10:00:00Z');
    expect(at.local.time).toBe('03:00');
    expect(at.open).toBe(true);
    expect(at.because).toEqual({ type: 'weekly', weekday: 'sun', range: { start: '02:30', end: '06:00' }, from: '2026-03-08' });
    expect(at.closesAt).toEqual({ at: '2026-03-08T13:00:00Z', local: { date: '2026-03-08', weekday: 'sun', time: '06:00' } });

    // The Sunday before, the same range opens at 02:30 PST.
    expect(evaluateSchedule(s, '2026-03-01T09:00:00Z').nextOpen?.at).toBe('2026-03-01T10:30:00Z');
  });

  it('an overnight range ending inside the skipped hour closes when the gap ends', () => {
    const s = schedule('America/Los_Angeles', { sat: r('22:00-02:30') });
    const st = evaluateSchedule(s, '2026-03-08T09:59:00Z'); // 01:59 PST
    expect(st.open).toBe(true);
    expect(st.because).toMatchObject({ weekday: 'sat', from: '2026-03-07' });
    expect(st.closesAt).toEqual({ at: '2026-03-08T10:00:00Z', local: { date: '2026-03-08', weekday: 'sun', time: '03:00' } });
    expect(evaluateSchedule(s, '2026-03-08T10:00:00Z').open).toBe(false);
  });

  it('closing time across the change is in the new offset', () => {
    const s = schedule('America/Los_Angeles', { sat: r('20:00-06:00') });
    const st = evaluateSchedule(s, '2026-03-08T05:00:00Z'); // Sat 21:00 PST
    expect(st.closesAt?.at).toBe('2026-03-08T13:00:00Z'); // 06:00 PDT
  });

  it('next opening after the weekend moves one hour earlier in UTC', () => {
    const s = schedule('America/Los_Angeles');
    const st = evaluateSchedule(s, '2026-03-07T03:00:00Z'); // Fri 19:00 PST
    expect(st.nextOpen).toEqual({ at: '2026-03-09T16:00:00Z', local: { date: '2026-03-09', weekday: 'mon', time: '09:00' } });
    expect(formatNextOpen(st, 'en')).toBe('Monday at 9 AM');
    const weekBefore = evaluateSchedule(s, '2026-02-28T03:00:00Z');
    expect(weekBefore.nextOpen?.at).toBe('2026-03-02T17:00:00Z');
  });

  it('a range on the change day opens at 09:00 PDT', () => {
    const s = schedule('America/Los_Angeles', { sun: r('09:00-17:00') });
    expect(evaluateSchedule(s, '2026-03-08T06:00:00Z').nextOpen?.at).toBe('2026-03-08T16:00:00Z');
    expect(evaluateSchedule(s, '2026-03-08T16:00:00Z').open).toBe(true);
    expect(evaluateSchedule(s, '2026-03-08T15:59:00Z').open).toBe(false);
  });
});

describe('America/Los_Angeles fall back (2026-11-01)', () => {
  it('reads both occurrences of the repeated hour as the same local time', () => {
    expect(localTimeAt('America/Los_Angeles', '2026-11-01T08:30:00Z')).toEqual({ date: '2026-11-01', weekday: 'sun', time: '01:30' });
    expect(localTimeAt('America/Los_Angeles', '2026-11-01T09:30:00Z')).toEqual({ date: '2026-11-01', weekday: 'sun', time: '01:30' });
  });

  it('is closed in both occurrences for a weekday schedule and opens Monday 09:00 PST', () => {
    const s = schedule('America/Los_Angeles');
    for (const now of ['2026-11-01T08:30:00Z', '2026-11-01T09:30:00Z']) {
      const st = evaluateSchedule(s, now);
      expect(st.open).toBe(false);
      expect(st.because).toEqual({ type: 'outside_hours', weekday: 'sun' });
      expect(st.nextOpen).toEqual({ at: '2026-11-02T17:00:00Z', local: { date: '2026-11-02', weekday: 'mon', time: '09:00' } });
      expect(formatNextOpen(st, 'en')).toBe('tomorrow at 9 AM');
    }
  });

  it('a range starting in the repeated hour opens at its first occurrence and stays open', () => {
    const s = schedule('America/Los_Angeles', { sun: r('01:00-03:00') });
    expect(evaluateSchedule(s, '2026-11-01T07:59:00Z').nextOpen?.at).toBe('2026-11-01T08:00:00Z');
    const first = evaluateSchedule(s, '2026-11-01T08:30:00Z');
    const second = evaluateSchedule(s, '2026-11-01T09:30:00Z');
    expect(first.open).toBe(true);
    expect(second.open).toBe(true);
    expect(first.closesAt?.at).toBe('2026-11-01T11:00:00Z'); // 03:00 PST: the range lasts three hours
    expect(second.closesAt?.at).toBe('2026-11-01T11:00:00Z');
  });

  it('a range ending in the repeated hour ends at its first occurrence', () => {
    const s = schedule('America/Los_Angeles', { sun: r('00:00-01:30') });
    const open = evaluateSchedule(s, '2026-11-01T08:15:00Z'); // 01:15 PDT
    expect(open.open).toBe(true);
    expect(open.closesAt?.at).toBe('2026-11-01T08:30:00Z');
    expect(evaluateSchedule(s, '2026-11-01T08:45:00Z').open).toBe(false); // 01:45 PDT
    expect(evaluateSchedule(s, '2026-11-01T09:15:00Z').open).toBe(false); // 01:15 PST, after closing
  });

  it('an overnight range across the change lasts one hour longer', () => {
    const s = schedule('America/Los_Angeles', { sat: r('20:00-04:00') });
    const st = evaluateSchedule(s, '2026-11-01T11:30:00Z'); // 03:30 PST
    expect(st.open).toBe(true);
    expect(st.because).toEqual({ type: 'weekly', weekday: 'sat', range: { start: '20:00', end: '04:00' }, from: '2026-10-31' });
    expect(st.closesAt?.at).toBe('2026-11-01T12:00:00Z');
  });

  it('next opening across the change is in the new offset', () => {
    const s = schedule('America/Los_Angeles');
    expect(evaluateSchedule(s, '2026-10-31T19:00:00Z').nextOpen?.at).toBe('2026-11-02T17:00:00Z');
    expect(evaluateSchedule(s, '2026-10-24T19:00:00Z').nextOpen?.at).toBe('2026-10-26T16:00:00Z');
  });
});

describe('Europe/London spring forward (2026-03-29)', () => {
  it('a range starting inside the skipped hour opens at 02:00 BST', () => {
    const s = schedule('Europe/London', { sun: r('01:30-04:00') });
    const before = evaluateSchedule(s, '2026-03-29T00:59:00Z');
    expect(before.local.time).toBe('00:59');
    expect(before.nextOpen).toEqual({ at: '2026-03-29T01:00:00Z', local: { date: '2026-03-29', weekday: 'sun', time: '02:00' } });
    const at = evaluateSchedule(s, '2026-03-29T01:00:00Z');
    expect(at.open).toBe(true);
    expect(at.closesAt?.at).toBe('2026-03-29T03:00:00Z');
  });

  it('Monday opening after the change is 08:00Z', () => {
    const st = evaluateSchedule(schedule('Europe/London'), '2026-03-27T18:00:00Z');
    expect(st.nextOpen).toEqual({ at: '2026-03-30T08:00:00Z', local: { date: '2026-03-30', weekday: 'mon', time: '09:00' } });
    expect(formatNextOpen(st, 'en')).toBe('Monday at 9 AM');
  });
});

describe('Europe/London fall back (2026-10-25)', () => {
  it('reads both occurrences of 01:30', () => {
    expect(localTimeAt('Europe/London', '2026-10-25T00:30:00Z').time).toBe('01:30');
    expect(localTimeAt('Europe/London', '2026-10-25T01:30:00Z').time).toBe('01:30');
    expect(localTimeAt('Europe/London', '2026-10-25T02:00:00Z').time).toBe('02:00');
  });

  it('a range 01:00–02:00 covers both occurrences of the repeated hour', () => {
    const s = schedule('Europe/London', { sun: r('01:00-02:00') });
    expect(evaluateSchedule(s, '2026-10-24T23:59:00Z').open).toBe(false);
    expect(evaluateSchedule(s, '2026-10-25T00:00:00Z').open).toBe(true);
    const second = evaluateSchedule(s, '2026-10-25T01:30:00Z');
    expect(second.open).toBe(true);
    expect(second.closesAt?.at).toBe('2026-10-25T02:00:00Z');
    expect(evaluateSchedule(s, '2026-10-25T02:00:00Z').open).toBe(false);
  });

  it('an overnight range ending in the repeated hour ends at its first occurrence', () => {
    const s = schedule('Europe/London', { sat: r('22:00-01:30') });
    expect(evaluateSchedule(s, '2026-10-25T00:15:00Z').open).toBe(true); // 01:15 BST
    const st = evaluateSchedule(s, '2026-10-25T00:45:00Z'); // 01:45 BST
    expect(st.open).toBe(false);
    expect(st.because).toEqual({ type: 'outside_hours', weekday: 'sun' });
    expect(st.nextOpen?.at).toBe('2026-10-31T22:00:00Z'); // next Saturday 22:00 GMT
  });

  it('Monday opening after the change is 09:00Z', () => {
    expect(evaluateSchedule(schedule('Europe/London'), '2026-10-23T17:00:00Z').nextOpen?.at).toBe('2026-10-26T09:00:00Z');
  });
});
