/**
 * The preview's clock in the shop's time zone: wall-clock date and time of an instant, the
 * instant of a wall-clock reading, and the quick picks (now, tonight 23:00, the next public
 * holiday of the flow's schedules). Pure: "now" is an argument.
 */
import type { Schedule } from '../../flows/schedule';
import { DAY_MS, MINUTE_MS, parseDay, parseMinutes } from '../../runtime/schedule/civil';
import { instantOfWall, localTimeOf, offsetAt, type LocalTime } from '../../runtime/schedule/zoned-time';

/** The wall-clock reading of an instant in a zone ('YYYY-MM-DD', weekday, 'HH:MM'). */
export function wallClock(timezone: string, ms: number): LocalTime {
  return localTimeOf(timezone, ms);
}

/** The instant (epoch ms) at which the zone's clock reads `date` `time`; null when they are not valid. */
export function instantOf(timezone: string, date: string, time: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const day = parseDay(date);
  const minute = parseMinutes(time);
  if (!Number.isFinite(day) || !Number.isFinite(minute)) return null;
  return instantOfWall(timezone, day * DAY_MS + minute * MINUTE_MS, 'earlier');
}

/** "UTC−08:00" for the zone's offset at an instant. */
export function offsetLabel(timezone: string, ms: number): string {
  const minutes = Math.round(offsetAt(timezone, ms) / MINUTE_MS);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Today (in the zone) at 23:00. */
export function tonightAt23(timezone: string, nowMs: number): number {
  return instantOf(timezone, wallClock(timezone, nowMs).date, '23:00') ?? nowMs;
}

/**
 * The next public holiday (today included) among the schedules' holidays, at 10:00 local: an hour
 * the shop would normally be open, so the holiday is what closes it.
 */
export function nextHoliday(timezone: string, nowMs: number, schedules: readonly Schedule[]): { date: string; name: string; ms: number } | null {
  const today = wallClock(timezone, nowMs).date;
  let best: { date: string; name: string } | null = null;
  for (const s of schedules) {
    for (const h of s.holidays) {
      if (h.date >= today && (!best || h.date < best.date)) best = { date: h.date, name: h.name };
    }
  }
  if (!best) return null;
  const ms = instantOf(timezone, best.date, '10:00');
  return ms === null ? null : { ...best, ms };
}
