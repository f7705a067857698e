'use client';
/**
 * A working-hours schedule of the flow: time zone, weekly ranges (split shifts; an end before
 * the start runs overnight into the next day), holidays and dated exceptions. Checked by
 * ScheduleSchema (inside the document schema) and flows/schedule's problem checks, with each
 * problem shown at its field.
 */
import { Copy, Moon, Plus, Trash2 } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, type ReactNode } from 'react';
import type { FlowDocument } from '../../../flows/document';
import { WEEKDAY_ORDER, scheduleProblems, type NameTranslations as Names, type Schedule, type ScheduleProblem, type TimeRange, type Weekday } from '../../../flows/schedule';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { useDesigner } from '../context';
import { FormRow, IconButton, useLanguageName } from './controls';
import { DraftInput } from './draft';
import { fieldId, type Issue, type Path } from './issues';
import { DAY_MINUTES, copyDay, daySegments, nextDay, normalizeTime, problemsByField, rangeKind, suggestRange } from './schedule-grid';
import { useDocEditor, useReadOnly } from './scope';
import { TimezonePicker } from './timezone-picker';

export function changeSchedule(doc: FlowDocument, id: string, change: (s: Schedule) => Schedule): FlowDocument {
  return { ...doc, schedules: doc.schedules.map((s) => (s.id === id ? change(s) : s)) };
}

type RangesEdit = (change: (ranges: TimeRange[]) => TimeRange[]) => Issue[];

