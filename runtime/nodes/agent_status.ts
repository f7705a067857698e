import type { NodeHandler } from './handler';

/** available: someone can take the chat; busy: agents online but all saturated; offline: nobody online. */
export const agent_status: NodeHandler<'agent_status'> = {
  enter(node, run) {
    const { online, available } = run.env.agents;
    const exit = available > 0 ? 'available' : online > 0 ? 'busy' : 'offline';
    run.note({ type: 'agents', nodeId: node.id, message: `Agents: ${online} online, ${available} available → ${exit}`, data: { online, available } });
    return { go: exit };
  },
};
