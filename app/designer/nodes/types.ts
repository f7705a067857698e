import type { Node, NodeProps } from '@xyflow/react';
import type { FlowNode, NodeKind, NodeOfKind } from '../../../flows/nodes';

/** A flow node as React Flow holds it: the document's node is the data. */
export type CanvasNode = Node<{ node: FlowNode }, NodeKind>;
export type KindNodeProps<K extends NodeKind> = NodeProps<Node<{ node: NodeOfKind<K> } & Record<string, unknown>, K>>;
