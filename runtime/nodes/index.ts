import type { NodeKind } from '../../flows/nodes';
import { agent_status } from './agent_status';
import { collect } from './collect';
import { condition } from './condition';
import { end } from './end';
import { fallback } from './fallback';
import { feedback } from './feedback';
import { greeting } from './greeting';
import { handoff } from './handoff';
import type { NodeHandler } from './handler';
import { intent } from './intent';
import { message } from './message';
import { order_lookup } from './order_lookup';
import { set_variable } from './set_variable';
import { start } from './start';
import { working_hours } from './working_hours';

/** One executor per node kind, named as the kind; a missing kind fails to compile. */
export const NODE_HANDLERS: { [K in NodeKind]: NodeHandler<K> } = {
  start,
  greeting,
  message,
  intent,
  working_hours,
  agent_status,
  condition,
  collect,
  order_lookup,
  handoff,
  fallback,
  set_variable,
  feedback,
  end,
};
