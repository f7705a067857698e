'use client';
/** The flow document as JSON (read-only until the Monaco editor arrives). */
import { useDesigner } from './context';

export function JsonTab() {
  const doc = useDesigner((s) => s.doc);
  return <pre className="h-full overflow-auto bg-white p-4 text-xs">{JSON.stringify(doc, null, 2)}</pre>;
}
