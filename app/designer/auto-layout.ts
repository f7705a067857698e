/** Auto-layout with ELK's layered algorithm: left to right, exits kept in their order. */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { FlowDocument } from '../../flows/document';
import { nodeExits } from '../../flows/nodes';

const elk = new ELK();
const DEFAULT_SIZE = { width: 256, height: 140 };

export async function layoutPositions(doc: FlowDocument, sizes: ReadonlyMap<string, { width: number; height: number }>): Promise<Record<string, { x: number; y: number }>> {
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '40',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: doc.nodes.map((n) => {
      const size = sizes.get(n.id) ?? DEFAULT_SIZE;
      return {
        id: n.id,
        width: size.width,
        height: size.height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
        ports: [{ id: `${n.id}::in`, layoutOptions: { 'elk.port.side': 'WEST' } }, ...nodeExits(n).map((x) => ({ id: `${n.id}::${x}`, layoutOptions: { 'elk.port.side': 'EAST' } }))],
      };
    }),
    edges: doc.edges
      .filter((e) => doc.nodes.some((n) => n.id === e.source) && doc.nodes.some((n) => n.id === e.target))
      .map((e) => ({ id: e.id, sources: [`${e.source}::${e.sourceHandle}`], targets: [`${e.target}::in`] })),
  };
  const out = await elk.layout(graph);
  const positions: Record<string, { x: number; y: number }> = {};
  for (const c of out.children ?? []) positions[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) };
  return positions;
}
