import type { Weekday } from '../../flows/schedule';
import { DAY_MS, MINUTE_MS, daysFromCivil, formatDay, formatMinutes, parseInstant, weekdayOfDay } from './civil';

/** A wall-clock reading in a shop's time zone. */
export interface LocalTime {
  /** 'YYYY-MM-DD' */
  date: string;
  weekday: Weekday;
  /** 'HH:MM' */
  time: string;
}

// Offsets are looked up per UTC day: the offset at the day's start and at the next day's start
// are compared; when they differ the exact transition second is searched once and remembered.
// Assumes at most one offset transition per UTC day, which holds for every zone in current use.
type DayOffset = number | { at: number; before: number; after: number };

interface Zone {
  format: Intl.DateTimeFormat;
  raw: Map<number, number>;
  days: Map<number, DayOffset>;
}

const MAX_CACHED_DAYS = 20_000;
const zones = new Map<string, Zone>();

function zone(timezone: string): Zone {
  let z = zones.get(timezone);
  if (!z) {
    z = {
      format: new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short', // years before 1 CE come out as 'BC' years
      }),
      raw: new Map(),
      days: new Map(),
    };
    zones.set(timezone, z);
  }
  return z;
}

// Offset (ms, local minus UTC) at a whole-second instant, straight from Intl.
function rawOffset(z: Zone, ms: number): number {
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of z.format.formatToParts(ms)) {
    switch (part.type) {
      case 'year': year = Number(part.value); break;
      case 'month': month = Number(part.value); break;
      case 'day': day = Number(part.value); break;
      case 'hour': hour = Number(part.value); break;
      case 'minute': minute = Number(part.value); break;
      case 'second': second = Number(part.value); break;
      case 'era': bc = part.value === 'BC'; break;
      default: break;
    }
  }
  if (bc) year = 1 - year;
  const local = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  return local - ms;
}

function rawAtDayStart(z: Zone, day: number): number {
  let o = z.raw.get(day);
  if (o === undefined) {
    o = rawOffset(z, day * DAY_MS);
    z.raw.set(day, o);
  }
  return o;
}

function dayOffset(z: Zone, day: number): DayOffset {
  let d = z.days.get(day);
  if (d !== undefined) return d;
  if (z.days.size > MAX_CACHED_DAYS) {
    z.days.clear();
    z.raw.clear();
  }
  const before = rawAtDayStart(z, day);
  const after = rawAtDayStart(z, day + 1);
  if (before === after) d = before;
  else {
    // Smallest whole second in (day start, next day start] that already has the new offset.
    let lo = day * 86_400;
    let hi = (day + 1) * 86_400;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (rawOffset(z, mid * 1000) === before) lo = mid;
      else hi = mid;
    }
    d = { at: hi * 1000, before, after };
  }
  z.days.set(day, d);
  return d;
}

/** UTC offset in milliseconds (local minus UTC) of a time zone at an instant (epoch ms). */
export function offsetAt(timezone: string, ms: number): number {
  const d = dayOffset(zone(timezone), Math.floor(ms / DAY_MS));
  return typeof d === 'number' ? d : ms < d.at ? d.before : d.after;
}

/** Local wall-clock of an instant as milliseconds on a UTC-like axis (civil time, no zone). */
export function wallAt(timezone: string, ms: number): number {
  return ms + offsetAt(timezone, ms);
}

/**
 * The instant (epoch ms) at which a zone's wall clock reads `wall` (civil ms).
 * In a repeated hour, 'earlier' picks the first and 'later' the second reading; a wall time
 * inside a skipped hour resolves to the first valid instant after the gap.
 */
export function instantOfWall(timezone: string, wall: number, pick: 'earlier' | 'later'): number {
  const before = offsetAt(timezone, wall - DAY_MS);
  const after = offsetAt(timezone, wall + DAY_MS);
  const t1 = wall - before;
  if (before === after) {
    const o = offsetAt(timezone, t1);
    if (o === before) return t1;
    // Two transitions within two days (rare): settle on the offset found at the guess.
    return wall - offsetAt(timezone, wall - o);
  }
  const t2 = wall - after;
  const ok1 = offsetAt(timezone, t1) === before;
  const ok2 = offsetAt(timezone, t2) === after;
  if (ok1 && ok2) return pick === 'earlier' ? Math.min(t1, t2) : Math.max(t1, t2);
  if (ok1) return t1;
  if (ok2) return t2;
  // Skipped wall time: the transition lies between the two guesses.
  let lo = Math.min(t1, t2);
  let hi = Math.max(t1, t2);
  const first = offsetAt(timezone, lo);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetAt(timezone, mid) === first) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** LocalTime of epoch milliseconds in a time zone. */
export function localTimeOf(timezone: string, ms: number): LocalTime {
  const wall = wallAt(timezone, ms);
  const day = Math.floor(wall / DAY_MS);
  const minute = Math.floor((wall - day * DAY_MS) / MINUTE_MS);
  return { date: formatDay(day), weekday: weekdayOfDay(day), time: formatMinutes(minute) };
}

/**
 * Local date, weekday and time of an ISO-8601 instant in an IANA time zone.
 * Throws RangeError for an unparsable instant or an unknown time zone.
 */
export function localTimeAt(timezone: string, instant: string): LocalTime {
  const ms = parseInstant(instant);
  if (ms === null) throw new RangeError(`not an ISO-8601 instant: '${instant}'`);
  return localTimeOf(timezone, ms);
}
