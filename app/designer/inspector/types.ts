import type { FlowNode, NodeKind, NodeOfKind } from '../../../flows/nodes';

/** The contract of a node kind's inspector form: the node, and how to change it (one history step per change). */
export interface InspectorProps<K extends NodeKind> {
  node: NodeOfKind<K>;
  onChange(data: NodeOfKind<K>['data']): void;
  readOnly: boolean;
}

export type AnyInspector = (props: { node: FlowNode; onChange(data: FlowNode['data']): void; readOnly: boolean }) => React.ReactNode;
