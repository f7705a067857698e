import { z } from 'zod';

/** Identifiers of nodes, intents, buttons, exits: readable, stable, safe in URLs and JSON paths. */
export const IdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, "_" or "-", starting with a letter or digit');

/** A BCP-47 primary language code such as `en`, `zh`, `es`, `ms`, optionally with a region (`pt-BR`). */
export const LanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'use a language code such as "en", "zh" or "pt-BR"');
export type Language = z.infer<typeof LanguageSchema>;

/** Text with one variant per language, e.g. `{ en: "Hi", zh: "您好" }`. */
export const LocalizedTextSchema = z.record(LanguageSchema, z.string().max(4000, 'must be at most 4000 characters'));
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Position = z.infer<typeof PositionSchema>;

/** True when the calendar day and the time of day exist (Date.parse rolls 2026-02-30 over to March). */
function isRealInstant(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
  if (!m || Number.isNaN(Date.parse(iso))) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

/** An ISO-8601 instant with a zone, e.g. `2026-11-21T09:30:00Z` or `2026-11-21T17:30:00+08:00`, on a day and at a time that exist. */
export const InstantSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    'must be an ISO-8601 date-time with a time zone, e.g. 2026-11-21T09:30:00Z',
  )
  .refine(isRealInstant, 'is not a real date-time (no such day or time)');
