import { z } from 'zod';
import { LanguageSchema } from './common';

/**
 * Working-hours schedules of a shop: weekly ranges in the shop's IANA time zone, holidays
 * (closed all day) and date exceptions (other hours, or closed, on one local date).
 */

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const TIME_RE = /^(\d{2}):(\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TZ_RE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

const TIME_PATTERN = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

function timeProblem(value: unknown): string {
  const text = String(value);
  const m = TIME_RE.exec(text);
  if (!m) return `time must be 'HH:MM' with two-digit hours and minutes (e.g. '09:00'), got '${text}'`;
  if (Number(m[1]) > 23) return `hour must be 00–23 (or the end '24:00'), got '${text}'`;
  return `minutes must be 00–59, got '${text}'`;
}

/** 'HH:MM' from 00:00 to 23:59; '24:00' is accepted so that a range can end at midnight. */
export const TimeOfDaySchema = z.string().regex(TIME_PATTERN, { error: (issue) => timeProblem(issue.input) });
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/**
 * One opening range. An end at or before the start (22:00–02:00) runs overnight into the next
 * day; the end '24:00' means until midnight. Start is inclusive, end exclusive.
 */
export const TimeRangeSchema = z
  .object({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .superRefine((range, ctx) => {
    if (range.start === '24:00') {
      ctx.addIssue({ code: 'custom', path: ['start'], message: "a range cannot start at '24:00'; use '00:00'" });
    }
  });
export type TimeRange = z.infer<typeof TimeRangeSchema>;

export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;
/** Weekdays in order, Monday first. */
export const WEEKDAY_ORDER: readonly Weekday[] = WEEKDAYS;

/** 'YYYY-MM-DD', a real calendar date. */
export const IsoDateSchema = z
  .string()
  .regex(DATE_RE, { error: (issue) => `date must be 'YYYY-MM-DD' (e.g. '2026-01-05'), got '${String(issue.input)}'` })
  .superRefine((value, ctx) => {
    const m = DATE_RE.exec(value);
    if (!m) return; // reported by the pattern
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12) ctx.addIssue({ code: 'custom', message: `month must be 01–12, got '${value}'` });
    else if (d < 1 || d > daysInMonth(y, mo)) {
      ctx.addIssue({ code: 'custom', message: `'${value}' is not a real calendar date (month ${m[2]} has ${daysInMonth(y, mo)} days)` });
    }
  });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A holiday's or closing's name in the flow's other languages, by language tag (`name` is the
 * one for every other language); replies read it as {holiday} in the buyer's language.
 */
export const NameTranslationsSchema = z.record(LanguageSchema, z.string().regex(/\S/, 'a translated name must not be blank').max(200, 'must be at most 200 characters'));
export type NameTranslations = z.infer<typeof NameTranslationsSchema>;

/** A public holiday: closed the whole local date. */
export const HolidaySchema = z.object({ date: IsoDateSchema, name: z.string().min(1, 'holiday name must not be empty'), names: NameTranslationsSchema.optional() });
export type Holiday = z.infer<typeof HolidaySchema>;

/** Other hours on one local date; they replace that day's weekly ranges. `ranges: []` = closed. */
export const ScheduleExceptionSchema = z.object({
  date: IsoDateSchema,
  name: z.string().optional(),
  names: NameTranslationsSchema.optional(),
  ranges: z.array(TimeRangeSchema),
});
export type ScheduleException = z.infer<typeof ScheduleExceptionSchema>;

const zoneValidity = new Map<string, boolean>();

/** True when the host's Intl knows the IANA time zone name. */
export function isKnownTimeZone(name: string): boolean {
  let known = zoneValidity.get(name);
  if (known === undefined) {
    known = false;
    if (TZ_RE.test(name)) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        known = true;
      } catch {
        known = false;
      }
    }
    zoneValidity.set(name, known);
  }
  return known;
}

/** An IANA time zone name such as 'Asia/Shanghai' or 'America/Los_Angeles'. */
export const TimezoneSchema = z.string().superRefine((value, ctx) => {
  if (!isKnownTimeZone(value)) {
    ctx.addIssue({ code: 'custom', message: `unknown time zone '${value}' (use an IANA name such as 'Asia/Shanghai')` });
  }
});

