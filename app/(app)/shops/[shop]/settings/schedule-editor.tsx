'use client';
import { useLocale, useTranslations } from 'next-intl';
import { createContext, useContext, useMemo } from 'react';
import { get, useFieldArray, useFormContext, useFormState, useWatch, type FieldError } from 'react-hook-form';
import { ScheduleSchema, WEEKDAY_ORDER, scheduleProblems, type Weekday } from '../../../../../flows/schedule';
import { Button } from '../../../../ui/button';
import { cn } from '../../../../ui/cn';
import { Input } from '../../../../ui/input';
import { Switch } from '../../../../ui/switch';
import type { RangeValue, ScheduleValues, SettingsValues } from './form-types';

const DEFAULT_RANGE: RangeValue = { start: '09:00', end: '18:00' };
const TIME_RE = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Problems the schema accepts but a seller should look at (overlaps, empty ranges, ...), by path. */
const ProblemsContext = createContext<Map<string, string[]>>(new Map());

function useProblems(path: string): string[] {
  return useContext(ProblemsContext).get(path) ?? [];
}

/** A field's error in the UI's language: the schema's rule, said for this kind of field. */
function useErrorText() {
  const t = useTranslations('settings.errors');
  return (error: FieldError | undefined, kind: 'time' | 'start' | 'date' | 'holidayName' | 'scheduleName', value?: string): string | undefined => {
    if (!error) return undefined;
    if (kind === 'start' && value === '24:00') return t('startMidnight');
    if (kind === 'start') return t('time');
    return t(kind);
  };
}

function newSchedule(name: string, timezone: string): ScheduleValues {
  const weekly = Object.fromEntries(WEEKDAY_ORDER.map((d) => [d, ['sat', 'sun'].includes(d) ? [] : [{ ...DEFAULT_RANGE }]])) as Record<Weekday, RangeValue[]>;
  return { id: 'shop-hours', name, timezone, weekly, holidays: [], exceptions: [] };
}

/**
 * The shop's default working hours: per weekday one or more ranges (split shifts; an end
 * before the start runs overnight), holidays, and dated exceptions (closed or other hours).
 */
export function ScheduleEditor({ disabled }: { disabled?: boolean }) {
  const t = useTranslations('settings.schedule');
  const locale = useLocale();
  const form = useFormContext<SettingsValues>();
  const schedule = useWatch({ control: form.control, name: 'defaultSchedule' });
  const timezone = useWatch({ control: form.control, name: 'timezone' });
  const { errors } = useFormState({ control: form.control });
  const errorText = useErrorText();
  const problems = useMemo(() => {
    const map = new Map<string, string[]>();
    if (!schedule) return map;
    const parsed = ScheduleSchema.safeParse({ ...schedule, timezone: 'UTC' });
    if (!parsed.success) return map;
    for (const p of scheduleProblems(parsed.data)) {
      const key = p.path.join('.');
      map.set(key, [...(map.get(key) ?? []), locale === 'zh' ? p.zh : p.en]);
    }
    return map;
  }, [schedule, locale]);

  if (!schedule) {
    return (
      <div className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center" data-testid="schedule-empty">
        <p className="text-sm text-slate-600">{t('none')}</p>
        {disabled ? null : (
          <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={() => form.setValue('defaultSchedule', newSchedule(t('defaultName'), timezone), { shouldDirty: true })}>
            {t('create')}
          </Button>
        )}
      </div>
    );
  }
  const nameError = get(errors, 'defaultSchedule.name') as FieldError | undefined;
  return (
    <ProblemsContext.Provider value={problems}>
      <div className="space-y-6" data-testid="schedule-editor">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="w-full max-w-sm space-y-1">
            <label htmlFor="schedule-name" className="block text-sm font-medium text-slate-700">
              {t('name')}
            </label>
            <Input id="schedule-name" aria-invalid={!!nameError} {...form.register('defaultSchedule.name')} />
            {nameError ? (
              <p role="alert" className="text-xs text-red-600">
                {errorText(nameError, 'scheduleName')}
              </p>
            ) : (
              <p className="text-xs text-slate-500">{t('inShopTimezone', { timezone: timezone || '—' })}</p>
            )}
          </div>
          {disabled ? null : (
            <Button type="button" variant="ghost" size="sm" className="text-red-700 hover:bg-red-50" onClick={() => form.setValue('defaultSchedule', null, { shouldDirty: true })}>
              {t('clear')}
            </Button>
          )}
        </div>
        <Problems path="" />
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-800">{t('weekly')}</legend>
          <p className="mb-3 text-xs text-slate-500">{t('weeklyHint')}</p>
          <div className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {WEEKDAY_ORDER.map((day) => (
              <DayRow key={day} day={day} disabled={disabled} />
            ))}
          </div>
        </fieldset>
        <Holidays disabled={disabled} />
        <Exceptions disabled={disabled} />
      </div>
    </ProblemsContext.Provider>
  );
}