export function ScheduleEditor({ scheduleId }: { scheduleId: string }) {
  const t = useTranslations('inspector.schedule');
  const locale = useLocale() === 'zh' ? 'zh' : 'en';
  const schedules = useDesigner((s) => s.doc.schedules);
  const editDoc = useDocEditor();
  const readOnly = useReadOnly();
  const index = schedules.findIndex((s) => s.id === scheduleId);
  const schedule = schedules[index];
  const problems = useMemo(() => (schedule ? problemsByField(scheduleProblems(schedule)) : new Map<string, ScheduleProblem[]>()), [schedule]);
  if (!schedule) return <p className="text-xs text-red-600">{t('missing', { id: scheduleId })}</p>;
  const base: Path = ['schedules', index];
  const edit = (change: (s: Schedule) => Schedule): Issue[] => editDoc((d) => changeSchedule(d, scheduleId, change), base);
  const problemText = (key: string) => (problems.get(key) ?? []).map((p) => p[locale]);
  const never = problemText('');

  const rangesOfDay = (day: Weekday): RangesEdit => (change) => edit((s) => ({ ...s, weekly: { ...s.weekly, [day]: change(s.weekly[day]) } }));

  return (
    <div className="space-y-4" data-testid={`schedule-editor-${schedule.id}`}>
      <FormRow htmlFor={fieldId([...base, 'name'])} label={t('name')} aside={<code className="text-[11px] text-slate-400">{schedule.id}</code>}>
        <DraftInput path={[...base, 'name']} value={schedule.name} onCommit={(name) => edit((s) => ({ ...s, name }))} />
      </FormRow>
      <FormRow htmlFor={fieldId([...base, 'timezone'])} label={t('timezone')} hint={t('timezoneHint')}>
        <TimezonePicker path={[...base, 'timezone']} value={schedule.timezone} onChange={(timezone) => edit((s) => ({ ...s, timezone }))} />
      </FormRow>

      <div className="space-y-2" data-path={[...base, 'weekly'].join('.')}>
        <div className="flex items-center gap-2">
          <h4 className="text-sm font-medium text-slate-700">{t('weekly')}</h4>
          {!readOnly ? (
            <Button type="button" variant="ghost" size="sm" className="ml-auto h-7 px-2 text-xs" onClick={() => edit((s) => ({ ...s, weekly: copyDay(s.weekly, 'mon', ['tue', 'wed', 'thu', 'fri']) }))}>
              <Copy className="h-3.5 w-3.5" aria-hidden />
              {t('copyMonday')}
            </Button>
          ) : null}
        </div>
        <p className="text-xs leading-snug text-slate-500">{t('weeklyHint')}</p>
        {never.length > 0 ? (
          <p role="alert" className="rounded-md bg-red-50 px-2 py-1 text-xs text-red-700">
            {never.join(' ')}
          </p>
        ) : null}
        <div className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {WEEKDAY_ORDER.map((day) => (
            <div key={day} className="space-y-1.5 px-2 py-2" data-testid={`day-${day}`}>
              <div className="flex items-start gap-2">
                <span className="mt-1.5 w-10 shrink-0 text-sm font-medium text-slate-700">{t(`days.${day}`)}</span>
                <div className="min-w-0 flex-1">
                  <Ranges ranges={schedule.weekly[day]} path={[...base, 'weekly', day]} problems={problems} problemKey={['weekly', day]} onChange={rangesOfDay(day)} nextDayName={t(`days.${nextDay(day)}`)} emptyLabel={t('closed')} />
                </div>
              </div>
              <DayBar weekly={schedule.weekly} day={day} />
            </div>
          ))}
        </div>
      </div>

      <ListBlock
        title={t('holidays')}
        hint={t('holidaysHint')}
        addLabel={t('addHoliday')}
        onAdd={() => edit((s) => ({ ...s, holidays: [...s.holidays, { date: nextFreeDate(s), name: t('holidayName') }] }))}
        path={[...base, 'holidays']}
        testId="holidays"
      >
        {schedule.holidays.length === 0 ? <p className="text-xs text-slate-500">{t('noHolidays')}</p> : null}
        {schedule.holidays.map((h, i) => (
          <div key={i} className="space-y-1" data-testid="holiday">
            <div className="flex items-start gap-1.5">
              <DraftInput wrapperClassName="flex-none" type="date" path={[...base, 'holidays', i, 'date']} value={h.date} className="h-8 w-36 text-sm" aria-label={t('date')} onCommit={(date) => edit((s) => ({ ...s, holidays: s.holidays.map((x, k) => (k === i ? { ...x, date } : x)) }))} />
              <DraftInput path={[...base, 'holidays', i, 'name']} value={h.name} className="h-8 text-sm" aria-label={t('holidayNameLabel')} onCommit={(name) => edit((s) => ({ ...s, holidays: s.holidays.map((x, k) => (k === i ? { ...x, name } : x)) }))} />
              {!readOnly ? (
                <IconButton label={t('remove')} onClick={() => edit((s) => ({ ...s, holidays: s.holidays.filter((_, k) => k !== i) }))}>
                  <Trash2 className="h-3.5 w-3.5" />
                </IconButton>
              ) : null}
            </div>
            <ProblemText texts={problemText(`holidays.${i}.date`)} />
            <NameTranslations
              names={h.names}
              fallback={h.name}
              path={[...base, 'holidays', i, 'names']}
              onCommit={(names) => edit((s) => ({ ...s, holidays: s.holidays.map((x, k) => (k === i ? withNames(x, names) : x)) }))}
            />
          </div>
        ))}
      </ListBlock>

      <ListBlock
        title={t('exceptions')}
        hint={t('exceptionsHint')}
        addLabel={t('addException')}
        onAdd={() => edit((s) => ({ ...s, exceptions: [...s.exceptions, { date: nextFreeDate(s), name: '', ranges: [] }] }))}
        path={[...base, 'exceptions']}
        testId="exceptions"
      >
        {schedule.exceptions.length === 0 ? <p className="text-xs text-slate-500">{t('noExceptions')}</p> : null}
        {schedule.exceptions.map((ex, i) => {
          const closed = ex.ranges.length === 0;
          const setEx = (change: (e: Schedule['exceptions'][number]) => Schedule['exceptions'][number]) => edit((s) => ({ ...s, exceptions: s.exceptions.map((x, k) => (k === i ? change(x) : x)) }));
          return (
            <div key={i} className="space-y-1.5 rounded-md border border-slate-200 p-2" data-testid="exception">
              <div className="flex items-start gap-1.5">
                <DraftInput wrapperClassName="flex-none" type="date" path={[...base, 'exceptions', i, 'date']} value={ex.date} className="h-8 w-36 text-sm" aria-label={t('date')} onCommit={(date) => setEx((x) => ({ ...x, date }))} />
                <DraftInput
                  path={[...base, 'exceptions', i, 'name']}
                  value={ex.name ?? ''}
                  placeholder={t('exceptionNamePlaceholder')}
                  className="h-8 text-sm"
                  aria-label={t('exceptionName')}
                  onCommit={(name) =>
                    setEx((x) => {
                      const { name: _old, ...rest } = x;
                      return name ? { ...rest, name } : rest;
                    })
                  }
                />
                {!readOnly ? (
                  <IconButton label={t('remove')} onClick={() => edit((s) => ({ ...s, exceptions: s.exceptions.filter((_, k) => k !== i) }))}>
                    <Trash2 className="h-3.5 w-3.5" />
                  </IconButton>
                ) : null}
              </div>
              <ProblemText texts={problemText(`exceptions.${i}.date`)} />
              {closed && ex.name ? <NameTranslations names={ex.names} fallback={ex.name} path={[...base, 'exceptions', i, 'names']} onCommit={(names) => setEx((x) => withNames(x, names))} /> : null}
              <div className="flex gap-1 text-xs" role="radiogroup" aria-label={t('exceptionKind')}>
                {(['closed', 'hours'] as const).map((kind) => (
                  <button
                    key={kind}
                    type="button"
                    role="radio"
                    aria-checked={(kind === 'closed') === closed}
                    disabled={readOnly}
                    onClick={() => setEx((x) => ({ ...x, ranges: kind === 'closed' ? [] : x.ranges.length > 0 ? x.ranges : [{ start: '10:00', end: '16:00' }] }))}
                    className={cn('rounded-md border px-2 py-1', (kind === 'closed') === closed ? 'border-indigo-300 bg-indigo-50 font-medium text-indigo-800' : 'border-slate-200 bg-white text-slate-600 hover:bg-slate-50')}
                  >
                    {kind === 'closed' ? t('closedAllDay') : t('otherHours')}
                  </button>
                ))}
              </div>
              {!closed ? (
                <Ranges
                  ranges={ex.ranges}
                  path={[...base, 'exceptions', i, 'ranges']}
                  problems={problems}
                  problemKey={['exceptions', i, 'ranges']}
                  onChange={(change) => setEx((x) => ({ ...x, ranges: change(x.ranges) }))}
                  nextDayName={t('nextDay')}
                  emptyLabel={t('closed')}
                />
              ) : null}
            </div>
          );
        })}
      </ListBlock>
    </div>
  );
}

