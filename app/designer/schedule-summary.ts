/** "Mon–Fri 09:00–18:00, Sat 10:00–16:00 · Asia/Shanghai": a schedule at a glance. */
import type { Schedule } from '../../flows/schedule';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const NAMES = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  zh: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
};

export function scheduleSummary(schedule: Schedule, locale: 'en' | 'zh'): { hours: string; timezone: string } {
  const names = NAMES[locale];
  const keyOf = (i: number) => schedule.weekly[DAYS[i]!].map((r) => `${r.start}–${r.end}`).join(', ');
  const groups: string[] = [];
  for (let i = 0; i < 7; ) {
    const key = keyOf(i);
    let j = i;
    while (j + 1 < 7 && keyOf(j + 1) === key) j++;
    if (key) groups.push(`${names[i]}${j > i ? `–${names[j]}` : ''} ${key}`);
    i = j + 1;
  }
  const closed = locale === 'zh' ? '全周休息' : 'Closed all week';
  return { hours: groups.length > 0 ? groups.join('; ') : closed, timezone: schedule.timezone };
}
