import { acknowledgement } from './acknowledgement';
import type { NodeHandler } from './handler';

/** Greets once per session; the message that opened the session goes on to be answered. */
export const greeting: NodeHandler<'greeting'> = {
  enter(node, run) {
    if (run.state.session.greeted) {
      run.note({ type: 'guard', nodeId: node.id, message: 'Already greeted in this session', data: { guard: 'greeted' } });
      return { go: 'next' };
    }
    // "thanks!" after an earlier session's answer is a reply to that answer, not a new visit.
    if (run.state.session.number > 0 && run.input && !run.input.payload && acknowledgement(run.input.text) !== null) {
      run.state.session.greeted = true;
      run.note({ type: 'guard', nodeId: node.id, message: 'Only thanks or ok after an earlier session: not welcomed again', data: { guard: 'greeted' } });
      return { go: 'next' };
    }
    run.state.session.greeted = true;
    run.say(node.id, node.data.reply, 'greeting');
    if (run.input) run.input.afterGreeting = true;
    return { go: 'next' };
  },
};
