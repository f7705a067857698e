/** Working-hours evaluation: open/closed at an instant in the shop's time zone. */
export { evaluateSchedule, evaluateScheduleAt } from './evaluate';
export { formatNextOpen, formatOpenUntil, formatLocalRelative, formatLocalDate } from './format';
export { localTimeAt, localTimeOf, offsetAt, instantOfWall } from './zoned-time';
export { parseInstant, formatInstant } from './civil';
export type { LocalTime, OpenBecause, ClosedBecause, ScheduleStatus, ScheduleMoment } from './types';
