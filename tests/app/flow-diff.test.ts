import { describe, expect, it } from 'vitest';
import { diffFlows, fieldChanges, mergeForCanvas } from '../../app/designer/diff/flow-diff';
import type { FlowDocument } from '../../flows/document';
import { parseFlowDocument } from '../../flows/migrations';
import { findTemplate } from '../../flows/templates';

function template(): FlowDocument {
  const parsed = parseFlowDocument(findTemplate('douyin-cn')!.flow);
  if (!parsed.ok) throw new Error('template is valid');
  return parsed.document;
}

const clone = (d: FlowDocument): FlowDocument => structuredClone(d);

describe('comparing two flow documents', () => {
  it('finds nothing between a document and its copy', () => {
    const a = template();
    const d = diffFlows(a, clone(a));
    expect(d.total).toBe(0);
    expect(mergeForCanvas(a, clone(a)).marks).toEqual({ nodes: {}, edges: {} });
  });

  it('names added, removed, changed and merely moved steps, with the fields that changed', () => {
    const a = template();
    const b = clone(a);
    const [first, second, third] = b.nodes.filter((n) => n.kind !== 'start');
    if (!first || !second || !third) throw new Error('template has steps');
    first.label = 'Renamed step';
    second.position = { x: second.position.x + 100, y: second.position.y };
    b.nodes = b.nodes.filter((n) => n.id !== third.id);
    b.edges = b.edges.filter((e) => e.source !== third.id && e.target !== third.id);
    b.nodes.push({ id: 'thanks', kind: 'message', position: { x: 0, y: 900 }, data: { reply: { text: { zh: '谢谢' }, buttons: [] }, replyKind: 'answer', repeatable: false } } as FlowDocument['nodes'][number]);
    const d = diffFlows(a, b);
    const status = Object.fromEntries(d.nodes.map((n) => [n.id, n.status]));
    expect(status).toEqual({ [first.id]: 'changed', [second.id]: 'moved', [third.id]: 'removed', thanks: 'added' });
    expect(d.nodes.find((n) => n.id === first.id)!.fields).toEqual([{ path: ['label'], before: a.nodes.find((n) => n.id === first.id)!.label, after: 'Renamed step' }]);
    expect(d.nodes.find((n) => n.id === second.id)!.fields.map((f) => f.path)).toEqual([['position', 'x']]);
    expect(d.edges.every((e) => e.status === 'removed')).toBe(true);
    expect(d.edges.length).toBe(a.edges.filter((e) => e.source === third.id || e.target === third.id).length);
  });

  it('calls a connection moved to another step rewired, whatever its id', () => {
    const a = template();
    const b = clone(a);
    const edge = b.edges[0]!;
    const other = b.nodes.find((n) => n.id !== edge.target && n.id !== edge.source && n.kind !== 'start')!;
    b.edges[0] = { ...edge, id: 'brand-new-id', target: other.id };
    const d = diffFlows(a, b);
    expect(d.edges).toEqual([{ status: 'rewired', source: edge.source, sourceHandle: edge.sourceHandle, from: a.edges[0]!.target, to: other.id }]);
    // Only the id changed: no difference at all.
    const c = clone(a);
    c.edges[0] = { ...c.edges[0]!, id: 'renamed' };
    expect(diffFlows(a, c).edges).toEqual([]);
  });

  it('reports questions, settings and lists of plain values as a seller reads them', () => {
    const a = template();
    const b = clone(a);
    b.intents[0] = { ...b.intents[0]!, keywords: [...b.intents[0]!.keywords, '发票'] };
    b.settings = { ...b.settings, matchThreshold: 70 };
    b.name = 'New name';
    const d = diffFlows(a, b);
    expect(d.intents).toHaveLength(1);
    expect(d.intents[0]!.fields).toEqual([{ path: ['keywords'], before: a.intents[0]!.keywords, after: b.intents[0]!.keywords }]);
    expect(d.flow.map((f) => f.path.join('.')).sort()).toEqual(['name', 'settings.matchThreshold']);
    expect(d.total).toBe(3);
    expect(fieldChanges({ a: [{ x: 1 }, { x: 2 }] }, { a: [{ x: 1 }] })).toEqual([{ path: ['a', 1], before: { x: 2 }, after: undefined }]);
  });

  it('draws both sides on one canvas: removed steps and connections come back, marked', () => {
    const a = template();
    const b = clone(a);
    const gone = b.nodes.find((n) => n.kind === 'message')!;
    b.nodes = b.nodes.filter((n) => n.id !== gone.id);
    const goneEdges = a.edges.filter((e) => e.source === gone.id || e.target === gone.id);
    b.edges = b.edges.filter((e) => e.source !== gone.id && e.target !== gone.id);
    expect(goneEdges.length).toBeGreaterThan(0);
    const { doc, marks } = mergeForCanvas(a, b);
    expect(doc.nodes.map((n) => n.id).sort()).toEqual(a.nodes.map((n) => n.id).sort());
    expect(marks.nodes).toEqual({ [gone.id]: 'removed' });
    expect(Object.values(marks.edges)).toEqual(goneEdges.map(() => 'removed'));
    // Edge ids stay unique even when a removed edge's id is reused by a new one.
    const ids = doc.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
