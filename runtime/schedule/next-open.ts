import { DAY_MS } from './civil';
import type { ScheduleDays } from './day-intervals';
import { wallAt } from './zoned-time';

const HORIZON_DAYS = 366;
/** Stop following back-to-back ranges after this many (a schedule open around the clock never closes). */
const MAX_CHAIN = 800;

/** The earliest opening strictly after `ms` within 366 days, or null. */
export function nextOpening(days: ScheduleDays, timezone: string, ms: number): number | null {
  const localDay = Math.floor(wallAt(timezone, ms) / DAY_MS);
  const limit = ms + HORIZON_DAYS * DAY_MS;
  let best: number | null = null;
  // Ranges of later dates start later, so the first date with a future start decides;
  // the following date is still checked for zones whose clocks go back across midnight.
  for (let d = localDay - 1; d <= localDay + HORIZON_DAYS + 1; d++) {
    for (const iv of days.intervals(d)) {
      if (iv.start > ms && (best === null || iv.start < best)) best = iv.start;
    }
    if (best !== null && d > localDay) {
      for (const iv of days.intervals(d + 1)) if (iv.start > ms && iv.start < best) best = iv.start;
      break;
    }
  }
  return best !== null && best <= limit ? best : null;
}

/** When an open period that currently ends at `end` really closes, following ranges that continue it; null if it never does. */
export function closingTime(days: ScheduleDays, timezone: string, end: number): number | null {
  let at = end;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const next = days.covering(at, Math.floor(wallAt(timezone, at) / DAY_MS));
    if (!next) return at;
    at = next.end;
  }
  return null;
}
