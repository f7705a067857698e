/**
 * Lays out the bundled templates' canvases with the designer's auto-layout (ELK), estimating
 * each node's size from what the canvas shows. Run after adding nodes to a template:
 * `npx tsx scripts/layout-templates.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutPositions } from '../app/designer/auto-layout';
import { parseFlowDocument } from '../flows/migrations';
import { nodeExits, type FlowNode } from '../flows/nodes';
import { TEMPLATE_NAMES } from '../flows/templates';

function estimatedHeight(node: FlowNode): number {
  const header = 30;
  const data = node.data as { reply?: { buttons?: unknown[] }; prompt?: unknown };
  const body = node.kind === 'start' || node.kind === 'agent_status' ? 28 : 70 + ((data.reply?.buttons?.length ?? 0) > 0 ? 24 : 0);
  return header + body + nodeExits(node).length * 24 + 10;
}

for (const name of TEMPLATE_NAMES) {
  const file = join('flows', 'templates', `${name}.flow.json`);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ id: string; position: { x: number; y: number } }> };
  const parsed = parseFlowDocument(raw);
  if (!parsed.ok) throw new Error(`${file} is not valid`);
  const sizes = new Map(parsed.document.nodes.map((n) => [n.id, { width: 260, height: estimatedHeight(n) }]));
  const positions = await layoutPositions(parsed.document, sizes);
  for (const n of raw.nodes) n.position = positions[n.id] ?? n.position;
  writeFileSync(file, `${JSON.stringify(raw, null, 2)}\n`);
  console.log(`${file}: ${raw.nodes.length} nodes laid out`);
}
