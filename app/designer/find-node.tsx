'use client';
/** Find a node by its text (reply, label, intent name, id) and jump to it. */
import { useReactFlow } from '@xyflow/react';
import { useTranslations } from 'next-intl';
import { forwardRef, useMemo, useState } from 'react';
import { Input } from '../ui/input';
import { useDesigner, useDesignerStore } from './context';
import { nodeSearchText } from './text';

export const FindNode = forwardRef<HTMLInputElement>(function FindNode(_props, ref) {
  const t = useTranslations('designer');
  const doc = useDesigner((s) => s.doc);
  const store = useDesignerStore();
  const { setCenter, getNode } = useReactFlow();
  const [query, setQuery] = useState('');
  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return doc.nodes.filter((n) => nodeSearchText(n, doc).includes(q)).slice(0, 8);
  }, [query, doc]);

  function go(id: string) {
    store.getState().select([id], []);
    const n = getNode(id);
    if (n) setCenter(n.position.x + (n.measured?.width ?? 256) / 2, n.position.y + (n.measured?.height ?? 120) / 2, { zoom: 1, duration: 300 });
    setQuery('');
    // Back to the canvas, so Delete, Ctrl+C and the arrows act on the found step.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  }

  return (
    <div className="relative w-56">
      <Input
        ref={ref}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) go(results[0].id);
          if (e.key === 'Escape') setQuery('');
        }}
        placeholder={t('find.placeholder')}
        aria-label={t('find.placeholder')}
        className="h-8"
        data-testid="find-node"
      />
      {query.trim() ? (
        <ul className="absolute left-0 right-0 top-9 z-50 max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {results.length === 0 ? <li className="px-3 py-1.5 text-sm text-slate-500">{t('find.none')}</li> : null}
          {results.map((n) => (
            <li key={n.id}>
              <button type="button" className="block w-full truncate px-3 py-1.5 text-left text-sm hover:bg-slate-100" onClick={() => go(n.id)}>
                <span className="text-slate-500">{t(`kinds.${n.kind}`)}</span> · {n.label || n.id}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
