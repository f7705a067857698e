import { describe, expect, it } from 'vitest';
import { instantOf, nextHoliday, offsetLabel, tonightAt23, wallClock } from '../../app/preview/clock';
import type { Schedule } from '../../flows/schedule';

const LA = 'America/Los_Angeles';
const KL = 'Asia/Kuala_Lumpur';
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('the preview clock in the shop time zone', () => {
  it('turns a wall-clock reading into an instant and back', () => {
    expect(iso(instantOf(LA, '2026-11-22', '23:30'))).toBe('2026-11-23T07:30:00.000Z');
    expect(iso(instantOf(KL, '2026-08-31', '02:00'))).toBe('2026-08-30T18:00:00.000Z');
    expect(wallClock(LA, Date.parse('2026-11-23T07:30:00Z'))).toEqual({ date: '2026-11-22', weekday: 'sun', time: '23:30' });
    expect(instantOf(LA, '2026-11-22', '')).toBeNull();
    expect(instantOf(LA, 'not a date', '10:00')).toBeNull();
  });

  it('shows the offset, daylight saving included', () => {
    expect(offsetLabel(LA, Date.parse('2026-11-23T07:30:00Z'))).toBe('UTC−08:00');
    expect(offsetLabel(LA, Date.parse('2026-07-01T12:00:00Z'))).toBe('UTC−07:00');
    expect(offsetLabel(KL, Date.parse('2026-07-01T12:00:00Z'))).toBe('UTC+08:00');
  });

  it('tonight 23:00 is on the shop’s date, not the browser’s', () => {
    // 07:04 UTC on Saturday is still Friday evening in Los Angeles.
    expect(iso(tonightAt23(LA, Date.parse('2026-11-21T07:04:00Z')))).toBe('2026-11-21T07:00:00.000Z');
    expect(iso(tonightAt23(KL, Date.parse('2026-11-21T07:04:00Z')))).toBe('2026-11-21T15:00:00.000Z');
  });

  it('finds the next public holiday of the schedules, today included, at 10:00 local', () => {
    const schedule = (holidays: Schedule['holidays']): Schedule => ({ id: 's', name: 'S', timezone: KL, weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays, exceptions: [] });
    const now = Date.parse('2026-08-30T20:00:00Z'); // 04:00 on 31 August in Kuala Lumpur
    const found = nextHoliday(KL, now, [schedule([{ date: '2026-06-01', name: 'Past' }, { date: '2026-12-25', name: 'Christmas' }]), schedule([{ date: '2026-08-31', name: 'Merdeka' }])]);
    expect(found).toEqual({ date: '2026-08-31', name: 'Merdeka', ms: Date.parse('2026-08-31T02:00:00Z') });
    expect(nextHoliday(KL, now, [schedule([{ date: '2026-01-01', name: 'Past' }])])).toBeNull();
  });
});
