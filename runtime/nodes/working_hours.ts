import { edgeKey } from '../compile';
import { evaluateSchedule, formatNextOpen, formatOpenUntil } from '../schedule';
import type { NameTranslations, Schedule } from '../../flows/schedule';
import { pickText } from '../template';
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
    const holiday = closedFor(schedule, status.because, run.language, run.flow.doc.languages.default);
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
function closedFor(schedule: Schedule, because: ReturnType<typeof evaluateSchedule>['because'], language: string, defaultLanguage: string): string | null {
  // `name` stands for every language without a translation, as the default language's text does for replies.
  const inLanguage = (name: string, names: NameTranslations | undefined) => (names ? pickText({ [defaultLanguage]: name, ...names }, language, defaultLanguage).text : name);
  if (because.type === 'holiday') return inLanguage(because.name, schedule.holidays.find((h) => h.date === because.date)?.names);
  if (because.type !== 'exception' || 'range' in because) return null;
  // Outside the other hours of a shortened day is an ordinary closed hour.
  const exception = schedule.exceptions.find((e) => e.date === because.date);
  if (!exception || exception.ranges.length > 0) return null;
  return inLanguage(exception.name ?? '', exception.names);
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
