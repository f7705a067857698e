/**
 * Where a clicked problem points (`focus.path`, a JSON path into the document) and what part of
 * the inspector shows it: node fields carry paths relative to their node ('data.reply.text.es'),
 * flow-level fields their document path ('intents.2.keywords.0').
 */
import type { FlowDocument } from '../../../flows/document';
import type { Focus } from '../store';
import { pathKey, startsWith, type Path } from './issues';

/** The path as the inspector's fields name it, for the node `nodeId` (or the flow, with null). */
export function fieldPathOf(focus: Pick<Focus, 'nodeId' | 'path'>, doc: Pick<FlowDocument, 'nodes'>): Path | null {
  const path = focus.path;
  if (path[0] === 'nodes' && typeof path[1] === 'number') {
    const node = doc.nodes[path[1]];
    if (!node || (focus.nodeId !== null && node.id !== focus.nodeId)) return null;
    return path.slice(2);
  }
  return path;
}

/** A focus request for the part of the form at `base` (the path after `base`), or null. */
export interface FocusRequest {
  rest: Path;
  nonce: number;
}

export function focusRequest(focus: Focus | null, doc: Pick<FlowDocument, 'nodes'>, scopeNodeId: string | null, base: Path): FocusRequest | null {
  if (!focus || focus.nodeId !== scopeNodeId) return null;
  const path = fieldPathOf(focus, doc);
  if (!path || !startsWith(path, base)) return null;
  return { rest: path.slice(base.length), nonce: focus.nonce };
}

/**
 * The data-path keys to look for, most specific first: the whole path, then each shorter
 * prefix (a problem on 'data.reply.buttons.0.label.es' lands on that button's label if
 * there is no field for exactly that path).
 */
export function candidateKeys(path: Path): string[] {
  const keys: string[] = [];
  for (let n = path.length; n > 0; n--) keys.push(pathKey(path.slice(0, n)));
  return keys;
}

/**
 * A tab, section or panel chosen by the seller, unless a newer focus request asks for another:
 * the choice remembers the focus nonce it was made at, so a later click on a problem wins.
 */
export interface Choice<T> {
  value: T;
  nonce: number;
}

export function chosen<T>(choice: Choice<T>, request: { value: T; nonce: number } | null): T {
  return request && request.nonce > choice.nonce ? request.value : choice.value;
}