/** A holiday or closing with its translated names set, or without them when there are none. */
function withNames<T extends { names?: Names }>(x: T, names: Names | undefined): T {
  const { names: _old, ...rest } = x;
  return (names ? { ...rest, names } : rest) as T;
}

/**
 * The names of a holiday (or a named closing) in the flow's other languages, folded away: replies
 * read {holiday} in the buyer's language, and an empty field falls back to the one name.
 */
function NameTranslations({ names, fallback, path, onCommit }: { names: Names | undefined; fallback: string; path: Path; onCommit: (names: Names | undefined) => Issue[] }) {
  const t = useTranslations('inspector.schedule');
  const languages = useDesigner((s) => s.doc.languages);
  const languageName = useLanguageName();
  const others = languages.supported.filter((l) => l !== languages.default);
  if (others.length === 0) return null;
  const done = others.filter((l) => (names?.[l] ?? '') !== '').length;
  const commit = (language: string) => (text: string) => {
    const next: Names = { ...names };
    if (text.trim() === '') delete next[language];
    else next[language] = text;
    return onCommit(Object.keys(next).length > 0 ? next : undefined);
  };
  return (
    <details className="text-xs" data-testid="name-translations">
      <summary className={cn('cursor-pointer select-none', done < others.length ? 'text-amber-700' : 'text-slate-500')}>{t('nameTranslations', { done, total: others.length })}</summary>
      <div className="mt-1 space-y-1 border-l border-slate-200 pl-3">
        {others.map((l) => (
          <div key={l} className="flex items-center gap-2">
            <span className="w-20 shrink-0 truncate text-slate-500">{languageName(l)}</span>
            <DraftInput path={[...path, l]} value={names?.[l] ?? ''} placeholder={fallback} className="h-7 text-xs" aria-label={t('nameIn', { language: languageName(l) })} onCommit={commit(l)} />
          </div>
        ))}
      </div>
    </details>
  );
}

/** The first date from today's date text that has no holiday or exception yet (YYYY-MM-DD, local). */
function nextFreeDate(s: Schedule): string {
  const taken = new Set([...s.holidays.map((h) => h.date), ...s.exceptions.map((e) => e.date)]);
  const d = new Date();
  for (let i = 0; i < 400; i++) {
    const text = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    if (!taken.has(text)) return text;
    d.setDate(d.getDate() + 1);
  }
  return '2030-01-01';
}

function ProblemText({ texts }: { texts: string[] }) {
  if (texts.length === 0) return null;
  return (
    <p role="alert" className="text-xs text-red-600" data-testid="schedule-problem">
      {texts.join(' ')}
    </p>
  );
}

function ListBlock({ title, hint, addLabel, onAdd, children, path, testId }: { title: string; hint: string; addLabel: string; onAdd(): void; children: ReactNode; path: Path; testId: string }) {
  const readOnly = useReadOnly();
  return (
    <div className="space-y-2" data-path={path.join('.')} data-testid={testId}>
      <div className="flex items-center gap-2">
        <h4 className="text-sm font-medium text-slate-700">{title}</h4>
        {!readOnly ? (
          <Button type="button" variant="ghost" size="sm" className="ml-auto h-7 px-2 text-xs" onClick={onAdd}>
            <Plus className="h-3.5 w-3.5" aria-hidden />
            {addLabel}
          </Button>
        ) : null}
      </div>
      <p className="text-xs leading-snug text-slate-500">{hint}</p>
      {children}
    </div>
  );
}

