/** A country shop: where a flow answers buyers. */
import { z } from 'zod';
import { LanguageSchema } from '../../flows/common';
import { MarketSchema } from '../../flows/banned-phrases';
import { ScheduleSchema } from '../../flows/schedule';

export const PLATFORMS = ['tiktok_shop', 'douyin', 'other'] as const;
export const PlatformSchema = z.enum(PLATFORMS);

export const ShopIdSchema = z
  .string()
  .min(2, 'at least 2 characters')
  .max(40, 'at most 40 characters')
  .regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, 'lowercase letters, digits and dashes, like us-tiktok');

const TimezoneSchema = z.string().min(1).max(64).refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'not a known IANA timezone (like Asia/Shanghai)');

export const ShopInputSchema = z.object({
  id: ShopIdSchema,
  name: z.string().trim().min(1, 'give the shop a name').max(100),
  platform: PlatformSchema,
  /** ISO 3166-1 alpha-2 country code. */
  country: z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code like US'),
  timezone: TimezoneSchema,
  /** The first is the default language. */
  languages: z.array(LanguageSchema).min(1, 'at least one language').max(20),
  market: MarketSchema,
  ordersEndpoint: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).nullable().default(null),
  /** Default working hours, offered to the shop's new flows and the schedule editor. */
  defaultSchedule: ScheduleSchema.nullable().default(null),
});
export type ShopInput = z.infer<typeof ShopInputSchema>;

export const ShopUpdateSchema = ShopInputSchema.omit({ id: true }).partial();
