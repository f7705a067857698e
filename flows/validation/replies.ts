import type { FlowNode } from '../nodes';
import type { Reply } from '../reply';

/** Every reply a node can send, with its path inside the node. */
export function repliesOf(node: FlowNode): Array<{ path: (string | number)[]; reply: Reply }> {
  switch (node.kind) {
    case 'greeting':
    case 'message':
    case 'fallback':
      return [{ path: ['data', 'reply'], reply: node.data.reply }];
    case 'collect':
      return [
        { path: ['data', 'prompt'], reply: node.data.prompt },
        { path: ['data', 'retryReply'], reply: node.data.retryReply },
      ];
    case 'order_lookup':
      return [{ path: ['data', 'confirmReply'], reply: node.data.confirmReply }];
    case 'handoff':
      return [
        { path: ['data', 'reply'], reply: node.data.reply },
        { path: ['data', 'offlineReply'], reply: node.data.offlineReply },
      ];
    case 'feedback':
      return [{ path: ['data', 'prompt'], reply: node.data.prompt }];
    case 'end':
      return node.data.reply ? [{ path: ['data', 'reply'], reply: node.data.reply }] : [];
    default:
      return [];
  }
}
