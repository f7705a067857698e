'use client';
/** Keyboard shortcuts of the canvas (ignored while typing in a field or the JSON editor). */
import { useEffect } from 'react';
import { copyNodes, readClipboard } from './clipboard';
import { useDesignerStore } from './context';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest('.monaco-editor');
}

export function useShortcuts(actions: { find(): void; save(): void }): void {
  const store = useDesignerStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 's') {
        e.preventDefault();
        actions.save();
        return;
      }
      if (mod && key === 'f') {
        e.preventDefault();
        actions.find();
        return;
      }
      if (typing(e.target)) return;
      const s = store.getState();
      if (mod && key === 'z' && !e.shiftKey) {
        e.preventDefault();
        s.undo();
      } else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) {
        e.preventDefault();
        s.redo();
      } else if (key === 'delete' || key === 'backspace') {
        e.preventDefault();
        s.deleteSelection();
      } else if (mod && key === 'a') {
        e.preventDefault();
        s.select(s.doc.nodes.map((n) => n.id), []);
      } else if (mod && key === 'c') {
        const nodes = s.doc.nodes.filter((n) => s.selectedNodes.includes(n.id));
        if (nodes.length > 0) copyNodes(nodes, s.doc.edges);
      } else if (mod && key === 'v') {
        const clip = readClipboard();
        if (clip) s.insertNodes(clip.nodes, clip.edges, { x: 40, y: 40 });
      } else if (mod && key === 'd') {
        e.preventDefault();
        const nodes = s.doc.nodes.filter((n) => s.selectedNodes.includes(n.id));
        s.insertNodes(nodes, s.doc.edges, { x: 40, y: 40 });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, actions]);
}
