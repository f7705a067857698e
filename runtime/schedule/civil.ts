import type { Weekday } from '../../flows/schedule';

/** Civil-calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian). */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Day number of a civil date; month 1–12. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** Weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDay(days: number): Weekday {
  return WEEKDAYS[(((days + 3) % 7) + 7) % 7] ?? 'mon';
}

/** Index 0 (Monday) … 6 (Sunday) of a day number. */
export function weekdayIndexOfDay(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return n >= 1000 ? String(n) : n >= 0 ? String(n).padStart(4, '0') : `-${String(-n).padStart(4, '0')}`;
}

/** 'YYYY-MM-DD' of a day number. */
export function formatDay(days: number): string {
  const c = civilFromDays(days);
  return `${pad4(c.year)}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** Day number of a 'YYYY-MM-DD' string (assumed valid, as the schedule schema guarantees). */
export function parseDay(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** 'HH:MM' of a minute of the day (0–1439). */
export function formatMinutes(minuteOfDay: number): string {
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

/** Minutes since midnight of 'HH:MM' ('24:00' → 1440). */
export function parseMinutes(time: string): number {
  return (time.charCodeAt(0) - 48) * 600 + (time.charCodeAt(1) - 48) * 60 + (time.charCodeAt(3) - 48) * 10 + (time.charCodeAt(4) - 48);
}

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Epoch milliseconds of an ISO-8601 instant ('2026-03-08T09:30:00Z', '2026-03-08T17:30+08:00',
 * fractional seconds allowed), or null when the text is not a valid instant.
 */
export function parseInstant(text: string): number | null {
  // A step reads the same few instants several times (now, the session's last activity).
  const known = RECENT_INSTANTS.get(text);
  if (known !== undefined) return known;
  const ms = parseInstantUncached(text);
  if (RECENT_INSTANTS.size >= RECENT_INSTANTS_MAX) RECENT_INSTANTS.delete(RECENT_INSTANTS.keys().next().value as string);
  RECENT_INSTANTS.set(text, ms);
  return ms;
}

const RECENT_INSTANTS = new Map<string, number | null>();
const RECENT_INSTANTS_MAX = 16;

function parseInstantUncached(text: string): number | null {
  const m = INSTANT_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  if (hour > 24 || minute > 59 || second > 60) return null;
  // '24:00:00' is the end of the day; a leap second is read as the next second.
  if (hour === 24 && (minute !== 0 || second !== 0 || (m[7] !== undefined && Number(m[7]) !== 0))) return null;
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return null;
    offset = (oh * 60 + om) * MINUTE_MS * (m[9] === '-' ? -1 : 1);
  }
  return daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000 + frac - offset;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** ISO-8601 UTC text of epoch milliseconds: '2026-03-09T16:00:00Z' (milliseconds only when non-zero). */
export function formatInstant(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const rest = ms - days * DAY_MS;
  const h = Math.floor(rest / HOUR_MS);
  const mi = Math.floor((rest % HOUR_MS) / MINUTE_MS);
  const s = Math.floor((rest % MINUTE_MS) / 1000);
  const frac = rest % 1000;
  const fracText = frac === 0 ? '' : `.${String(frac).padStart(3, '0')}`;
  return `${formatDay(days)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}${fracText}Z`;
}
