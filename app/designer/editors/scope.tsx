'use client';
/**
 * What every editor of the inspector shares: whose fields it shows (a node, or the flow), the
 * focus requests of clicked problems, read-only mode, and flow-level edits checked by the
 * document schema before they are committed.
 */
import { createContext, useContext, useState } from 'react';
import { FlowDocumentSchema, type FlowDocument } from '../../../flows/document';
import { useDesigner, useDesignerStore } from '../context';
import type { DesignerStore } from '../store';
import { chosen, focusRequest, type Choice, type FocusRequest } from './focus';
import { toIssues, type Issue, type Path } from './issues';

/** The node whose form this is (null: the flow's settings). */
const ScopeContext = createContext<string | null>(null);
export const ScopeProvider = ScopeContext.Provider;

export function useScopeNodeId(): string | null {
  return useContext(ScopeContext);
}

/** A focus request for the fields under `base`, when the last clicked problem points there. */
export function useFocusRequest(base: Path): FocusRequest | null {
  const nodeId = useScopeNodeId();
  const focus = useDesigner((s) => s.focus);
  const nodes = useDesigner((s) => s.doc.nodes);
  return focusRequest(focus, { nodes }, nodeId, base);
}

/** The focus request the inspector has already acted on, per designer store (outlives the panel's mounts). */
const handledFocus = new WeakMap<DesignerStore, number>();

export function focusHandled(store: DesignerStore): number {
  return handledFocus.get(store) ?? -1;
}

export function markFocusHandled(store: DesignerStore, nonce: number): void {
  handledFocus.set(store, nonce);
}

/**
 * A value the seller picks (a language tab, an open section) that a newer focus request may
 * override: returns the value to show and the setter for the seller's own choice. A request
 * already acted on before this part of the form appeared does not count again.
 */
export function useChoice<T>(initial: T, request: { value: T; nonce: number } | null): [T, (value: T) => void] {
  const store = useDesignerStore();
  const focusNonce = useDesigner((s) => s.focus?.nonce ?? 0);
  const [choice, setChoice] = useState<Choice<T>>(() => ({ value: initial, nonce: focusHandled(store) }));
  return [chosen(choice, request), (value: T) => setChoice({ value, nonce: focusNonce })];
}

export function useReadOnly(): boolean {
  return useDesigner((s) => s.readOnly);
}

function at(value: unknown, path: Path): unknown {
  let v = value;
  for (const p of path) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, unknown>)[p];
  return v;
}

const knownIssues = new WeakMap<FlowDocument, Set<string>>();

/** The schema issues a document already has (as "path: message"), remembered per document object. */
function issuesOf(doc: FlowDocument): Set<string> {
  let set = knownIssues.get(doc);
  if (!set) {
    const result = FlowDocumentSchema.safeParse(doc);
    set = new Set(result.success ? [] : toIssues(result.error).map((i) => `${i.path.join('.')}: ${i.message}`));
    knownIssues.set(doc, set);
  }
  return set;
}

/**
 * Commits a flow-level change as one undo step when the document schema accepts it: issues the
 * document had before (not this form's doing) don't block, new ones do and are returned (paths
 * from the document's root). A change that leaves `scope` as it was commits nothing.
 */
export function useDocEditor(): (change: (doc: FlowDocument) => FlowDocument, scope: Path) => Issue[] {
  const store = useDesignerStore();
  return (change, scope) => {
    const s = store.getState();
    if (s.readOnly) return [];
    const doc = s.doc;
    const next = change(doc);
    if (next === doc) return [];
    if (scope.length > 0 && JSON.stringify(at(doc, scope)) === JSON.stringify(at(next, scope))) return [];
    const result = FlowDocumentSchema.safeParse(next);
    const after = result.success ? [] : toIssues(result.error);
    const before = after.length > 0 ? issuesOf(doc) : new Set<string>();
    const fresh = after.filter((i) => !before.has(`${i.path.join('.')}: ${i.message}`));
    if (fresh.length > 0) return fresh;
    knownIssues.set(next, new Set(after.map((i) => `${i.path.join('.')}: ${i.message}`)));
    s.commit(() => next);
    return [];
  };
}
