import type { NodeKind, NodeOfKind } from '../../flows/nodes';
import type { RuntimeEvent, Wait } from '../contract';
import type { NodeOutcome, Run } from '../run';

/**
 * The contract every node kind implements. `enter` runs when the flow reaches the node;
 * `resume` runs when an event arrives while the bot waits at it. Handlers never throw: a
 * problem is a trace entry and an outcome.
 */
export interface NodeHandler<K extends NodeKind> {
  enter(node: NodeOfKind<K>, run: Run): NodeOutcome;
  resume?(node: NodeOfKind<K>, run: Run, event: RuntimeEvent, wait: Wait): NodeOutcome;
}
