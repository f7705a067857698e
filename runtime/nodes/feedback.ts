import type { NodeHandler } from './handler';

export const FEEDBACK_RESOLVED = 'feedback:resolved';
export const FEEDBACK_UNRESOLVED = 'feedback:unresolved';

/** Asks whether the answer helped; buttons go to resolved / unresolved, other text to skipped. */
export const feedback: NodeHandler<'feedback'> = {
  enter(node, run) {
    run.say(
      node.id,
      node.data.prompt,
      'system',
      [
        { label: run.localized(node.data.resolvedLabel), payload: FEEDBACK_RESOLVED },
        { label: run.localized(node.data.unresolvedLabel), payload: FEEDBACK_UNRESOLVED },
      ],
      false,
    );
    return { wait: { for: 'feedback', nodeId: node.id } };
  },
  resume(node, run, _event, wait) {
    const input = run.input;
    if (!input) return { wait };
    if (input.payload === FEEDBACK_RESOLVED || input.payload === FEEDBACK_UNRESOLVED) {
      input.consumed = true;
      const resolved = input.payload === FEEDBACK_RESOLVED;
      run.outputs.tags.push(resolved ? 'feedback:resolved' : 'feedback:unresolved');
      run.note({ type: 'info', nodeId: node.id, message: `Buyer rated: ${resolved ? 'resolved' : 'unresolved'}` });
      if (!resolved) run.handoffReason = 'unresolved_rating';
      return { go: resolved ? 'resolved' : 'unresolved' };
    }
    run.note({ type: 'info', nodeId: node.id, message: 'Buyer wrote instead of rating: skipped' });
    return { go: 'skipped' };
  },
};