/** The ranges of one day (or one exception date): start–end pairs; overnight ones say so. */
function Ranges({
  ranges,
  path,
  problems,
  problemKey,
  onChange,
  nextDayName,
  emptyLabel,
}: {
  ranges: TimeRange[];
  path: Path;
  problems: Map<string, ScheduleProblem[]>;
  problemKey: Path;
  onChange: RangesEdit;
  nextDayName: string;
  emptyLabel: string;
}) {
  const t = useTranslations('inspector.schedule');
  const locale = useLocale() === 'zh' ? 'zh' : 'en';
  const readOnly = useReadOnly();
  const setTime = (k: number, field: 'start' | 'end') => (text: string) => onChange((list) => list.map((r, i) => (i === k ? { ...r, [field]: normalizeTime(text) } : r)));
  return (
    <div className="space-y-1">
      {ranges.length === 0 ? <p className="py-1.5 text-sm text-slate-400">{emptyLabel}</p> : null}
      {ranges.map((r, k) => {
        const kind = rangeKind(r);
        const texts = (problems.get([...problemKey, k].join('.')) ?? []).map((p) => p[locale]);
        return (
          <div key={k} className="space-y-0.5" data-testid="range">
            <div className="flex items-start gap-1">
              <DraftInput wrapperClassName="flex-none" path={[...path, k, 'start']} value={r.start} className="h-8 w-[4.5rem] px-2 text-center text-sm tabular-nums" aria-label={t('start')} placeholder="09:00" maxLength={5} onCommit={setTime(k, 'start')} />
              <span className="mt-1.5 text-slate-400" aria-hidden>
                –
              </span>
              <DraftInput wrapperClassName="flex-none" path={[...path, k, 'end']} value={r.end} className="h-8 w-[4.5rem] px-2 text-center text-sm tabular-nums" aria-label={t('end')} placeholder="18:00" maxLength={5} onCommit={setTime(k, 'end')} />
              {!readOnly ? (
                <IconButton label={t('removeRange')} className="mt-0.5" onClick={() => onChange((list) => list.filter((_, i) => i !== k))}>
                  <Trash2 className="h-3.5 w-3.5" />
                </IconButton>
              ) : null}
            </div>
            {kind === 'overnight' ? (
              <p className="flex items-center gap-1 text-xs text-indigo-700" data-testid="overnight">
                <Moon className="h-3 w-3" aria-hidden />
                {t('overnight', { day: nextDayName, end: r.end })}
              </p>
            ) : null}
            <ProblemText texts={texts} />
          </div>
        );
      })}
      {!readOnly ? (
        <button type="button" className="inline-flex items-center gap-1 py-0.5 text-xs font-medium text-indigo-700 hover:underline" onClick={() => onChange((list) => [...list, suggestRange(list)])} data-testid="add-range">
          <Plus className="h-3 w-3" aria-hidden />
          {ranges.length === 0 ? t('addRange') : t('addShift')}
        </button>
      ) : null}
    </div>
  );
}

/** The day's opening hours on a 24-hour bar; the previous night's overnight hours are striped. */
function DayBar({ weekly, day }: { weekly: Schedule['weekly']; day: Weekday }) {
  const t = useTranslations('inspector.schedule');
  const segments = daySegments(weekly, day);
  return (
    <div className="ml-12 space-y-0.5" aria-hidden>
      <div className="relative h-2 overflow-hidden rounded-full bg-slate-100">
        {segments.map((s, i) => (
          <div
            key={i}
            className={cn('absolute top-0 h-2', s.spill ? 'bg-[repeating-linear-gradient(45deg,#a5b4fc_0,#a5b4fc_3px,#e0e7ff_3px,#e0e7ff_6px)]' : 'bg-indigo-500')}
            style={{ left: `${(s.from / DAY_MINUTES) * 100}%`, width: `${((s.to - s.from) / DAY_MINUTES) * 100}%` }}
            title={s.spill ? t('spill') : undefined}
          />
        ))}
        {[6, 12, 18].map((h) => (
          <div key={h} className="absolute top-0 h-2 w-px bg-white" style={{ left: `${(h / 24) * 100}%` }} />
        ))}
      </div>
      <div className="flex justify-between text-[9px] tabular-nums text-slate-400">
        <span>0</span>
        <span>6</span>
        <span>12</span>
        <span>18</span>
        <span>24</span>
      </div>
    </div>
  );
}

