import type { NodeHandler } from './handler';

/** Ends the run (and closes the conversation when asked); the next message starts over. */
export const end: NodeHandler<'end'> = {
  enter(node, run) {
    if (node.data.reply) run.say(node.id, node.data.reply, 'answer');
    if (node.data.close) run.state.status = 'closed';
    run.state.home = null;
    return { stop: true };
  },
};
