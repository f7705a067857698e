import type { Weekday } from '../../../../../flows/schedule';

export interface RangeValue {
  start: string;
  end: string;
}

export interface ScheduleValues {
  id: string;
  name: string;
  timezone: string;
  weekly: Record<Weekday, RangeValue[]>;
  holidays: { date: string; name: string }[];
  exceptions: { date: string; name?: string; ranges: RangeValue[] }[];
}

/** The settings form as edited (the orders endpoint is text; empty means none). */
export interface SettingsValues {
  name: string;
  platform: 'tiktok_shop' | 'douyin' | 'other';
  country: string;
  timezone: string;
  languages: string[];
  market: 'CN' | 'US' | 'UK' | 'MY' | 'ES' | 'LATAM';
  ordersEndpoint: string;
  defaultSchedule: ScheduleValues | null;
}
