'use client';
/** The flow on a React Flow canvas, controlled by the designer store. */
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type Edge as RFEdge,
  type NodeChange,
  type EdgeChange,
  type FitViewOptions,
  type NodeProps,
  type NodeTypes,
} from '@xyflow/react';
import { memo, useCallback, useMemo, useRef, useState, type ComponentType, type DragEvent } from 'react';
import type { FlowDocument } from '../../flows/document';
import type { FlowNode, NodeKind } from '../../flows/nodes';
import { useDesigner, useDesignerStore } from './context';
import type { DesignerStore } from './store';
import { DIFF_MINIMAP_COLOR } from './diff/diff-badge';
import { NODE_COMPONENTS } from './nodes';
import { farAway } from './nodes/far';
import type { CanvasNode } from './nodes/types';

/** Edges on the compare page: added green, removed red and dashed, the rest faded. */
const DIFF_EDGE_STYLE = {
  added: { stroke: '#059669', strokeWidth: 3 },
  removed: { stroke: '#dc2626', strokeWidth: 2.5, strokeDasharray: '6 4' },
  same: { opacity: 0.45 },
} as const;

export const PALETTE_MIME = 'application/x-replyflow-kind';
/**
 * A node component re-renders when its step or its selection changes, not for the props React
 * Flow changes while measuring, dragging or positioning it (with hundreds of steps that adds up).
 */
const nodeTypes = Object.fromEntries(
  Object.entries(NODE_COMPONENTS).map(([kind, Component]) => [kind, memo(Component as unknown as ComponentType<NodeProps>, (a, b) => a.data === b.data && a.selected === b.selected)]),
) as NodeTypes;

const BIG_FLOW_STEPS = 60;
const FIRST_VIEW_STEPS = 24;

/**
 * Where the canvas opens: a flow of up to 60 steps whole; a bigger one on its first steps
 * (breadth-first from the start) at a readable zoom, since the whole of it would be too small to
 * read; the minimap and "fit view" show all of it.
 */
export function firstView(doc: FlowDocument): FitViewOptions {
  const whole = { padding: 0.15, maxZoom: 1 };
  if (doc.nodes.length <= BIG_FLOW_STEPS) return whole;
  const next = new Map<string, string[]>();
  for (const e of doc.edges) {
    const list = next.get(e.source);
    if (list) list.push(e.target);
    else next.set(e.source, [e.target]);
  }
  const start = doc.nodes.find((n) => n.kind === 'start') ?? doc.nodes[0]!;
  const seen = new Set([start.id]);
  for (const id of seen) {
    if (seen.size >= FIRST_VIEW_STEPS) break;
    for (const target of next.get(id) ?? []) if (seen.size < FIRST_VIEW_STEPS) seen.add(target);
  }
  return { ...whole, minZoom: 0.5, nodes: [...seen].map((id) => ({ id })) };
}

/** One data object per document node object, so unchanged nodes don't re-render. */
const dataCache = new WeakMap<FlowNode, { node: FlowNode }>();
function dataOf(node: FlowNode): { node: FlowNode } {
  let d = dataCache.get(node);
  if (!d) dataCache.set(node, (d = { node }));
  return d;
}

const nodeCache = new WeakMap<FlowNode, { key: string; value: CanvasNode }>();

/** React Flow's node for a document node; the same object while nothing about it changed. */
function canvasNode(n: FlowNode, selected: boolean, size: { width: number; height: number } | undefined, drag: { x: number; y: number } | undefined, readOnly: boolean): CanvasNode {
  const key = `${selected}|${size?.width}x${size?.height}|${drag?.x},${drag?.y}|${readOnly}`;
  const hit = nodeCache.get(n);
  if (hit && hit.key === key) return hit.value;
  const value: CanvasNode = { id: n.id, type: n.kind, position: drag ?? n.position, data: dataOf(n), selected, measured: size, deletable: !readOnly, draggable: !readOnly };
  nodeCache.set(n, { key, value });
  return value;
}

/**
 * A click on a step (or an edge, or a box drawn with Shift) arrives as React Flow "select"
 * changes; the canvas is controlled, so they become the store's selection here.
 */
function applySelection(store: DesignerStore, changes: ReadonlyArray<NodeChange<CanvasNode> | EdgeChange>, which: 'nodes' | 'edges'): void {
  const selects = changes.filter((c): c is Extract<typeof c, { type: 'select' }> => c.type === 'select');
  if (selects.length === 0) return;
  const { selectedNodes, selectedEdges, select } = store.getState();
  const next = new Set(which === 'nodes' ? selectedNodes : selectedEdges);
  for (const c of selects) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  const ids = [...next].sort();
  if (which === 'nodes') select(ids, selectedEdges);
  else select(selectedNodes, ids);
}

