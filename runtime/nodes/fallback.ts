import { edgeKey } from '../compile';
import type { NodeHandler } from './handler';

/** Replies when nothing matched; on the Nth consecutive fallback takes `escalate` instead. */
export const fallback: NodeHandler<'fallback'> = {
  enter(node, run) {
    const count = run.state.session.fallbacks + 1;
    const limit = node.data.escalateAfter ?? run.settings.fallbackEscalation;
    run.state.session.fallbacks = count;
    run.outputs.tags.push('fallback');
    if (count >= limit) {
      run.note({ type: 'guard', nodeId: node.id, message: `Fallback ${count} of ${limit} in a row: escalating`, data: { guard: 'fallback_escalation', count, limit } });
      if (!run.flow.edges.has(edgeKey(node.id, 'escalate'))) {
        run.state.session.fallbacks = 0;
        if (node.data.markUnreplied) {
          run.outputs.unreplied = true;
          run.outputs.notes.push(`The bot could not answer ${count} messages in a row; the conversation waits for an agent.`);
        }
        return { stop: true };
      }
      run.handoffReason = 'fallback_escalation';
      return { go: 'escalate' };
    }
    if (!run.say(node.id, node.data.reply, 'fallback')) return { stop: true };
    return { go: 'next' };
  },
};
