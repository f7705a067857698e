'use client';
/** The flow's working-hours schedules: open one to edit it, add one (in the shop's time zone), delete unused ones. */
import { ChevronRight, Plus, Trash2 } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { useDesigner } from '../context';
import { scheduleSummary } from '../schedule-summary';
import { useOpenRequest } from './collapsible';
import { IconButton } from './controls';
import { FieldError } from './draft';
import type { Issue } from './issues';
import { scheduleUsers } from './knowledge';
import { ScheduleEditor } from './schedule-editor';
import { newSchedule } from './schedule-grid';
import { useChoice, useDocEditor, useReadOnly } from './scope';
import { useShopTimezone } from './timezone-picker';

export function SchedulesList() {
  const t = useTranslations('inspector.schedule');
  const schedules = useDesigner((s) => s.doc.schedules);
  const editDoc = useDocEditor();
  const readOnly = useReadOnly();
  const shopZone = useShopTimezone();
  const [issues, setIssues] = useState<Issue[]>([]);
  const [opened, setOpened] = useState<string | null>(null);
  const create = () => {
    const schedule = newSchedule(t('newName'), shopZone ?? 'UTC', schedules.map((s) => s.id));
    const result = editDoc((d) => ({ ...d, schedules: [...d.schedules, schedule] }), ['schedules']);
    setIssues(result);
    if (result.length === 0) setOpened(schedule.id);
  };
  return (
    <div className="space-y-2" data-testid="schedules-list">
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {schedules.map((s, index) => (
          <ScheduleRow key={s.id} index={index} opened={opened === s.id} onOpened={(open) => setOpened(open ? s.id : null)} onIssues={setIssues} />
        ))}
        {schedules.length === 0 ? <li className="px-3 py-2 text-xs text-slate-500">{t('noSchedules')}</li> : null}
      </ul>
      {!readOnly && schedules.length < 20 ? (
        <Button type="button" variant="secondary" size="sm" className="h-8 text-xs" onClick={create} data-testid="new-schedule">
          <Plus className="h-3.5 w-3.5" aria-hidden />
          {t('new')}
        </Button>
      ) : null}
      <FieldError issues={issues} />
    </div>
  );
}

function ScheduleRow({ index, opened, onOpened, onIssues }: { index: number; opened: boolean; onOpened(open: boolean): void; onIssues(issues: Issue[]): void }) {
  const t = useTranslations('inspector.schedule');
  const locale = useLocale() === 'zh' ? 'zh' : 'en';
  const doc = useDesigner((s) => s.doc);
  const editDoc = useDocEditor();
  const readOnly = useReadOnly();
  const request = useOpenRequest([['schedules', index]]);
  const [open, setOpen] = useChoice(false, request);
  const schedule = doc.schedules[index];
  if (!schedule) return null;
  const isOpen = open || opened;
  const summary = scheduleSummary(schedule, locale);
  const users = scheduleUsers(doc, schedule.id);
  return (
    <li data-testid={`schedule-${schedule.id}`} data-path={`schedules.${index}`} tabIndex={-1} className="focus:outline-none">
      <div className="flex items-center gap-1 pr-1">
        <button
          type="button"
          aria-expanded={isOpen}
          onClick={() => {
            setOpen(!isOpen);
            onOpened(!isOpen);
          }}
          className="flex min-w-0 flex-1 items-center gap-2 px-2 py-2 text-left hover:bg-slate-50"
        >
          <ChevronRight className={cn('h-4 w-4 shrink-0 text-slate-400 transition-transform', isOpen && 'rotate-90')} aria-hidden />
          <span className="min-w-0 flex-1">
            <span className="block truncate text-sm font-medium text-slate-800">{schedule.name}</span>
            <span className="block truncate text-[11px] text-slate-500">
              {summary.hours} · {summary.timezone}
            </span>
          </span>
        </button>
        {!readOnly ? (
          <IconButton
            label={t('delete')}
            onClick={() => {
              if (users.steps.length > 0 || users.robot) onIssues([{ path: ['schedules', index], code: 'custom', message: 'schedule-in-use' }]);
              else onIssues(editDoc((d) => ({ ...d, schedules: d.schedules.filter((s) => s.id !== schedule.id) }), []));
            }}
          >
            <Trash2 className="h-3.5 w-3.5" />
          </IconButton>
        ) : null}
      </div>
      {isOpen ? (
        <div className="border-t border-slate-100 px-3 py-3">
          <ScheduleEditor scheduleId={schedule.id} />
        </div>
      ) : null}
    </li>
  );
}
