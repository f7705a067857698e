import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  IsoDateSchema,
  ScheduleSchema,
  TimeOfDaySchema,
  TimeRangeSchema,
  TimezoneSchema,
  scheduleProblems,
} from '../../flows/schedule';
import { r, schedule } from './helpers';

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('schedule schema', () => {
  it('accepts HH:MM times and 24:00', () => {
    for (const t of ['00:00', '09:30', '23:59', '24:00']) expect(TimeOfDaySchema.safeParse(t).success).toBe(true);
  });

  it('rejects bad times with a specific message', () => {
    expect(messages(TimeOfDaySchema.safeParse('9:00'))[0]).toContain("'HH:MM'");
    expect(messages(TimeOfDaySchema.safeParse('25:00'))[0]).toContain('hour must be 00–23');
    expect(messages(TimeOfDaySchema.safeParse('24:30'))[0]).toContain('hour must be 00–23');
    expect(messages(TimeOfDaySchema.safeParse('12:60'))[0]).toContain('minutes must be 00–59');
  });

  it('rejects a range starting at 24:00 and names the field', () => {
    const res = TimeRangeSchema.safeParse({ start: '24:00', end: '02:00' });
    expect(res.success).toBe(false);
    expect(messages(res)).toEqual([expect.stringMatching(/^start: a range cannot start at '24:00'/)]);
  });

  it('accepts real calendar dates only', () => {
    expect(IsoDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(messages(IsoDateSchema.safeParse('2026-02-29'))[0]).toContain('not a real calendar date');
    expect(messages(IsoDateSchema.safeParse('2026-04-31'))[0]).toContain('not a real calendar date');
    expect(messages(IsoDateSchema.safeParse('2026-13-01'))[0]).toContain('month must be 01–12');
    expect(messages(IsoDateSchema.safeParse('26-1-5'))[0]).toContain("'YYYY-MM-DD'");
  });

  it('rejects unknown time zones with a clear message', () => {
    expect(TimezoneSchema.safeParse('Asia/Shanghai').success).toBe(true);
    expect(TimezoneSchema.safeParse('America/Mexico_City').success).toBe(true);
    expect(messages(TimezoneSchema.safeParse('Mars/Base'))[0]).toContain("unknown time zone 'Mars/Base'");
    expect(TimezoneSchema.safeParse('').success).toBe(false);
    expect(TimezoneSchema.safeParse('+08:00').success).toBe(false);
  });

  it('reports the path of a bad field inside a schedule', () => {
    const res = ScheduleSchema.safeParse({
      id: 'us-shop',
      name: 'US',
      timezone: 'Mars/Base',
      weekly: { mon: [{ start: '09:00', end: '25:00' }] },
      holidays: [{ date: '2026-02-30', name: 'x' }],
    });
    expect(messages(res)).toEqual([
      "timezone: unknown time zone 'Mars/Base' (use an IANA name such as 'Asia/Shanghai')",
      "weekly.mon.0.end: hour must be 00–23 (or the end '24:00'), got '25:00'",
      "holidays.0.date: '2026-02-30' is not a real calendar date (month 02 has 28 days)",
    ]);
  });

  it('fills missing days, holidays and exceptions with empty lists', () => {
    const s = ScheduleSchema.parse({ id: 'a', name: 'A', timezone: 'Europe/London', weekly: { mon: r('09:00-17:00') } });
    expect(s.weekly.sun).toEqual([]);
    expect(s.holidays).toEqual([]);
    expect(s.exceptions).toEqual([]);
  });

  it('rejects a misspelt weekday instead of dropping its hours', () => {
    const res = ScheduleSchema.safeParse({ id: 'a', name: 'A', timezone: 'Europe/London', weekly: { monday: r('09:00-17:00') } });
    expect(res.success).toBe(false);
    expect(messages(res)[0]).toContain('monday');
  });

  it('exports a JSON schema with the time pattern for the JSON editor', () => {
    const json = JSON.stringify(z.toJSONSchema(ScheduleSchema, { io: 'input' }));
    expect(json).toContain('24:00');
    expect(json).toContain('"additionalProperties":false');
  });

  it('rejects a bad id', () => {
    const res = ScheduleSchema.safeParse({ id: 'Bad Id', name: 'A', timezone: 'Europe/London', weekly: {} });
    expect(messages(res)[0]).toMatch(/^id: id must start with a lowercase letter or digit/);
  });
});

describe('scheduleProblems', () => {
  it('is empty for a sensible schedule with split shifts and an overnight range', () => {
    const s = schedule('Asia/Shanghai', { mon: r('09:00-12:00', '13:30-18:00'), fri: r('22:00-02:00'), sat: r('10:00-16:00') }, {
      holidays: [{ date: '2026-10-01', name: '国庆节' }],
      exceptions: [{ date: '2026-02-16', name: '除夕', ranges: r('09:00-12:00') }],
    });
    expect(scheduleProblems(s)).toEqual([]);
  });

  it('flags a zero-length range', () => {
    const p = scheduleProblems(schedule('UTC', { tue: r('09:00-12:00', '14:00-14:00') }));
    expect(p).toEqual([
      expect.objectContaining({ code: 'range_empty', path: ['weekly', 'tue', 1] }),
    ]);
    expect(p[0]?.en).toContain('Tuesday');
    expect(p[0]?.en).toContain('14:00–14:00');
    expect(p[0]?.zh).toContain('周二');
  });

  it('flags overlapping ranges on one day', () => {
    const p = scheduleProblems(schedule('UTC', { wed: r('13:00-18:00', '09:00-14:00') }));
    expect(p.map((x) => [x.code, x.path])).toEqual([['range_overlap', ['weekly', 'wed', 0]]]);
    expect(p[0]?.en).toBe('Wednesday: range 1 (13:00–18:00) overlaps range 2 (09:00–14:00).');
    expect(p[0]?.zh).toContain('周三');
  });

  it('does not flag ranges that only touch', () => {
    expect(scheduleProblems(schedule('UTC', { wed: r('09:00-12:00', '12:00-18:00', '18:00-24:00'), thu: r('00:00-02:00') }))).toEqual([]);
  });

  it("flags an overnight range running into the next day's ranges, also from Sunday into Monday", () => {
    const p = scheduleProblems(schedule('UTC', { fri: r('22:00-02:00'), sat: r('01:00-05:00'), sun: r('20:00-09:30'), mon: r('09:00-17:00') }));
    expect(p.map((x) => [x.code, x.path])).toEqual([
      ['range_overlap', ['weekly', 'sat', 0]],
      ['range_overlap', ['weekly', 'mon', 0]],
    ]);
    expect(p[0]?.en).toContain('overnight range 22:00–02:00 of Friday');
    expect(p[0]?.zh).toContain('周五的跨夜时段');
  });

  it('checks an exception against the overnight range of the day before', () => {
    // 2026-01-03 is a Saturday; Friday night runs to 02:00.
    const s = schedule('UTC', { fri: r('22:00-02:00') }, { exceptions: [{ date: '2026-01-03', ranges: r('00:00-06:00') }] });
    expect(scheduleProblems(s).map((x) => [x.code, x.path])).toEqual([['range_overlap', ['exceptions', 0, 'ranges', 0]]]);
  });

  it('flags a date listed twice', () => {
    const s = schedule('UTC', undefined, {
      holidays: [
        { date: '2026-12-25', name: 'Christmas' },
        { date: '2026-12-25', name: 'Christmas Day' },
      ],
      exceptions: [
        { date: '2026-12-24', ranges: r('09:00-12:00') },
        { date: '2026-12-24', ranges: [] },
      ],
    });
    const p = scheduleProblems(s);
    expect(p.map((x) => [x.code, x.path])).toEqual([
      ['duplicate_date', ['holidays', 1, 'date']],
      ['duplicate_date', ['exceptions', 1, 'date']],
    ]);
    expect(p[0]?.en).toContain('2026-12-25');
    expect(p[0]?.zh).toContain('重复');
  });

  it('flags an exception on a holiday', () => {
    const s = schedule('UTC', undefined, {
      holidays: [{ date: '2026-12-24', name: 'Christmas Eve' }],
      exceptions: [{ date: '2026-12-24', name: 'Half day', ranges: r('09:00-12:00') }],
    });
    const p = scheduleProblems(s);
    expect(p.map((x) => [x.code, x.path])).toEqual([['exception_on_holiday', ['exceptions', 0, 'date']]]);
    expect(p[0]?.en).toBe('2026-12-24 is the holiday "Christmas Eve", but an exception gives it hours (09:00–12:00), so the shop is open then instead of closed all day. Remove the exception or the holiday if that is not what you want.');
  });

  it('flags a schedule that is never open', () => {
    const p = scheduleProblems(schedule('UTC', {}, { exceptions: [{ date: '2026-12-24', ranges: [] }] }));
    expect(p.map((x) => [x.code, x.path])).toEqual([['never_open', []]]);
    expect(p[0]?.zh).toContain('Shop hours');
    // Only empty ranges still means never open.
    expect(scheduleProblems(schedule('UTC', { mon: r('09:00-09:00') })).map((x) => x.code)).toEqual(['range_empty', 'never_open']);
    // Opening hours on an exception date alone are enough.
    expect(scheduleProblems(schedule('UTC', {}, { exceptions: [{ date: '2026-12-24', ranges: r('10:00-12:00') }] }))).toEqual([]);
  });
});
