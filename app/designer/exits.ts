/** Labels of a node's exits as the seller reads them (intent names, rule labels, statuses). */
import type { FlowDocument } from '../../flows/document';
import { nodeExits, type FlowNode } from '../../flows/nodes';
import { pickText } from './text';

export interface ExitView {
  id: string;
  label: string;
}

export function exitViews(node: FlowNode, doc: FlowDocument, prefer: readonly string[], t: (key: string) => string): ExitView[] {
  return nodeExits(node).map((id) => {
    if (node.kind === 'intent' && id !== 'no_match') {
      const intent = doc.intents.find((i) => i.id === id);
      return { id, label: intent ? pickText(intent.name, prefer) || id : id };
    }
    if (node.kind === 'condition' && id !== 'else') {
      const rule = node.data.rules.find((r) => r.id === id);
      return { id, label: rule?.label || id };
    }
    return { id, label: t(`exits.${id}`) };
  });
}
