import { evaluateSchedule, formatNextOpen } from '../schedule';
import type { NodeHandler } from './handler';

/** Open or closed by the shop's schedule at the step's `now`; sets {next_open} when closed. */
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
    run.note({
      type: 'schedule',
      nodeId: node.id,
      message: `${status.open ? 'Open' : 'Closed'} at ${status.local.weekday} ${status.local.date} ${status.local.time} ${status.timezone}: ${describe(status.because)}${nextOpen ? `; opens ${nextOpen}` : ''}`,
      data: { open: status.open, local: status.local, because: status.because, nextOpen: status.nextOpen, closesAt: status.closesAt },
    });
    return { go: status.open ? 'open' : 'closed' };
  },
};

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
