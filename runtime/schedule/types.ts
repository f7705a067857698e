import type { TimeRange, Weekday } from '../../flows/schedule';
import type { LocalTime } from './zoned-time';

export type { LocalTime };

/** Why a schedule is open: the range that covers the moment. */
export type OpenBecause =
  | {
      type: 'weekly';
      weekday: Weekday;
      range: TimeRange;
      /** Local date the range started on (the previous day for the early part of an overnight range). */
      from: string;
    }
  | { type: 'exception'; date: string; name?: string; range: TimeRange };

/** Why a schedule is closed, judged by the local date of the moment. */
export type ClosedBecause =
  | { type: 'holiday'; date: string; name: string }
  | { type: 'exception'; date: string; name?: string }
  | { type: 'outside_hours'; weekday: Weekday };

/** A moment as an ISO instant (UTC, 'Z') and as the shop's wall clock. */
export interface ScheduleMoment {
  at: string;
  local: LocalTime;
}

export interface ScheduleStatus {
  open: boolean;
  timezone: string;
  local: LocalTime;
  because: OpenBecause | ClosedBecause;
  /** When closed: the next opening within 366 days, else null. Null when open. */
  nextOpen: ScheduleMoment | null;
  /** When open: when the shop closes (following ranges that continue without a gap); null when closed or never closing. */
  closesAt: ScheduleMoment | null;
}
