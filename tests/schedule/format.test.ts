import { describe, expect, it } from 'vitest';
import { evaluateSchedule, formatLocalDate, formatNextOpen, formatOpenUntil, type ScheduleStatus } from '../../runtime/schedule';
import { r, schedule } from './helpers';

function closedUntil(fromDate: string, date: string, weekday: ScheduleStatus['local']['weekday'], time: string): ScheduleStatus {
  return {
    open: false,
    timezone: 'UTC',
    local: { date: fromDate, weekday: 'fri', time: '19:00' },
    because: { type: 'outside_hours', weekday: 'fri' },
    nextOpen: { at: `${date}T${time}:00Z`, local: { date, weekday, time } },
    closesAt: null,
  };
}

// 2026-01-09 is a Friday.
const today = closedUntil('2026-01-09', '2026-01-09', 'fri', '21:00');
const tomorrow = closedUntil('2026-01-09', '2026-01-10', 'sat', '10:00');
const monday = closedUntil('2026-01-09', '2026-01-12', 'mon', '09:00');
const sixDays = closedUntil('2026-01-09', '2026-01-15', 'thu', '09:00');
const nextWeek = closedUntil('2026-01-09', '2026-01-19', 'mon', '09:00');

describe('formatNextOpen', () => {
  it.each([
    ['en', 'today at 9 PM', 'tomorrow at 10 AM', 'Monday at 9 AM', 'Monday, Jan 19 at 9 AM'],
    ['zh', '今天 21:00', '明天 10:00', '周一 09:00', '1月19日 周一 09:00'],
    ['zh-TW', '今天 21:00', '明天 10:00', '週一 09:00', '1月19日 週一 09:00'],
    ['es', 'hoy 21:00', 'mañana 10:00', 'lunes 09:00', 'lunes 19 ene 09:00'],
    ['pt-BR', 'hoje 21:00', 'amanhã 10:00', 'segunda-feira 09:00', 'segunda-feira 19 jan 09:00'],
    ['ms', 'hari ini 21:00', 'esok 10:00', 'Isnin 09:00', 'Isnin 19 Jan 09:00'],
    ['id', 'hari ini 21:00', 'besok 10:00', 'Senin 09:00', 'Senin 19 Jan 09:00'],
    ['de', 'heute 21:00', 'morgen 10:00', 'Montag 09:00', 'Montag, 19. Jan. 09:00'],
    ['fr', "aujourd'hui 21:00", 'demain 10:00', 'lundi 09:00', 'lundi 19 janv. 09:00'],
    ['it', 'oggi 21:00', 'domani 10:00', 'lunedì 09:00', 'lunedì 19 gen 09:00'],
    ['tr', 'bugün 21:00', 'yarın 10:00', 'Pazartesi 09:00', '19 Oca Pazartesi 09:00'],
    ['vi', 'hôm nay 21:00', 'ngày mai 10:00', 'Thứ Hai 09:00', 'Thứ Hai 19/1 09:00'],
  ])('%s', (lang, t, tm, mon, week) => {
    expect(formatNextOpen(today, lang)).toBe(t);
    expect(formatNextOpen(tomorrow, lang)).toBe(tm);
    expect(formatNextOpen(monday, lang)).toBe(mon);
    expect(formatNextOpen(nextWeek, lang)).toBe(week);
  });

  it('names the weekday up to 6 days ahead and adds the date after that', () => {
    expect(formatNextOpen(sixDays, 'en')).toBe('Thursday at 9 AM');
    expect(formatNextOpen(closedUntil('2026-01-09', '2026-01-16', 'fri', '09:00'), 'en')).toBe('Friday, Jan 16 at 9 AM');
  });

  it('falls back to English for other languages and accepts zh-CN / zh_Hans', () => {
    expect(formatNextOpen(monday, 'ja')).toBe('Monday at 9 AM');
    expect(formatNextOpen(monday, '')).toBe('Monday at 9 AM');
    expect(formatNextOpen(monday, 'zh-CN')).toBe('周一 09:00');
    expect(formatNextOpen(monday, 'zh_Hans')).toBe('周一 09:00');
    expect(formatNextOpen(monday, 'EN-us')).toBe('Monday at 9 AM');
  });

  it('is null when there is no next opening', () => {
    expect(formatNextOpen({ ...monday, nextOpen: null }, 'en')).toBeNull();
  });
});

