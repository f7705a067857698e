import { describe, expect, it } from 'vitest';
import { firstView } from '../../app/designer/canvas';
import type { FlowDocument } from '../../flows/document';
import { parseFlowDocument } from '../../flows/migrations';
import { findTemplate } from '../../flows/templates';

function template(): FlowDocument {
  const parsed = parseFlowDocument(findTemplate('tiktok-us')!.flow);
  if (!parsed.ok) throw new Error('template is valid');
  return parsed.document;
}

describe('where the canvas opens', () => {
  it('shows a flow of ordinary size whole', () => {
    expect(firstView(template())).toEqual({ padding: 0.15, maxZoom: 1 });
  });

  it('opens a big flow on its first steps, breadth-first from the start, at a readable zoom', () => {
    const t = template();
    // A long chain after the template's own steps makes it big.
    const extra = Array.from({ length: 80 }, (_, i) => ({ ...t.nodes.find((n) => n.kind === 'message')!, id: `chain-${i}`, position: { x: 5000 + i * 300, y: 0 } }));
    const doc: FlowDocument = { ...t, nodes: [...t.nodes, ...extra], edges: [...t.edges, ...extra.slice(1).map((n, i) => ({ id: `chain-e${i}`, source: extra[i]!.id, sourceHandle: 'next', target: n.id }))] };
    const view = firstView(doc);
    expect(view.minZoom).toBe(0.5);
    const ids = view.nodes!.map((n) => n.id);
    expect(ids).toHaveLength(24);
    expect(ids[0]).toBe(t.nodes.find((n) => n.kind === 'start')!.id);
    // The start's own successors come first; the far chain (not reachable) is not in view.
    const fromStart = t.edges.filter((e) => e.source === ids[0]).map((e) => e.target);
    expect(ids.slice(1, 1 + fromStart.length)).toEqual(fromStart);
    expect(ids.some((id) => id.startsWith('chain-'))).toBe(false);
  });
});
