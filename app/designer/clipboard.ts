/**
 * Copy/paste of nodes, also between flows and shops: the selection is kept in localStorage
 * (same browser) and offered to the system clipboard as JSON.
 */
import { z } from 'zod';
import { EdgeSchema, type Edge } from '../../flows/edge';
import { FlowNodeSchema, type FlowNode } from '../../flows/nodes';

const KEY = 'replyflow.clipboard';
const ClipSchema = z.object({ replyflow: z.literal('nodes'), nodes: z.array(FlowNodeSchema), edges: z.array(EdgeSchema) });

export function copyNodes(nodes: FlowNode[], edges: Edge[]): void {
  const ids = new Set(nodes.map((n) => n.id));
  const clip = { replyflow: 'nodes' as const, nodes, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
  const json = JSON.stringify(clip);
  localStorage.setItem(KEY, json);
  navigator.clipboard?.writeText(json).catch(() => undefined);
}

export function readClipboard(): { nodes: FlowNode[]; edges: Edge[] } | null {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const parsed = ClipSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
