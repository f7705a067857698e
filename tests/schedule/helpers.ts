import { ScheduleSchema, type Schedule, type ScheduleInput } from '../../flows/schedule';

type Weekly = ScheduleInput['weekly'];

/** Ranges written as '09:00-12:00'. */
export function r(...spec: string[]): { start: string; end: string }[] {
  return spec.map((s) => {
    const [start = '', end = ''] = s.split('-');
    return { start, end };
  });
}

const WEEKDAYS_9_TO_6 = r('09:00-18:00');

/** A validated schedule; Monday–Friday 09:00–18:00 unless `weekly` is given. */
export function schedule(timezone: string, weekly?: Weekly, extra: Partial<ScheduleInput> = {}): Schedule {
  return ScheduleSchema.parse({
    id: 'shop',
    name: 'Shop hours',
    timezone,
    weekly: weekly ?? { mon: WEEKDAYS_9_TO_6, tue: WEEKDAYS_9_TO_6, wed: WEEKDAYS_9_TO_6, thu: WEEKDAYS_9_TO_6, fri: WEEKDAYS_9_TO_6 },
    ...extra,
  });
}
