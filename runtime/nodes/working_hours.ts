import { edgeKey } from '../compile';
import { evaluateSchedule, formatNextOpen, formatOpenUntil } from '../schedule';
import type { Schedule } from '../../flows/schedule';
import type { NodeHandler } from './handler';

/**
 * Open or closed by the shop's schedule at the step's `now`; sets {open_until} when open,
 * {next_open} when closed, and {holiday} on a holiday or dated closing, which take the `holiday`
 * exit when it is drawn.
 */
export const working_hours: NodeHandler<'working_hours'> = {
  enter(node, run) {
    const schedule = run.flow.schedules.get(node.data.scheduleId);
    if (!schedule) {
      run.note({ type: 'problem', nodeId: node.id, message: `Schedule "${node.data.scheduleId}" does not exist: treated as closed` });
      return { go: 'closed' };
    }
    const status = evaluateSchedule(schedule, run.env.now);
    const nextOpen = formatNextOpen(status, run.language);
    if (nextOpen !== null) run.local.next_open = nextOpen;
    const openUntil = formatOpenUntil(status, run.language);
    if (openUntil !== null) run.local.open_until = openUntil;
    run.note({
      type: 'schedule',
      nodeId: node.id,
      message: `${status.open ? 'Open' : 'Closed'} at ${status.local.weekday} ${status.local.date} ${status.local.time} ${status.timezone}: ${describe(status.because)}${nextOpen ? `; opens ${nextOpen}` : ''}`,
      data: { open: status.open, local: status.local, because: status.because, nextOpen: status.nextOpen, closesAt: status.closesAt },
    });
    if (status.open) return { go: 'open' };
    const holiday = closedFor(schedule, status.because, run.language);
    if (holiday === null) return { go: 'closed' };
    run.local.holiday = holiday;
    // A flow drawn before the `holiday` exit existed says its usual closed notice.
    return { go: run.flow.edges.has(edgeKey(node.id, 'holiday')) ? 'holiday' : 'closed' };
  },
};

/**
 * The name, in the buyer's language when the seller gave it, of the holiday or dated closing (a
 * whole day closed) the shop is closed for ('' for an unnamed closing), or null on an ordinary
 * closed hour.
 */
function closedFor(schedule: Schedule, because: ReturnType<typeof evaluateSchedule>['because'], language: string): string | null {
  if (because.type === 'holiday') {
    const holiday = schedule.holidays.find((h) => h.date === because.date);
    return translated(holiday?.names, language) ?? because.name;
  }
  if (because.type !== 'exception' || 'range' in because) return null;
  // Outside the other hours of a shortened day is an ordinary closed hour.
  const exception = schedule.exceptions.find((e) => e.date === because.date);
  if (!exception || exception.ranges.length > 0) return null;
  return translated(exception.names, language) ?? exception.name ?? '';
}

/** The name for a language tag ('zh-CN' reads 'zh' too), or undefined. */
function translated(names: Record<string, string> | undefined, language: string): string | undefined {
  if (!names) return undefined;
  return names[language] ?? names[language.split('-')[0] ?? language];
}

function describe(because: ReturnType<typeof evaluateSchedule>['because']): string {
  switch (because.type) {
    case 'weekly':
      return `weekly range ${because.weekday} ${because.range.start}–${because.range.end}`;
    case 'holiday':
      return `holiday ${because.name} (${because.date})`;
    case 'exception':
      return 'range' in because ? `special hours on ${because.date} ${because.range.start}–${because.range.end}` : `closed on ${because.date}${because.name ? ` (${because.name})` : ''}`;
    case 'outside_hours':
      return `outside the ${because.weekday} hours`;
  }
}
