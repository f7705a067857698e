/** The canvas component of every node kind; a missing kind fails to compile. */
import type { ComponentType } from 'react';
import type { NodeKind } from '../../../flows/nodes';
import { AgentStatusNode } from './agent_status';
import { CollectNode } from './collect';
import { ConditionNode } from './condition';
import { EndNode } from './end';
import { FallbackNode } from './fallback';
import { FeedbackNode } from './feedback';
import { GreetingNode } from './greeting';
import { HandoffNode } from './handoff';
import { IntentNode } from './intent';
import { MessageNode } from './message';
import { OrderLookupNode } from './order_lookup';
import { SetVariableNode } from './set_variable';
import { StartNode } from './start';
import { WorkingHoursNode } from './working_hours';

export const NODE_COMPONENTS = {
  start: StartNode,
  greeting: GreetingNode,
  message: MessageNode,
  intent: IntentNode,
  working_hours: WorkingHoursNode,
  agent_status: AgentStatusNode,
  condition: ConditionNode,
  collect: CollectNode,
  order_lookup: OrderLookupNode,
  handoff: HandoffNode,
  fallback: FallbackNode,
  set_variable: SetVariableNode,
  feedback: FeedbackNode,
  end: EndNode,
} as const satisfies Record<NodeKind, ComponentType<never>>;