function Problems({ path }: { path: string }) {
  const problems = useProblems(path);
  if (problems.length === 0) return null;
  return (
    <ul className="space-y-0.5" data-testid="schedule-problem">
      {problems.map((p) => (
        <li key={p} className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
          {p}
        </li>
      ))}
    </ul>
  );
}

function DayRow({ day, disabled }: { day: Weekday; disabled?: boolean }) {
  const t = useTranslations('settings.schedule');
  const form = useFormContext<SettingsValues>();
  const ranges = useFieldArray({ control: form.control, name: `defaultSchedule.weekly.${day}` });
  const open = ranges.fields.length > 0;
  return (
    <div className="flex flex-col gap-3 px-3 py-2.5 sm:flex-row sm:items-start" data-testid={`day-${day}`}>
      <div className="flex w-40 shrink-0 items-center gap-3 pt-1">
        <Switch
          id={`day-${day}-open`}
          checked={open}
          disabled={disabled}
          onCheckedChange={(checked) => (checked ? ranges.append({ ...DEFAULT_RANGE }) : ranges.replace([]))}
          aria-label={t('openOn', { day: t(`days.${day}`) })}
        />
        <label htmlFor={`day-${day}-open`} className="text-sm font-medium text-slate-800">
          {t(`days.${day}`)}
        </label>
      </div>
      <div className="min-w-0 flex-1 space-y-2">
        {open ? null : <p className="pt-1.5 text-sm text-slate-500">{t('closed')}</p>}
        {ranges.fields.map((field, i) => (
          <RangeRow
            key={field.id}
            base={`defaultSchedule.weekly.${day}.${i}`}
            label={t('rangeLabel', { day: t(`days.${day}`), n: i + 1 })}
            disabled={disabled}
            onRemove={() => ranges.remove(i)}
          />
        ))}
      </div>
      {open && !disabled ? (
        <Button type="button" variant="ghost" size="sm" className="self-start" onClick={() => ranges.append({ start: '', end: '' })}>
          {t('addRange')}
        </Button>
      ) : null}
    </div>
  );
}

type RangeBase = `defaultSchedule.weekly.${Weekday}.${number}` | `defaultSchedule.exceptions.${number}.ranges.${number}`;

