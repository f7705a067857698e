import type { Schedule } from '../../flows/schedule';
import { DAY_MS, formatDay, formatInstant, parseInstant, weekdayOfDay } from './civil';
import { ScheduleDays } from './day-intervals';
import { closingTime, nextOpening } from './next-open';
import type { ClosedBecause, OpenBecause, ScheduleMoment, ScheduleStatus } from './types';
import { localTimeOf, wallAt } from './zoned-time';

function moment(timezone: string, ms: number): ScheduleMoment {
  return { at: formatInstant(ms), local: localTimeOf(timezone, ms) };
}

/**
 * Whether a schedule is open at an instant, why, and when it next opens or closes.
 * A range runs from the first moment the shop's clock shows its start (inclusive) to the first
 * moment it shows its end (exclusive): in a repeated (fall-back) hour both mean the first
 * occurrence, and a time inside a skipped (spring-forward) hour means the first instant after
 * the gap. The early hours of an overnight range belong to the date it started on.
 * Throws RangeError when `now` is not an ISO-8601 instant.
 */
export function evaluateSchedule(schedule: Schedule, now: string): ScheduleStatus {
  const ms = parseInstant(now);
  if (ms === null) throw new RangeError(`not an ISO-8601 instant: '${now}'`);
  return evaluateScheduleAt(schedule, ms);
}

/** evaluateSchedule for an instant given as epoch milliseconds. */
export function evaluateScheduleAt(schedule: Schedule, ms: number): ScheduleStatus {
  const tz = schedule.timezone;
  const days = new ScheduleDays(schedule);
  const localDay = Math.floor(wallAt(tz, ms) / DAY_MS);
  const local = localTimeOf(tz, ms);
  const current = days.covering(ms, localDay);

  if (current) {
    const date = formatDay(current.day);
    let because: OpenBecause;
    if (current.exception) {
      because = { type: 'exception', date, range: current.range };
      if (current.exception.name !== undefined) because.name = current.exception.name;
    } else {
      because = { type: 'weekly', weekday: weekdayOfDay(current.day), range: current.range, from: date };
    }
    const closes = closingTime(days, tz, current.end);
    return { open: true, timezone: tz, local, because, nextOpen: null, closesAt: closes === null ? null : moment(tz, closes) };
  }

  const rule = days.rule(localDay);
  let because: ClosedBecause;
  if (rule.exception) {
    because = { type: 'exception', date: local.date };
    if (rule.exception.name !== undefined) because.name = rule.exception.name;
  } else if (rule.holiday) {
    because = { type: 'holiday', date: local.date, name: rule.holiday.name };
  } else {
    because = { type: 'outside_hours', weekday: local.weekday };
  }
  const opens = nextOpening(days, tz, ms);
  return { open: false, timezone: tz, local, because, nextOpen: opens === null ? null : moment(tz, opens), closesAt: null };
}
