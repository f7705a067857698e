import type { NodeHandler } from './handler';

/** Hands over to the queue; with nobody online the buyer gets the offline message. */
export const handoff: NodeHandler<'handoff'> = {
  enter(node, run) {
    const online = run.env.agents.online > 0;
    run.say(node.id, online ? node.data.reply : node.data.offlineReply, online ? 'handoff' : 'offline', [], false, true);
    run.handoff(node.data.queue, run.handoffReason ?? node.data.reason);
    run.note({
      type: 'handoff',
      nodeId: node.id,
      message: `Handed over to queue "${node.data.queue}"${online ? '' : ' (nobody online: marked unreplied)'}`,
      data: { queue: node.data.queue, online: run.env.agents.online, available: run.env.agents.available },
    });
    return { stop: true };
  },
};