function RangeRow({ base, label, disabled, onRemove }: { base: RangeBase; label: string; disabled?: boolean; onRemove: () => void }) {
  const t = useTranslations('settings.schedule');
  const form = useFormContext<SettingsValues>();
  const range = useWatch({ control: form.control, name: base });
  const { errors } = useFormState({ control: form.control, name: base });
  const errorText = useErrorText();
  const startError = errorText(get(errors, `${base}.start`) as FieldError | undefined, 'start', range?.start);
  const endError = errorText(get(errors, `${base}.end`) as FieldError | undefined, 'time');
  const valid = range && TIME_RE.test(range.start) && TIME_RE.test(range.end);
  const overnight = valid && range.end !== '24:00' && range.end < range.start;
  const problemPath = base.replace(/^defaultSchedule\./, '');
  return (
    <div className="space-y-1" data-testid="range">
      <div className="flex items-center gap-2" role="group" aria-label={label}>
        <Input
          aria-label={t('start')}
          aria-invalid={!!startError}
          placeholder="09:00"
          inputMode="numeric"
          maxLength={5}
          className="w-20 text-center font-mono tabular-nums"
          disabled={disabled}
          {...form.register(`${base}.start`)}
        />
        <span aria-hidden className="text-slate-400">
          –
        </span>
        <Input
          aria-label={t('end')}
          aria-invalid={!!endError}
          placeholder="18:00"
          inputMode="numeric"
          maxLength={5}
          className="w-20 text-center font-mono tabular-nums"
          disabled={disabled}
          {...form.register(`${base}.end`)}
        />
        {disabled ? null : (
          <button
            type="button"
            onClick={onRemove}
            aria-label={t('removeRange', { label })}
            className="grid h-8 w-8 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-800"
          >
            <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        )}
        {overnight ? (
          <span className="rounded bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800" data-testid="overnight">
            {t('overnight', { end: range.end })}
          </span>
        ) : null}
      </div>
      {startError || endError ? (
        <p role="alert" className="text-xs text-red-600">
          {[startError, endError].filter(Boolean).join(' ')}
        </p>
      ) : null}
      <Problems path={problemPath} />
    </div>
  );
}

function Holidays({ disabled }: { disabled?: boolean }) {
  const t = useTranslations('settings.schedule');
  const form = useFormContext<SettingsValues>();
  const holidays = useFieldArray({ control: form.control, name: 'defaultSchedule.holidays' });
  const { errors } = useFormState({ control: form.control, name: 'defaultSchedule.holidays' });
  const errorText = useErrorText();
  return (
    <fieldset data-testid="holidays">
      <legend className="mb-1 text-sm font-medium text-slate-800">{t('holidays')}</legend>
      <p className="mb-3 text-xs text-slate-500">{t('holidaysHint')}</p>
      {holidays.fields.length === 0 ? <p className="mb-2 text-sm text-slate-500">{t('noHolidays')}</p> : null}
      {holidays.fields.length > 0 ? <p className="mb-2 text-xs text-slate-500">{t('holidayCount', { count: holidays.fields.length })}</p> : null}
      <div className={cn('grid gap-2 lg:grid-cols-2', holidays.fields.length > 12 && 'max-h-[26rem] overflow-y-auto rounded-md border border-slate-200 p-2')} data-testid="holiday-list">
        {holidays.fields.map((field, i) => {
          const dateError = errorText(get(errors, `defaultSchedule.holidays.${i}.date`), 'date');
          const nameError = errorText(get(errors, `defaultSchedule.holidays.${i}.name`), 'holidayName');
          return (
            <div key={field.id} className="space-y-1" data-testid="holiday">
              <div className="flex items-center gap-2">
                <Input type="date" aria-label={t('holidayDate')} aria-invalid={!!dateError} className="w-40 shrink-0" disabled={disabled} {...form.register(`defaultSchedule.holidays.${i}.date`)} />
                <Input aria-label={t('holidayName')} aria-invalid={!!nameError} placeholder={t('holidayNamePlaceholder')} disabled={disabled} {...form.register(`defaultSchedule.holidays.${i}.name`)} />
                {disabled ? null : (
                  <button
                    type="button"
                    onClick={() => holidays.remove(i)}
                    aria-label={t('removeHoliday')}
                    className="grid h-8 w-8 shrink-0 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-800"
                  >
                    <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
                      <path d="M4 4l8 8M12 4l-8 8" />
                    </svg>
                  </button>
                )}
              </div>
              {dateError || nameError ? (
                <p role="alert" className="text-xs text-red-600">
                  {[dateError, nameError].filter(Boolean).join(' ')}
                </p>
              ) : null}
              <Problems path={`holidays.${i}.date`} />
            </div>
          );
        })}
      </div>
      {disabled ? null : (
        <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={() => holidays.append({ date: '', name: '' })}>
          {t('addHoliday')}
        </Button>
      )}
    </fieldset>
  );
}

