import type { Holiday, Schedule, ScheduleException, TimeRange } from '../../flows/schedule';
import { DAY_MS, MINUTE_MS, parseDay, parseMinutes, weekdayIndexOfDay } from './civil';
import { instantOfWall } from './zoned-time';

/** One opening range placed on the time line. */
export interface Interval {
  /** Epoch ms, inclusive. */
  start: number;
  /** Epoch ms, exclusive. */
  end: number;
  range: TimeRange;
  /** Day number of the local date the range belongs to. */
  day: number;
  exception: ScheduleException | null;
}

export interface DayRule {
  holiday: Holiday | null;
  exception: ScheduleException | null;
  ranges: readonly TimeRange[];
}

const WEEK_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Looks up the rule and opening intervals of local dates of one schedule; intervals are
 * memoised for the lifetime of the object (one evaluation).
 */
export class ScheduleDays {
  private readonly holidays = new Map<number, Holiday>();
  private readonly exceptions = new Map<number, ScheduleException>();
  private readonly memo = new Map<number, Interval[]>();

  constructor(private readonly schedule: Schedule) {
    // The first entry for a date wins, as scheduleProblems tells the seller. Lists missing from
    // a document that skipped schema defaults count as empty rather than crashing.
    for (const h of schedule.holidays ?? []) {
      const d = parseDay(h.date);
      if (!this.holidays.has(d)) this.holidays.set(d, h);
    }
    for (const e of schedule.exceptions ?? []) {
      const d = parseDay(e.date);
      if (!this.exceptions.has(d)) this.exceptions.set(d, e);
    }
  }

  /** What applies on a local date: an exception replaces the weekly ranges and wins over a holiday. */
  rule(day: number): DayRule {
    const exception = this.exceptions.get(day) ?? null;
    const holiday = this.holidays.get(day) ?? null;
    if (exception) return { holiday, exception, ranges: exception.ranges };
    if (holiday) return { holiday, exception: null, ranges: [] };
    const key = WEEK_KEYS[weekdayIndexOfDay(day)] ?? 'mon';
    return { holiday: null, exception: null, ranges: this.schedule.weekly?.[key] ?? [] };
  }

  /** Opening intervals of the ranges that start on a local date (overnight ones run into the next day). */
  intervals(day: number): Interval[] {
    let list = this.memo.get(day);
    if (list) return list;
    list = [];
    const rule = this.rule(day);
    const tz = this.schedule.timezone;
    const base = day * DAY_MS;
    for (const range of rule.ranges) {
      const startMin = parseMinutes(range.start);
      let endMin = parseMinutes(range.end);
      if (startMin === endMin) continue; // empty range (reported by scheduleProblems)
      if (endMin < startMin) endMin += 1440;
      const start = instantOfWall(tz, base + startMin * MINUTE_MS, 'earlier');
      const end = instantOfWall(tz, base + endMin * MINUTE_MS, 'earlier');
      // A range lying wholly inside a skipped hour never happens.
      if (end > start) list.push({ start, end, range, day, exception: rule.exception });
    }
    this.memo.set(day, list);
    return list;
  }

  /** The covering interval with the latest start, looking at ranges of the dates around `localDay`. */
  covering(ms: number, localDay: number): Interval | null {
    let best: Interval | null = null;
    for (let d = localDay - 1; d <= localDay + 1; d++) {
      for (const iv of this.intervals(d)) {
        if (iv.start <= ms && ms < iv.end && (!best || iv.start > best.start)) best = iv;
      }
    }
    return best;
  }
}
