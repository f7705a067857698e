/** Picking what to show from the flow's per-language texts. */
import type { FlowDocument } from '../../flows/document';
import type { FlowNode } from '../../flows/nodes';

/** The text in the first preferred language that has one. */
export function pickText(text: Record<string, string> | undefined, prefer: readonly string[]): string {
  if (!text) return '';
  for (const lang of prefer) if (text[lang]?.trim()) return text[lang]!;
  return Object.values(text).find((v) => v.trim()) ?? '';
}

/** UI language first (when the flow has it), then the flow's default language. */
export function preferredLanguages(doc: FlowDocument, uiLocale: string): string[] {
  return [uiLocale, doc.languages.default, ...doc.languages.supported];
}

/** Every visible text of a node, for "find a node by its text". */
export function nodeSearchText(node: FlowNode, doc: FlowDocument): string {
  const parts: string[] = [node.id, node.label ?? '', node.kind];
  const walk = (v: unknown) => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(node.data);
  if (node.kind === 'intent') for (const id of node.data.intents) walk(doc.intents.find((i) => i.id === id)?.name);
  return parts.join(' ').toLowerCase();
}
