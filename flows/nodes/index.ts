import { z } from 'zod';
import { AgentStatusNodeSchema, agentStatusExits } from './agent_status';
import { CollectNodeSchema, collectExits } from './collect';
import { ConditionNodeSchema, conditionExits } from './condition';
import { EndNodeSchema, endExits } from './end';
import { FallbackNodeSchema, fallbackExits } from './fallback';
import { FeedbackNodeSchema, feedbackExits } from './feedback';
import { GreetingNodeSchema, greetingExits } from './greeting';
import { HandoffNodeSchema, handoffExits } from './handoff';
import { IntentNodeSchema, intentExits } from './intent';
import { MessageNodeSchema, messageExits } from './message';
import { OrderLookupNodeSchema, orderLookupExits } from './order_lookup';
import { SetVariableNodeSchema, setVariableExits } from './set_variable';
import { StartNodeSchema, startExits } from './start';
import { WorkingHoursNodeSchema, workingHoursExits } from './working_hours';

export const NODE_KINDS = [
  'start',
  'greeting',
  'message',
  'intent',
  'working_hours',
  'agent_status',
  'condition',
  'collect',
  'order_lookup',
  'handoff',
  'fallback',
  'set_variable',
  'feedback',
  'end',
] as const;
export const NodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKindSchema>;

/** Every node kind's schema; a missing kind fails to compile. */
export const NODE_SCHEMAS = {
  start: StartNodeSchema,
  greeting: GreetingNodeSchema,
  message: MessageNodeSchema,
  intent: IntentNodeSchema,
  working_hours: WorkingHoursNodeSchema,
  agent_status: AgentStatusNodeSchema,
  condition: ConditionNodeSchema,
  collect: CollectNodeSchema,
  order_lookup: OrderLookupNodeSchema,
  handoff: HandoffNodeSchema,
  fallback: FallbackNodeSchema,
  set_variable: SetVariableNodeSchema,
  feedback: FeedbackNodeSchema,
  end: EndNodeSchema,
} as const satisfies Record<NodeKind, z.ZodTypeAny>;

export const FlowNodeSchema = z.discriminatedUnion('kind', [
  StartNodeSchema,
  GreetingNodeSchema,
  MessageNodeSchema,
  IntentNodeSchema,
  WorkingHoursNodeSchema,
  AgentStatusNodeSchema,
  ConditionNodeSchema,
  CollectNodeSchema,
  OrderLookupNodeSchema,
  HandoffNodeSchema,
  FallbackNodeSchema,
  SetVariableNodeSchema,
  FeedbackNodeSchema,
  EndNodeSchema,
]);
export type FlowNode = z.infer<typeof FlowNodeSchema>;
export type NodeOfKind<K extends NodeKind> = Extract<FlowNode, { kind: K }>;

type ExitsOf = { [K in NodeKind]: (data: NodeOfKind<K>['data']) => string[] };
const EXITS: ExitsOf = {
  start: startExits,
  greeting: greetingExits,
  message: messageExits,
  intent: intentExits,
  working_hours: workingHoursExits,
  agent_status: agentStatusExits,
  condition: conditionExits,
  collect: collectExits,
  order_lookup: orderLookupExits,
  handoff: handoffExits,
  fallback: fallbackExits,
  set_variable: setVariableExits,
  feedback: feedbackExits,
  end: endExits,
};

/** The named exits of a node, in display order (the handles on the canvas). */
export function nodeExits(node: FlowNode): string[] {
  return (EXITS[node.kind] as (data: FlowNode['data']) => string[])(node.data);
}

/** Node kinds where the bot waits for the buyer (or the host) before going on. */
export const WAITING_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['intent', 'collect', 'order_lookup', 'feedback']);

/** Exits that may stay unconnected without a problem (they have a sensible built-in behaviour). */
export const OPTIONAL_EXITS: Readonly<Partial<Record<NodeKind, readonly string[]>>> = {
  fallback: ['escalate'],
  feedback: ['skipped'],
  order_lookup: ['not_found', 'unavailable'],
  working_hours: ['holiday'],
};
