/**
 * The weekly grid of a schedule as the editor draws it, and the small conversions between what
 * a seller types and the schedule document (ScheduleSchema).
 */
import { WEEKDAY_ORDER, type Schedule, type ScheduleProblem, type TimeRange, type Weekday } from '../../../flows/schedule';
import { firstFree, slugify } from '../../../flows/slug';

export const DAY_MINUTES = 1440;

/** Minutes since midnight of 'HH:MM' ('24:00' is 1440); NaN for anything else. */
export function toMinutes(time: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return Number.NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return Number.NaN;
  return h * 60 + min;
}

/** 'HH:MM' of minutes since midnight (1440 → '24:00'). */
export function fromMinutes(minutes: number): string {
  const m = Math.max(0, Math.min(DAY_MINUTES, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * What a seller may type for a time, read as 'HH:MM': '9' → '09:00', '930' → '09:30',
 * '9:5' stays as typed (the schema explains what is wrong), '21.30' → '21:30'.
 */
export function normalizeTime(input: string): string {
  const s = input.trim().replace(/[.：．]/g, ':');
  let m = /^(\d{1,2})$/.exec(s);
  if (m) return `${m[1]!.padStart(2, '0')}:00`;
  m = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (m) return `${m[1]!.padStart(2, '0')}:${m[2]}`;
  m = /^(\d{1,2})(\d{2})$/.exec(s);
  if (m) return `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return s;
}

export type RangeKind = 'normal' | 'overnight' | 'empty';

/** An end at or before the start runs overnight into the next day; equal ends are never open. */
export function rangeKind(range: TimeRange): RangeKind {
  const start = toMinutes(range.start);
  const end = toMinutes(range.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return 'normal';
  if (start === end) return 'empty';
  return end < start ? 'overnight' : 'normal';
}

/** One bar of a day in the weekly grid, in minutes of that day. */
export interface DaySegment {
  from: number;
  to: number;
  /** The range this bar draws: the day's own, or the previous day's overnight range spilling over. */
  day: Weekday;
  index: number;
  spill: boolean;
}

function previousDay(day: Weekday): Weekday {
  const i = WEEKDAY_ORDER.indexOf(day);
  return WEEKDAY_ORDER[(i + 6) % 7]!;
}

export function nextDay(day: Weekday): Weekday {
  const i = WEEKDAY_ORDER.indexOf(day);
  return WEEKDAY_ORDER[(i + 1) % 7]!;
}

/** The bars of one day: its own ranges (an overnight one up to midnight) and the previous day's spill. */
export function daySegments(weekly: Schedule['weekly'], day: Weekday): DaySegment[] {
  const out: DaySegment[] = [];
  const prev = previousDay(day);
  weekly[prev].forEach((r, index) => {
    if (rangeKind(r) === 'overnight') out.push({ from: 0, to: toMinutes(r.end), day: prev, index, spill: true });
  });
  weekly[day].forEach((r, index) => {
    const start = toMinutes(r.start);
    const end = toMinutes(r.end);
    if (Number.isNaN(start) || Number.isNaN(end)) return;
    const kind = rangeKind(r);
    if (kind === 'empty') return;
    out.push({ from: start, to: kind === 'overnight' ? DAY_MINUTES : end, day, index, spill: false });
  });
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * A sensible next range for a day: after the last one (a split shift: one hour later, lasting
 * until evening), or 09:00–18:00 for an empty day.
 */
export function suggestRange(ranges: readonly TimeRange[]): TimeRange {
  if (ranges.length === 0) return { start: '09:00', end: '18:00' };
  let latest = 0;
  for (const r of ranges) {
    const start = toMinutes(r.start);
    let end = toMinutes(r.end);
    if (Number.isNaN(start) || Number.isNaN(end)) continue;
    if (end <= start) end += DAY_MINUTES;
    latest = Math.max(latest, end);
  }
  if (latest >= DAY_MINUTES - 60) return { start: '00:00', end: '01:00' };
  const start = Math.min(latest + 60, DAY_MINUTES - 60);
  const end = Math.min(Math.max(start + 240, 18 * 60), DAY_MINUTES);
  return { start: fromMinutes(start), end: fromMinutes(end) };
}

/** A schedule id (a–z, 0–9, '-', '_') from its name, not yet taken. */
export function scheduleIdFor(name: string, taken: readonly string[]): string {
  const set = new Set(taken);
  return firstFree(slugify(name) || 'hours', (id) => set.has(id));
}

/** A new schedule: Monday to Friday 09:00–18:00 in the given time zone. */
export function newSchedule(name: string, timezone: string, taken: readonly string[]): Schedule {
  const day = () => [{ start: '09:00', end: '18:00' }];
  return {
    id: scheduleIdFor(name, taken),
    name,
    timezone,
    weekly: { mon: day(), tue: day(), wed: day(), thu: day(), fri: day(), sat: [], sun: [] },
    holidays: [],
    exceptions: [],
  };
}

/** Copies one day's ranges to other days (e.g. Monday to every weekday). */
export function copyDay(weekly: Schedule['weekly'], from: Weekday, to: readonly Weekday[]): Schedule['weekly'] {
  const next = { ...weekly };
  for (const day of to) if (day !== from) next[day] = weekly[from].map((r) => ({ ...r }));
  return next;
}

/** Schedule problems keyed by the path of the field they concern ('weekly.mon.1', 'holidays.0.date'). */
export function problemsByField(problems: readonly ScheduleProblem[]): Map<string, ScheduleProblem[]> {
  const map = new Map<string, ScheduleProblem[]>();
  for (const p of problems) {
    const key = p.path.join('.');
    map.set(key, [...(map.get(key) ?? []), p]);
  }
  return map;
}
