/**
 * The designer's one store: the flow document being edited, its undo/redo history, the
 * selection and the save state. Every edit goes through `commit`, so each is one history step;
 * selection, viewport and in-progress drags are not history.
 */
import { createStore } from 'zustand/vanilla';
import type { ConversationTest } from '../../flows/conversation-test';
import type { FlowDocument } from '../../flows/document';
import type { Edge } from '../../flows/edge';
import { nodeExits, type FlowNode, type NodeKind } from '../../flows/nodes';
import { validateFlow, type Problem } from '../../flows/validation';
import { defaultNode, freshId } from './defaults';
import type { CanvasDiff } from './diff/flow-diff';

const HISTORY_LIMIT = 200;

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';

export interface Conflict {
  currentRevision: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Where the inspector should put the caret (a problem's JSON path, relative to the node). */
export interface Focus {
  nodeId: string | null;
  path: (string | number)[];
  /** Changes on every focus request so the same field can be focused twice. */
  nonce: number;
}

export interface DesignerState {
  shopId: string;
  flowId: string;
  doc: FlowDocument;
  tests: ConversationTest[];
  problems: Problem[];
  readOnly: boolean;
  /** The revision the document on screen is based on. */
  revision: number;
  saveStatus: SaveStatus;
  saveError: string | null;
  conflict: Conflict | null;
  past: FlowDocument[];
  future: FlowDocument[];
  selectedNodes: string[];
  selectedEdges: string[];
  focus: Focus | null;
  /** The path a preview conversation took, lit up on the canvas. */
  highlight: { nodes: string[]; edges: string[]; waitingAt: string | null } | null;
  /** On the compare page: how each node and edge differs from the version compared against. */
  diff: CanvasDiff | null;

  setHighlight(highlight: DesignerState['highlight']): void;
  commit(change: (doc: FlowDocument) => FlowDocument): void;
  undo(): void;
  redo(): void;
  select(nodes: string[], edges: string[]): void;
  focusProblem(nodeId: string | null, path: (string | number)[]): void;
  addNode(kind: NodeKind, position: { x: number; y: number }, after?: string): string;
  updateNode(id: string, change: (node: FlowNode) => FlowNode): void;
  moveNodes(positions: Record<string, { x: number; y: number }>): void;
  connect(source: string, sourceHandle: string, target: string): void;
  reconnect(edgeId: string, source: string, sourceHandle: string, target: string): void;
  deleteSelection(): void;
  insertNodes(nodes: FlowNode[], edges: Edge[], offset: { x: number; y: number }): void;
  replaceDocument(doc: FlowDocument): void;
  setTests(tests: ConversationTest[]): void;
  markSaving(): void;
  markSaved(revision: number, savedDoc: FlowDocument): void;
  markConflict(conflict: Conflict): void;
  markError(message: string): void;
  /** Loads a document from the server (theirs, after a conflict), resetting history. */
  load(doc: FlowDocument, tests: ConversationTest[], revision: number): void;
}

export interface DesignerInit {
  shopId: string;
  flowId: string;
  doc: FlowDocument;
  tests: ConversationTest[];
  revision: number;
  readOnly?: boolean;
  diff?: CanvasDiff | null;
}

/** Edges whose exit still exists on their source node, and whose ends exist. */
function pruneEdges(doc: FlowDocument): FlowDocument {
  const exits = new Map(doc.nodes.map((n) => [n.id, new Set(nodeExits(n))]));
  const edges = doc.edges.filter((e) => exits.get(e.source)?.has(e.sourceHandle) && exits.has(e.target));
  return edges.length === doc.edges.length ? doc : { ...doc, edges };
}

export function createDesignerStore(init: DesignerInit) {
  let savedDoc = init.doc;
  return createStore<DesignerState>()((set, get) => ({
    shopId: init.shopId,
    flowId: init.flowId,
    doc: init.doc,
    tests: init.tests,
    problems: validateFlow(init.doc),
    readOnly: init.readOnly ?? false,
    revision: init.revision,
    saveStatus: 'saved',
    saveError: null,
    conflict: null,
    past: [],
    future: [],
    selectedNodes: [],
    selectedEdges: [],
    focus: null,
    highlight: null,
    diff: init.diff ?? null,

    setHighlight(highlight) {
      set({ highlight });
    },
    commit(change) {
      const s = get();
      if (s.readOnly) return;
      const next = change(s.doc);
      if (next === s.doc) return;
      set({
        doc: next,
        problems: validateFlow(next),
        past: [...s.past, s.doc].slice(-HISTORY_LIMIT),
        future: [],
        saveStatus: s.saveStatus === 'conflict' ? 'conflict' : 'dirty',
      });
    },
    undo() {
      const s = get();
      const prev = s.past.at(-1);
      if (!prev || s.readOnly) return;
      set({ doc: prev, problems: validateFlow(prev), past: s.past.slice(0, -1), future: [s.doc, ...s.future], saveStatus: s.saveStatus === 'conflict' ? 'conflict' : prev === savedDoc ? 'saved' : 'dirty' });
    },
    redo() {
      const s = get();
      const next = s.future[0];
      if (!next || s.readOnly) return;
      set({ doc: next, problems: validateFlow(next), past: [...s.past, s.doc], future: s.future.slice(1), saveStatus: s.saveStatus === 'conflict' ? 'conflict' : next === savedDoc ? 'saved' : 'dirty' });
    },
    select(nodes, edges) {
      const s = get();
      if (sameList(nodes, s.selectedNodes) && sameList(edges, s.selectedEdges)) return;
      set({ selectedNodes: nodes, selectedEdges: edges });
    },
    focusProblem(nodeId, path) {
      set({ focus: { nodeId, path, nonce: (get().focus?.nonce ?? 0) + 1 }, selectedNodes: nodeId ? [nodeId] : [], selectedEdges: [] });
    },
    addNode(kind, position, after) {
      const { node, intents, schedules } = defaultNode(kind, get().doc, position);
      get().commit((d0) => {
        const d = intents.length + schedules.length > 0 ? { ...d0, intents: [...d0.intents, ...intents], schedules: [...d0.schedules, ...schedules] } : d0;
        let edges = d.edges;
        const from = after ? d.nodes.find((n) => n.id === after) : undefined;
        if (from) {
          // Click-to-add after the selected node: connect its first free exit.
          const used = new Set(d.edges.filter((e) => e.source === from.id).map((e) => e.sourceHandle));
          const exit = nodeExits(from).find((x) => !used.has(x));
          if (exit) edges = [...edges, { id: freshId('e', d.edges.map((e) => e.id)), source: from.id, sourceHandle: exit, target: node.id }];
        }
        return { ...d, nodes: [...d.nodes, node], edges };
      });
      set({ selectedNodes: [node.id], selectedEdges: [] });
      return node.id;
    },
    updateNode(id, change) {
      get().commit((d) => pruneEdges({ ...d, nodes: d.nodes.map((n) => (n.id === id ? change(n) : n)) }));
    },
    moveNodes(positions) {
      get().commit((d) => {
        let moved = false;
        const nodes = d.nodes.map((n) => {
          const p = positions[n.id];
          if (!p || (p.x === n.position.x && p.y === n.position.y)) return n;
          moved = true;
          return { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } };
        });
        return moved ? { ...d, nodes } : d;
      });
    },
    connect(source, sourceHandle, target) {
      if (source === target) return;
      get().commit((d) => {
        // One connection per exit: a new one replaces the old.
        const edges = d.edges.filter((e) => !(e.source === source && e.sourceHandle === sourceHandle));
        return { ...d, edges: [...edges, { id: freshId('e', d.edges.map((e) => e.id)), source, sourceHandle, target }] };
      });
    },
    reconnect(edgeId, source, sourceHandle, target) {
      get().commit((d) => ({
        ...d,
        edges: d.edges
          .filter((e) => e.id === edgeId || !(e.source === source && e.sourceHandle === sourceHandle))
          .map((e) => (e.id === edgeId ? { ...e, source, sourceHandle, target } : e)),
      }));
    },
    deleteSelection() {
      const { selectedNodes, selectedEdges } = get();
      if (selectedNodes.length === 0 && selectedEdges.length === 0) return;
      const nodes = new Set(selectedNodes);
      const edges = new Set(selectedEdges);
      get().commit((d) => ({
        ...d,
        nodes: d.nodes.filter((n) => !nodes.has(n.id)),
        edges: d.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
      }));
      set({ selectedNodes: [], selectedEdges: [] });
    },
    insertNodes(nodes, edges, offset) {
      if (nodes.length === 0) return;
      const d0 = get().doc;
      const taken = d0.nodes.map((n) => n.id);
      const ids = new Map<string, string>();
      for (const n of nodes) {
        const id = freshId(n.kind, taken);
        taken.push(id);
        ids.set(n.id, id);
      }
      const copies = nodes.map((n) => ({ ...n, id: ids.get(n.id)!, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } }) as FlowNode);
      const edgeIds = d0.edges.map((e) => e.id);
      const copiedEdges: Edge[] = [];
      for (const e of edges) {
        const source = ids.get(e.source);
        const target = ids.get(e.target);
        if (!source || !target) continue;
        const id = freshId('e', edgeIds);
        edgeIds.push(id);
        copiedEdges.push({ id, source, sourceHandle: e.sourceHandle, target });
      }
      get().commit((d) => ({ ...d, nodes: [...d.nodes, ...copies], edges: [...d.edges, ...copiedEdges] }));
      set({ selectedNodes: copies.map((n) => n.id), selectedEdges: [] });
    },
    replaceDocument(doc) {
      get().commit(() => doc);
    },
    setTests(tests) {
      set({ tests, saveStatus: get().saveStatus === 'conflict' ? 'conflict' : 'dirty' });
    },
    markSaving() {
      set({ saveStatus: 'saving', saveError: null });
    },
    markSaved(revision, doc) {
      savedDoc = doc;
      set({ revision, saveStatus: get().doc === doc ? 'saved' : 'dirty', saveError: null, conflict: null });
    },
    markConflict(conflict) {
      set({ saveStatus: 'conflict', conflict });
    },
    markError(message) {
      set({ saveStatus: 'error', saveError: message });
    },
    load(doc, tests, revision) {
      savedDoc = doc;
      set({ doc, tests, revision, problems: validateFlow(doc), past: [], future: [], saveStatus: 'saved', conflict: null, saveError: null, selectedNodes: [], selectedEdges: [] });
    },
  }));
}

export type DesignerStore = ReturnType<typeof createDesignerStore>;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