export function Canvas() {
  const store = useDesignerStore();
  const doc = useDesigner((s) => s.doc);
  const readOnly = useDesigner((s) => s.readOnly);
  const selectedNodes = useDesigner((s) => s.selectedNodes);
  const selectedEdges = useDesigner((s) => s.selectedEdges);
  const highlight = useDesigner((s) => s.highlight);
  const diff = useDesigner((s) => s.diff);
  const { screenToFlowPosition } = useReactFlow();
  const [fitViewOptions] = useState(() => firstView(store.getState().doc));
  const far = useStore(farAway);
  // What React Flow reports between commits: measured sizes and positions while dragging.
  const [measured, setMeasured] = useState<Record<string, { width: number; height: number }>>({});
  const [dragging, setDragging] = useState<Record<string, { x: number; y: number }>>({});
  const reconnected = useRef(true);
  const lastDrag = useRef<Record<string, { x: number; y: number }>>({});

  const nodes = useMemo<CanvasNode[]>(() => {
    const selected = new Set(selectedNodes);
    return doc.nodes.map((n) => canvasNode(n, selected.has(n.id), measured[n.id], dragging[n.id], readOnly));
  }, [doc.nodes, selectedNodes, measured, dragging, readOnly]);

  const edges = useMemo<RFEdge[]>(() => {
    const selected = new Set(selectedEdges);
    const lit = new Set(highlight?.edges ?? []);
    return doc.edges.map((e) => ({
      id: e.id,
      source: e.source,
      sourceHandle: e.sourceHandle,
      target: e.target,
      selected: selected.has(e.id),
      animated: lit.has(e.id),
      style: lit.has(e.id) ? { stroke: '#10b981', strokeWidth: 3 } : diff ? DIFF_EDGE_STYLE[diff.edges[e.id] ?? 'same'] : undefined,
      reconnectable: !readOnly,
    }));
  }, [doc.edges, selectedEdges, highlight, diff, readOnly]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const sizes: Record<string, { width: number; height: number }> = {};
      const moving: Record<string, { x: number; y: number }> = {};
      const done: Record<string, { x: number; y: number }> = {};
      for (const c of changes) {
        if (c.type === 'dimensions' && c.dimensions) sizes[c.id] = c.dimensions;
        if (c.type === 'position' && c.position) (c.dragging ? moving : done)[c.id] = c.position;
      }
      if (Object.keys(sizes).length > 0) setMeasured((m) => ({ ...m, ...sizes }));
      applySelection(store, changes, 'nodes');
      if (Object.keys(moving).length > 0) setDragging((d) => ({ ...d, ...moving }));
      if (Object.keys(moving).length > 0) Object.assign(lastDrag.current, moving);
      // A finished drag is one history step with the final positions.
      const finished = changes.flatMap((c) => (c.type === 'position' && c.dragging === false ? [c.id] : []));
      if (finished.length > 0) {
        const final: Record<string, { x: number; y: number }> = {};
        for (const id of finished) {
          const p = done[id] ?? lastDrag.current[id];
          if (p) final[id] = p;
          delete lastDrag.current[id];
        }
        store.getState().moveNodes(final);
        setDragging((d) => Object.fromEntries(Object.entries(d).filter(([id]) => !finished.includes(id))));
      }
    },
    [store],
  );

  // Deletion goes through the keyboard handler; only selection is taken from here.
  const onEdgesChange = useCallback((changes: EdgeChange[]) => applySelection(store, changes, 'edges'), [store]);

  const onSelectionChange = useCallback(
    ({ nodes: n, edges: e }: { nodes: { id: string }[]; edges: { id: string }[] }) => store.getState().select(n.map((x) => x.id).sort(), e.map((x) => x.id).sort()),
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target && c.sourceHandle) store.getState().connect(c.source, c.sourceHandle, c.target);
    },
    [store],
  );

  const onReconnect = useCallback(
    (old: RFEdge, c: Connection) => {
      reconnected.current = true;
      if (c.source && c.target && c.sourceHandle) store.getState().reconnect(old.id, c.source, c.sourceHandle, c.target);
    },
    [store],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME) as NodeKind;
      if (!kind) return;
      e.preventDefault();
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      store.getState().addNode(kind, { x: Math.round(p.x - 128), y: Math.round(p.y - 20) });
    },
    [screenToFlowPosition, store],
  );

  return (
    // Nothing on the canvas is text to select, and a pan that could start a text selection costs
    // the browser a selection update on every mouse move.
    <div className="h-full w-full select-none" onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <ReactFlow<CanvasNode, RFEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onConnect={onConnect}
        onPaneClick={() => store.getState().select([], [])}
        onReconnect={onReconnect}
        onReconnectStart={() => (reconnected.current = false)}
        onReconnectEnd={(_, edge) => {
          // An edge dragged off into empty space is deleted.
          if (!reconnected.current) {
            store.getState().select([], [edge.id]);
            store.getState().deleteSelection();
          }
          reconnected.current = true;
        }}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        // Zoomed far out nearly every step is in view anyway; working out which are, on every
        // frame of a pan, costs more than it saves.
        onlyRenderVisibleElements={!far}
        proOptions={{ hideAttribution: true }}
        defaultEdgeOptions={{ type: 'smoothstep' }}
      >
        <Background gap={20} />
        <MiniMap pannable zoomable className="!bottom-2 !right-2" nodeColor={diff ? (n) => DIFF_MINIMAP_COLOR[diff.nodes[n.id] ?? 'same'] : undefined} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