describe('formatLocalDate', () => {
  it.each([
    ['en', 'Nov 17', 'Jan 5, 2027'],
    ['es', '17 de noviembre', '5 de enero de 2027'],
    ['zh', '11月17日', '2027年1月5日'],
    ['ms', '17 November', '5 Januari 2027'],
    ['de', '17. November', '5. Januar 2027'],
    ['ja', 'Nov 17', 'Jan 5, 2027'],
  ])('%s: the day and month, and the year only when it is not this year', (lang, thisYear, otherYear) => {
    expect(formatLocalDate('2026-11-17', lang, '2026-11-21')).toBe(thisYear);
    expect(formatLocalDate('2027-01-05', lang, '2026-12-30')).toBe(otherYear);
  });

  it('leaves what is not a date as it is', () => {
    expect(formatLocalDate('soon', 'en', '2026-11-21')).toBe('soon');
  });
});

describe('formatOpenUntil: until when an open shop is open, after "until"', () => {
  // 2026-01-09 is a Friday; Asia/Shanghai has no DST.
  const split = schedule('Asia/Shanghai', { fri: r('09:00-12:00', '13:30-22:00'), sat: r('20:00-24:00'), sun: r('00:00-01:00') });
  const at = (local: string) => evaluateSchedule(split, `${local}+08:00`);

  it('reads a close later today in the buyer language', () => {
    expect(formatOpenUntil(at('2026-01-09T10:00:00'), 'en')).toBe('12 PM today');
    expect(formatOpenUntil(at('2026-01-09T15:00:00'), 'en')).toBe('10 PM today');
    expect(formatOpenUntil(at('2026-01-09T15:00:00'), 'zh')).toBe('今天22:00');
    expect(formatOpenUntil(at('2026-01-09T15:00:00'), 'es')).toBe('las 22:00 de hoy');
    expect(formatOpenUntil(at('2026-01-09T15:00:00'), 'ms')).toBe('22:00 hari ini');
    expect(formatOpenUntil(at('2026-01-09T15:00:00'), 'de')).toBe('heute 22:00');
  });

  it('reads a late shift running past midnight as tonight', () => {
    expect(formatOpenUntil(at('2026-01-10T21:00:00'), 'en')).toBe('1 AM tonight');
    expect(formatOpenUntil(at('2026-01-10T21:00:00'), 'zh')).toBe('凌晨01:00');
    expect(formatOpenUntil(at('2026-01-10T21:00:00'), 'es')).toBe('la 1:00 de la madrugada');
    expect(formatOpenUntil(at('2026-01-10T21:00:00'), 'ms')).toBe('01:00 malam ini');
  });

  it('says midnight for a shift ending at 24:00', () => {
    const late = schedule('Asia/Shanghai', { fri: r('18:00-24:00') });
    const st = evaluateSchedule(late, '2026-01-09T20:00:00+08:00');
    expect([formatOpenUntil(st, 'en'), formatOpenUntil(st, 'zh'), formatOpenUntil(st, 'es'), formatOpenUntil(st, 'ms')]).toEqual(['midnight', '今晚24:00', 'la medianoche', 'tengah malam']);
  });

  it('is null while closed, and for a schedule that never closes', () => {
    expect(formatOpenUntil(at('2026-01-09T12:30:00'), 'en')).toBeNull();
    const always = schedule('UTC', { mon: r('00:00-24:00'), tue: r('00:00-24:00'), wed: r('00:00-24:00'), thu: r('00:00-24:00'), fri: r('00:00-24:00'), sat: r('00:00-24:00'), sun: r('00:00-24:00') });
    expect(formatOpenUntil(evaluateSchedule(always, '2026-01-09T12:00:00Z'), 'en')).toBeNull();
  });
});
