import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatInstant, parseInstant } from '../../runtime/schedule/civil';
import { instantOfWall, localTimeAt, offsetAt, wallAt } from '../../runtime/schedule/zoned-time';

const ZONES = [
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kuala_Lumpur',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Australia/Lord_Howe', // 30-minute daylight saving shift
  'Asia/Kathmandu', // +05:45
  'America/Santiago', // changes at midnight
  'UTC',
];

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// Reference from the host's Date and Intl (tests may use them; the runtime may not).
function reference(tz: string, ms: number): { date: string; time: string; weekday: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(ms);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  return { date, time: `${get('hour')}:${get('minute')}`, weekday: WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '' };
}

const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2045, 0, 1) });

describe('civil arithmetic', () => {
  it('round-trips day numbers and agrees with Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (days) => {
        const c = civilFromDays(days);
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(days);
        const d = new Date(days * 86_400_000);
        expect([c.year, c.month, c.day]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
      }),
    );
  });

  it('parses ISO instants like Date does and formats them back', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const iso = new Date(ms).toISOString();
        expect(parseInstant(iso)).toBe(ms);
        expect(parseInstant(formatInstant(ms))).toBe(ms);
      }),
    );
    expect(parseInstant('2026-03-08T17:30:00+08:00')).toBe(Date.UTC(2026, 2, 8, 9, 30));
    expect(parseInstant('2026-03-08T04:30-0500')).toBe(Date.UTC(2026, 2, 8, 9, 30));
    expect(parseInstant('2026-03-08T09:30Z')).toBe(Date.UTC(2026, 2, 8, 9, 30));
    expect(formatInstant(Date.UTC(2026, 2, 8, 9, 30))).toBe('2026-03-08T09:30:00Z');
  });

  it('rejects malformed instants', () => {
    for (const bad of ['', '2026-03-08', '2026-03-08T09:30:00', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-08T25:00:00Z', '2026-03-08T09:30:00+25:00', 'now']) {
      expect(parseInstant(bad)).toBeNull();
    }
  });
});

describe('zoned time', () => {
  it('localTimeAt agrees with Intl in every zone', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (ms, tz) => {
        expect(localTimeAt(tz, new Date(ms).toISOString())).toEqual(reference(tz, ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Intl around every transition of 2026', () => {
    for (const tz of ZONES) {
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 15 * 60_000) {
        if (offsetAt(tz, ms) !== offsetAt(tz, ms + 15 * 60_000)) {
          for (const t of [ms - 60_000, ms, ms + 60_000, ms + 14 * 60_000, ms + 15 * 60_000]) {
            expect(localTimeAt(tz, new Date(t).toISOString())).toEqual(reference(tz, t));
          }
        }
      }
    }
  });

  it('instantOfWall finds the instant that shows a wall time (first occurrence), or the end of a gap', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (raw, tz) => {
        const ms = raw - (raw % 60_000);
        const wall = wallAt(tz, ms);
        const earlier = instantOfWall(tz, wall, 'earlier');
        const later = instantOfWall(tz, wall, 'later');
        expect(wallAt(tz, earlier)).toBe(wall);
        expect(wallAt(tz, later)).toBe(wall);
        expect(earlier).toBeLessThanOrEqual(ms);
        expect(later).toBeGreaterThanOrEqual(ms);
      }),
      { numRuns: 2000 },
    );
    // 02:30 on 2026-03-08 does not exist in Los Angeles: the gap ends at 10:00Z.
    expect(instantOfWall('America/Los_Angeles', Date.UTC(2026, 2, 8, 2, 30), 'earlier')).toBe(Date.UTC(2026, 2, 8, 10));
    // 01:30 on 2026-11-01 happens twice.
    expect(instantOfWall('America/Los_Angeles', Date.UTC(2026, 10, 1, 1, 30), 'earlier')).toBe(Date.UTC(2026, 10, 1, 8, 30));
    expect(instantOfWall('America/Los_Angeles', Date.UTC(2026, 10, 1, 1, 30), 'later')).toBe(Date.UTC(2026, 10, 1, 9, 30));
  });
});
