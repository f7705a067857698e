/**
 * Field errors from the zod schemas: where (a JSON path) and why, in the UI's language. The
 * schemas speak English to developers; sellers get the same reason in 中文 or English.
 */
import type { z } from 'zod';

export type Path = ReadonlyArray<string | number>;

export interface Issue {
  path: Path;
  code: string;
  /** The schema's own message (English), kept for messages without a translation. */
  message: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
}

/** The issues of a failed parse, with `prefix` put before each path (the place of the parsed value). */
export function toIssues(error: z.ZodError, prefix: Path = []): Issue[] {
  return error.issues.map((i) => {
    const issue: Issue = { path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], code: i.code, message: i.message };
    const extra = i as { origin?: unknown; minimum?: unknown; maximum?: unknown };
    if (typeof extra.origin === 'string') issue.origin = extra.origin;
    if (typeof extra.minimum === 'number' || typeof extra.minimum === 'bigint') issue.minimum = Number(extra.minimum);
    if (typeof extra.maximum === 'number' || typeof extra.maximum === 'bigint') issue.maximum = Number(extra.maximum);
    return issue;
  });
}

/** 'data.reply.text.en': the key of a path in data-path attributes and error maps. */
export function pathKey(path: Path): string {
  return path.join('.');
}

/** A DOM id for the field at a path. */
export function fieldId(path: Path): string {
  return `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => String(p) === String(path[i]));
}

/** Issues at `path` or inside it. */
export function issuesUnder(issues: readonly Issue[], path: Path): Issue[] {
  return issues.filter((i) => startsWith(i.path, path));
}

/** A translator for keys under `inspector.errors` (next-intl's `t`). */
export type ErrorTranslator = (key: string, values?: Record<string, string | number>) => string;

/** Schema messages with their own translation, matched on the English text. */
const KNOWN: ReadonlyArray<readonly [RegExp, string]> = [
  [/^use letters, digits, "_" or "-"/, 'idFormat'],
  [/^use a language code/, 'languageFormat'],
  [/^use lower-case letters, digits and "_"/, 'variableFormat'],
  [/^route at least one intent/, 'routeOneIntent'],
  [/^a rule needs at least one comparison/, 'ruleNeedsComparison'],
  [/^needs at least one non-empty alternative/, 'keywordEmpty'],
  [/^default value does not have the declared type/, 'defaultType'],
  [/^needs keywords or an intent/, 'triggerNeeds'],
  [/^at most 10 buttons/, 'maxButtons'],
  [/^give the flow a name/, 'flowName'],
  [/^the default language must be one of the supported/, 'defaultLanguage'],
  [/^variable ".*" is declared twice/, 'variableTwice'],
  [/ id ".*" is used twice$/, 'idTwice'],
  [/^(time must be 'HH:MM'|hour must be|minutes must be)/, 'timeFormat'],
  [/^a range cannot start at '24:00'/, 'startAtMidnight'],
  [/^date must be 'YYYY-MM-DD'/, 'dateFormat'],
  [/^month must be|is not a real calendar date/, 'dateNotReal'],
  [/^holiday name must not be empty/, 'holidayName'],
  [/^schedule name must not be empty/, 'scheduleName'],
  [/^unknown time zone/, 'timezone'],
  [/^id must start with a lowercase letter/, 'scheduleId'],
  [/^only-intent$/, 'onlyIntent'],
  [/^schedule-in-use$/, 'scheduleInUse'],
];

/** The reason of an issue in the UI's language. */
export function describeIssue(issue: Issue, t: ErrorTranslator): string {
  for (const [re, key] of KNOWN) if (re.test(issue.message)) return t(key);
  const { code, origin, minimum, maximum } = issue;
  if (code === 'too_small') {
    if (origin === 'string') return minimum !== undefined && minimum <= 1 ? t('required') : t('tooShort', { min: minimum ?? 1 });
    if (origin === 'array' || origin === 'set') return t('tooFew', { min: minimum ?? 1 });
    return t('tooLow', { min: minimum ?? 0 });
  }
  if (code === 'too_big') {
    if (origin === 'string') return t('tooLong', { max: maximum ?? 0 });
    if (origin === 'array' || origin === 'set') return t('tooMany', { max: maximum ?? 0 });
    return t('tooHigh', { max: maximum ?? 0 });
  }
  if (code === 'invalid_type' || code === 'invalid_union') return t('invalidType');
  if (code === 'invalid_format') return t('invalidFormat');
  if (code === 'invalid_value') return t('invalidChoice');
  if (code === 'not_multiple_of') return t('wholeNumber');
  return t('invalid');
}
