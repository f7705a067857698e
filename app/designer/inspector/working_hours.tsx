'use client';
import { Plus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '../../ui/button';
import { useDesigner } from '../context';
import { FormRow, PathSelect } from '../editors/controls';
import { FieldError } from '../editors/draft';
import { fieldId, type Issue } from '../editors/issues';
import { ScheduleEditor } from '../editors/schedule-editor';
import { newSchedule } from '../editors/schedule-grid';
import { useDocEditor } from '../editors/scope';
import { useShopTimezone } from '../editors/timezone-picker';
import { useNodeEdit } from './node-form';
import type { InspectorProps } from './types';

/** Branches on working hours: picks one of the flow's schedules (or makes one) and edits it in place. */
export function WorkingHoursInspector(props: InspectorProps<'working_hours'>) {
  const t = useTranslations('inspector.workingHours');
  const ts = useTranslations('inspector.schedule');
  const td = useTranslations('designer.exits');
  const edit = useNodeEdit(props);
  const editDoc = useDocEditor();
  const schedules = useDesigner((s) => s.doc.schedules);
  const shopZone = useShopTimezone();
  const [issues, setIssues] = useState<Issue[]>([]);
  const { node, readOnly } = props;
  const current = schedules.find((s) => s.id === node.data.scheduleId);
  const users = useDesigner((s) => s.doc.nodes.filter((n) => n.kind === 'working_hours' && n.data.scheduleId === node.data.scheduleId).length);

  const create = () => {
    const schedule = newSchedule(ts('newName'), shopZone ?? 'UTC', schedules.map((s) => s.id));
    setIssues(
      editDoc(
        (d) => ({
          ...d,
          schedules: [...d.schedules, schedule],
          nodes: d.nodes.map((n) => (n.id === node.id && n.kind === 'working_hours' ? { ...n, data: { ...n.data, scheduleId: schedule.id } } : n)),
        }),
        ['schedules'],
      ),
    );
  };

  return (
    <div className="space-y-4">
      <p className="text-xs leading-snug text-slate-500">{t('about', { open: td('open'), closed: td('closed') })}</p>
      <FormRow htmlFor={fieldId(['data', 'scheduleId'])} label={t('schedule')}>
        <div className="flex gap-1.5">
          <PathSelect
            path={['data', 'scheduleId']}
            className="min-w-0 flex-1"
            value={node.data.scheduleId}
            options={[...schedules.map((s) => ({ value: s.id, label: s.name })), ...(current ? [] : [{ value: node.data.scheduleId, label: t('missing', { id: node.data.scheduleId }) }])]}
            onValueChange={(scheduleId) => setIssues(edit((d) => ({ ...d, scheduleId })))}
          />
          {!readOnly ? (
            <Button type="button" variant="secondary" size="sm" className="h-9 shrink-0 text-xs" onClick={create} data-testid="new-schedule">
              <Plus className="h-3.5 w-3.5" aria-hidden />
              {t('new')}
            </Button>
          ) : null}
        </div>
        <FieldError issues={issues} />
      </FormRow>
      {current ? (
        <div className="space-y-2 rounded-md border border-slate-200 p-3">
          {users > 1 || schedules.length > 1 ? <p className="text-xs text-slate-500">{t('shared', { count: users })}</p> : null}
          <ScheduleEditor scheduleId={current.id} />
        </div>
      ) : null}
    </div>
  );
}
