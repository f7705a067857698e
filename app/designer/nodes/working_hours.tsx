'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useDesigner } from '../context';
import { scheduleSummary } from '../schedule-summary';
import { Line, NodeShell } from './node-shell';
import type { KindNodeProps } from './types';

export function WorkingHoursNode({ data, selected }: KindNodeProps<'working_hours'>) {
  const t = useTranslations('designer');
  const locale = useLocale() === 'zh' ? 'zh' : 'en';
  const schedule = useDesigner((s) => s.doc.schedules.find((x) => x.id === data.node.data.scheduleId));
  const summary = schedule ? scheduleSummary(schedule, locale) : null;
  return (
    <NodeShell node={data.node} selected={selected}>
      {summary ? (
        <>
          <Line>{summary.hours}</Line>
          <Line muted>{summary.timezone}</Line>
        </>
      ) : (
        <Line muted>{t('summary.noSchedule')}</Line>
      )}
    </NodeShell>
  );
}
