import { describe, expect, it } from 'vitest';
import { formatNextOpen, type ScheduleStatus } from '../../runtime/schedule';

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
    ['en', 'today 21:00', 'tomorrow 10:00', 'Monday 09:00', 'Monday 19 Jan 09:00'],
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
    expect(formatNextOpen(sixDays, 'en')).toBe('Thursday 09:00');
    expect(formatNextOpen(closedUntil('2026-01-09', '2026-01-16', 'fri', '09:00'), 'en')).toBe('Friday 16 Jan 09:00');
  });

  it('falls back to English for other languages and accepts zh-CN / zh_Hans', () => {
    expect(formatNextOpen(monday, 'ja')).toBe('Monday 09:00');
    expect(formatNextOpen(monday, '')).toBe('Monday 09:00');
    expect(formatNextOpen(monday, 'zh-CN')).toBe('周一 09:00');
    expect(formatNextOpen(monday, 'zh_Hans')).toBe('周一 09:00');
    expect(formatNextOpen(monday, 'EN-us')).toBe('Monday 09:00');
  });

  it('is null when there is no next opening', () => {
    expect(formatNextOpen({ ...monday, nextOpen: null }, 'en')).toBeNull();
  });
});