function Exceptions({ disabled }: { disabled?: boolean }) {
  const t = useTranslations('settings.schedule');
  const form = useFormContext<SettingsValues>();
  const exceptions = useFieldArray({ control: form.control, name: 'defaultSchedule.exceptions' });
  return (
    <fieldset data-testid="exceptions">
      <legend className="mb-1 text-sm font-medium text-slate-800">{t('exceptions')}</legend>
      <p className="mb-3 text-xs text-slate-500">{t('exceptionsHint')}</p>
      {exceptions.fields.length === 0 ? <p className="mb-2 text-sm text-slate-500">{t('noExceptions')}</p> : null}
      <div className="space-y-2">
        {exceptions.fields.map((field, i) => (
          <ExceptionRow key={field.id} index={i} disabled={disabled} onRemove={() => exceptions.remove(i)} />
        ))}
      </div>
      {disabled ? null : (
        <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={() => exceptions.append({ date: '', name: '', ranges: [] })}>
          {t('addException')}
        </Button>
      )}
    </fieldset>
  );
}

function ExceptionRow({ index, disabled, onRemove }: { index: number; disabled?: boolean; onRemove: () => void }) {
  const t = useTranslations('settings.schedule');
  const form = useFormContext<SettingsValues>();
  const ranges = useFieldArray({ control: form.control, name: `defaultSchedule.exceptions.${index}.ranges` });
  const { errors } = useFormState({ control: form.control, name: `defaultSchedule.exceptions.${index}` });
  const errorText = useErrorText();
  const dateError = errorText(get(errors, `defaultSchedule.exceptions.${index}.date`), 'date');
  const open = ranges.fields.length > 0;
  return (
    <div className="rounded-md border border-slate-200 p-3" data-testid="exception">
      <div className="flex flex-wrap items-center gap-2">
        <Input type="date" aria-label={t('exceptionDate')} aria-invalid={!!dateError} className="w-40" disabled={disabled} {...form.register(`defaultSchedule.exceptions.${index}.date`)} />
        <Input aria-label={t('exceptionName')} placeholder={t('exceptionNamePlaceholder')} className="min-w-40 flex-1" disabled={disabled} {...form.register(`defaultSchedule.exceptions.${index}.name`)} />
        <div className="flex items-center gap-2">
          <Switch
            id={`exception-${index}-open`}
            checked={open}
            disabled={disabled}
            onCheckedChange={(checked) => (checked ? ranges.append({ ...DEFAULT_RANGE }) : ranges.replace([]))}
          />
          <label htmlFor={`exception-${index}-open`} className={cn('text-sm', open ? 'text-slate-800' : 'text-slate-500')}>
            {open ? t('otherHours') : t('closedAllDay')}
          </label>
        </div>
        {disabled ? null : (
          <button
            type="button"
            onClick={onRemove}
            aria-label={t('removeException')}
            className="ml-auto grid h-8 w-8 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-800"
          >
            <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        )}
      </div>
      {dateError ? (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {dateError}
        </p>
      ) : null}
      <div className="mt-1">
        <Problems path={`exceptions.${index}.date`} />
      </div>
      {open ? (
        <div className="mt-2 space-y-2 border-l-2 border-slate-100 pl-3">
          {ranges.fields.map((field, j) => (
            <RangeRow
              key={field.id}
              base={`defaultSchedule.exceptions.${index}.ranges.${j}`}
              label={t('exceptionRangeLabel', { n: j + 1 })}
              disabled={disabled}
              onRemove={() => ranges.remove(j)}
            />
          ))}
          {disabled ? null : (
            <Button type="button" variant="ghost" size="sm" onClick={() => ranges.append({ start: '', end: '' })}>
              {t('addRange')}
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}
