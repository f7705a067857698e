import type { NodeHandler } from './handler';

export const message: NodeHandler<'message'> = {
  enter(node, run) {
    if (!run.say(node.id, node.data.reply, node.data.replyKind, [], !node.data.repeatable)) return { stop: true };
    return { go: 'next' };
  },
};