const dayRanges = z.array(TimeRangeSchema).default([]);

export const ScheduleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "id must start with a lowercase letter or digit and contain only a–z, 0–9, '-' and '_'"),
  name: z.string().min(1, 'schedule name must not be empty'),
  timezone: TimezoneSchema,
  // Strict so that a typo such as 'monday' is reported instead of silently dropping its hours.
  weekly: z.strictObject({
    mon: dayRanges,
    tue: dayRanges,
    wed: dayRanges,
    thu: dayRanges,
    fri: dayRanges,
    sat: dayRanges,
    sun: dayRanges,
  }),
  holidays: z.array(HolidaySchema).default([]),
  exceptions: z.array(ScheduleExceptionSchema).default([]),
});
export type Schedule = z.infer<typeof ScheduleSchema>;
export type ScheduleInput = z.input<typeof ScheduleSchema>;

export type ScheduleProblemCode = 'range_empty' | 'range_overlap' | 'duplicate_date' | 'exception_on_holiday' | 'never_open';
export interface ScheduleProblem {
  code: ScheduleProblemCode;
  /** Relative to the schedule, e.g. ['weekly', 'mon', 1]. */
  path: (string | number)[];
  en: string;
  zh: string;
}

const DAY_EN: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};
const DAY_ZH: Record<Weekday, string> = { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' };

interface Span {
  start: number; // minutes from the owning day's midnight
  end: number; // may exceed 1440 for an overnight range
  range: TimeRange;
  path: (string | number)[];
  en: string; // the owning day, for messages
  zh: string;
  index: number;
}

/**
 * Problems a seller should fix in a schedule that the schema accepts: empty ranges,
 * overlapping ranges (also an overnight range running into the next day's ranges), a date
 * listed twice, an exception on a holiday (the exception's hours apply), and a schedule that
 * is never open. Messages in English and Chinese.
 */
export function scheduleProblems(schedule: Schedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const label = (r: TimeRange): string => `${r.start}–${r.end}`;

  const spansOf = (ranges: readonly TimeRange[], basePath: (string | number)[], en: string, zh: string): Span[] => {
    const spans: Span[] = [];
    ranges.forEach((range, index) => {
      const path = [...basePath, index];
      if (range.start === range.end) {
        problems.push({
          code: 'range_empty',
          path,
          en: `${en}: range ${index + 1} (${label(range)}) starts and ends at the same time, so it is never open. For 24 hours use 00:00–24:00.`,
          zh: `${zh}：第 ${index + 1} 个时段（${label(range)}）开始与结束时间相同，不会营业。全天营业请用 00:00–24:00。`,
        });
        return;
      }
      const start = toMinutes(range.start);
      let end = toMinutes(range.end);
      if (end <= start) end += 1440;
      spans.push({ start, end, range, path, en, zh, index });
    });
    return spans;
  };

  const overlap = (later: Span, earlier: Span, spill: boolean): void => {
    const enOther = spill ? `the overnight range ${label(earlier.range)} of ${earlier.en}` : `range ${earlier.index + 1} (${label(earlier.range)})`;
    const zhOther = spill ? `${earlier.zh}的跨夜时段 ${label(earlier.range)}` : `第 ${earlier.index + 1} 个时段（${label(earlier.range)}）`;
    problems.push({
      code: 'range_overlap',
      path: later.path,
      en: `${later.en}: range ${later.index + 1} (${label(later.range)}) overlaps ${enOther}.`,
      zh: `${later.zh}：第 ${later.index + 1} 个时段（${label(later.range)}）与${zhOther}重叠。`,
    });
  };

  const checkWithin = (spans: Span[]): void => {
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.index - b.index);
    let reach: Span | undefined;
    for (const s of sorted) {
      if (reach && s.start < reach.end) overlap(s, reach, false);
      if (!reach || s.end > reach.end) reach = s;
    }
  };

  // Ranges of `next` that begin before the overnight ranges of `prev` have ended.
  const checkSpill = (prev: Span[], next: Span[]): void => {
    for (const p of prev) {
      if (p.end <= 1440) continue;
      const spillEnd = p.end - 1440;
      for (const n of next) if (n.start < spillEnd) overlap(n, p, true);
    }
  };

  const weekly = WEEKDAYS.map((day) => spansOf(schedule.weekly[day], ['weekly', day], DAY_EN[day], DAY_ZH[day]));
  weekly.forEach((spans) => checkWithin(spans));
  weekly.forEach((spans, i) => checkSpill(spans, weekly[(i + 1) % 7] ?? []));

  const holidayDays = new Map<number, number>();
  schedule.holidays.forEach((h, i) => {
    const day = dayNumber(h.date);
    if (holidayDays.has(day)) {
      problems.push({
        code: 'duplicate_date',
        path: ['holidays', i, 'date'],
        en: `Holiday ${h.date} (${h.name}) is listed more than once.`,
        zh: `节假日 ${h.date}（${h.name}）重复设置。`,
      });
    } else holidayDays.set(day, i);
  });

  const exceptionDays = new Map<number, Span[]>();
  schedule.exceptions.forEach((ex, i) => {
    const day = dayNumber(ex.date);
    const what = ex.name ? `${ex.date} (${ex.name})` : ex.date;
    if (exceptionDays.has(day)) {
      problems.push({
        code: 'duplicate_date',
        path: ['exceptions', i, 'date'],
        en: `The exception for ${what} is listed more than once; only the first one applies.`,
        zh: `特殊日期 ${what} 重复设置，仅第一条生效。`,
      });
      return;
    }
    if (holidayDays.has(day)) {
      const holiday = schedule.holidays[holidayDays.get(day)!]?.name ?? '';
      const hours = ex.ranges.map((r) => `${r.start}–${r.end}`).join(', ');
      problems.push({
        code: 'exception_on_holiday',
        path: ['exceptions', i, 'date'],
        ...(hours === ''
          ? {
              en: `${ex.date} is the holiday "${holiday}" and also an exception that closes the shop; one of them is enough.`,
              zh: `${ex.date} 是节假日“${holiday}”，又设置了当天休息的特殊日期，保留其中一项即可。`,
            }
          : {
              en: `${ex.date} is the holiday "${holiday}", but an exception gives it hours (${hours}), so the shop is open then instead of closed all day. Remove the exception or the holiday if that is not what you want.`,
              zh: `${ex.date} 是节假日“${holiday}”，但特殊日期为当天设置了营业时间（${hours}），因此当天会按该时间营业，而不是全天休息。如非本意，请删除该特殊日期或节假日。`,
            }),
      });
    }
    const spans = spansOf(ex.ranges, ['exceptions', i, 'ranges'], `Exception ${what}`, `特殊日期 ${what}`);
    checkWithin(spans);
    exceptionDays.set(day, spans);
  });

  // Overnight spill between an exception date and its neighbours (weekly or exception).
  const effective = (day: number): Span[] => {
    const ex = exceptionDays.get(day);
    if (ex) return ex;
    if (holidayDays.has(day)) return [];
    return weekly[weekdayIndex(day)] ?? [];
  };
  for (const day of exceptionDays.keys()) {
    const own = exceptionDays.get(day) ?? [];
    if (!exceptionDays.has(day - 1)) checkSpill(effective(day - 1), own);
    checkSpill(own, effective(day + 1));
  }

  const anyOpen = weekly.some((s) => s.length > 0) || [...exceptionDays.values()].some((s) => s.length > 0);
  if (!anyOpen) {
    problems.push({
      code: 'never_open',
      path: [],
      en: `Schedule '${schedule.name}' has no opening hours, so it is always closed.`,
      zh: `营业时间「${schedule.name}」没有任何营业时段，将一直显示为休息。`,
    });
  }
  return problems;
}

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

// Days since 1970-01-01 of a valid 'YYYY-MM-DD' (proleptic Gregorian).
function dayNumber(date: string): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// 0 = Monday; 1970-01-01 was a Thursday.
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
