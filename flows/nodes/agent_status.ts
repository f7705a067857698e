import { z } from 'zod';
import { defineNodeSchema } from './base';

/** Branches on the agents: someone available, all online agents saturated, or nobody online. */
export const AgentStatusNodeSchema = defineNodeSchema('agent_status', z.object({}).default({}));
export type AgentStatusNode = z.infer<typeof AgentStatusNodeSchema>;
export const agentStatusExits = (): string[] => ['available', 'busy', 'offline'];
