'use client';
/**
 * What the JSON tab does, apart from how it looks: keeps a Monaco model in step with the
 * designer's document, checks the text as it is typed (JSON syntax, then the flow schema), and
 * applies a valid text to the canvas as one undo step. Edits not yet applied are never
 * overwritten: when the document changes elsewhere meanwhile, the tab is told instead.
 */
import type * as Monaco from 'monaco-editor';
import type { FlowDocument } from '../../../flows/document';
import { formatPath, parseFlowDocument } from '../../../flows/migrations';
import type { DesignerStore } from '../store';
import { documentText, locatePath, minimalEdit, parseJsonText, type JsonSyntaxError } from './json-text';
import { flowModelUri, type MonacoApi } from './load';

export interface JsonIssue {
  /** `nodes[3].data.reply` */
  path: string;
  message: string;
  start: number;
  end: number;
}

export type JsonCheck =
  | { kind: 'inSync' }
  | { kind: 'applied' }
  | { kind: 'edited' }
  | { kind: 'syntax'; error: JsonSyntaxError }
  | { kind: 'invalid'; issues: JsonIssue[] };

export interface JsonTabState {
  check: JsonCheck;
  /** The document changed on the canvas (or by undo) while this text has unapplied edits. */
  canvasChanged: boolean;
}

export const INITIAL_STATE: JsonTabState = { check: { kind: 'inSync' }, canvasChanged: false };

/** Unapplied edits survive switching to the canvas tab and back (per designer). */
const drafts = new WeakMap<DesignerStore, { text: string; base: FlowDocument }>();

const CHECK_DELAY_MS = 250;

export interface JsonController {
  apply(): boolean;
  /** Shows the designer's current document, dropping unapplied edits. */
  loadCurrent(): void;
  format(): void;
  reveal(start: number, end: number): void;
  dispose(): void;
}

export function createJsonController(monaco: MonacoApi, host: HTMLElement, store: DesignerStore, onState: (state: JsonTabState) => void): JsonController {
  const initial = store.getState();
  const saved = drafts.get(store);
  drafts.delete(store);
  let base: FlowDocument = saved?.base ?? initial.doc;
  let baseText = documentText(base);
  let state: JsonTabState = INITIAL_STATE;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const uri = flowModelUri(monaco, initial.shopId, initial.flowId, initial.readOnly ? 'read-only' : 'draft');
  monaco.editor.getModel(uri)?.dispose();
  const model = monaco.editor.createModel(saved?.text ?? baseText, 'json', uri);
  const editor = monaco.editor.create(host, {
    model,
    readOnly: initial.readOnly,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    tabSize: 2,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    wordWrap: 'on',
    renderValidationDecorations: 'on',
    quickSuggestions: { strings: true, other: true, comments: false },
    ariaLabel: 'JSON',
    // Chinese punctuation (，：（）) is not a lookalike to warn about in reply texts.
    unicodeHighlight: { ambiguousCharacters: false },
  });

  const publish = (next: Partial<JsonTabState>) => {
    state = { ...state, ...next };
    onState(state);
  };

  /** Replaces the text with the smallest edit, so the caret and scroll stay put. */
  const setText = (text: string) => {
    const edit = minimalEdit(model.getValue(), text);
    if (!edit) return;
    const range = monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end));
    model.pushEditOperations(editor.getSelections(), [{ range, text: edit.text }], () => null);
  };

  const rebase = (doc: FlowDocument) => {
    base = doc;
    baseText = documentText(doc);
    setText(baseText);
  };

  /** Checks the text now; returns the document to apply when it is valid and differs. */
  const check = (): FlowDocument | null => {
    if (timer) clearTimeout(timer);
    timer = null;
    const text = model.getValue();
    const current = store.getState().doc;
    if (text === baseText) {
      // No edits: follow the designer if it moved on meanwhile.
      if (current !== base) rebase(current);
      publish({ check: state.check.kind === 'applied' ? state.check : { kind: 'inSync' }, canvasChanged: false });
      return null;
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      publish({ check: { kind: 'syntax', error: parsed.error } });
      return null;
    }
    const result = parseFlowDocument(parsed.value);
    if (!result.ok) {
      const issues = result.issues.map((i) => ({ path: formatPath(i.path), message: i.message, ...locatePath(parsed.root, i.path) }));
      publish({ check: { kind: 'invalid', issues } });
      return null;
    }
    // Only whitespace or key order changed: nothing to apply.
    if (documentText(result.document) === documentText(current)) {
      publish({ check: { kind: 'inSync' } });
      return null;
    }
    publish({ check: { kind: 'edited' } });
    return result.document;
  };

  const apply = (): boolean => {
    if (store.getState().readOnly) return false;
    const doc = check();
    if (!doc) return false;
    base = doc;
    baseText = documentText(doc);
    store.getState().replaceDocument(doc);
    // Show what was applied, with the defaults the schema filled in.
    setText(baseText);
    publish({ check: { kind: 'applied' }, canvasChanged: false });
    return true;
  };

  const loadCurrent = () => {
    rebase(store.getState().doc);
    publish({ check: { kind: 'inSync' }, canvasChanged: false });
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.doc === prev.doc || s.doc === base) return;
    if (model.getValue() === baseText) {
      rebase(s.doc);
      publish({ check: { kind: 'inSync' }, canvasChanged: false });
    } else {
      publish({ canvasChanged: true });
    }
  });

  const changes = model.onDidChangeContent(() => {
    if (state.check.kind === 'applied' && model.getValue() !== baseText) publish({ check: { kind: 'edited' } });
    if (timer) clearTimeout(timer);
    timer = setTimeout(check, CHECK_DELAY_MS);
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => void apply());
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => void apply());

  // Restored edits: say at once whether they are valid and whether the canvas moved on.
  if (saved) {
    check();
    if (store.getState().doc !== base && model.getValue() !== baseText) publish({ canvasChanged: true });
  }

  return {
    apply,
    loadCurrent,
    format() {
      void editor.getAction('editor.action.formatDocument')?.run();
    },
    reveal(start, end) {
      const range = monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
      editor.setSelection(range);
      editor.revealRangeInCenterIfOutsideViewport(range);
      editor.focus();
    },
    dispose() {
      if (timer) clearTimeout(timer);
      if (!store.getState().readOnly && model.getValue() !== baseText) drafts.set(store, { text: model.getValue(), base });
      unsubscribe();
      changes.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}

export type { Monaco };
