'use client';
/** The node kinds: drag one onto the canvas, or click to add it after the selected node. */
import { useReactFlow } from '@xyflow/react';
import { useTranslations } from 'next-intl';
import { NODE_KINDS, type NodeKind } from '../../flows/nodes';
import { PALETTE_MIME } from './canvas';
import { useDesigner, useDesignerStore } from './context';
import { KindIcon } from './nodes/kind-icon';

export function Palette() {
  const t = useTranslations('designer');
  const store = useDesignerStore();
  const readOnly = useDesigner((s) => s.readOnly);
  const { setCenter, getZoom } = useReactFlow();
  if (readOnly) return null;
  function add(kind: NodeKind) {
    const s = store.getState();
    const after = s.selectedNodes.length === 1 ? s.doc.nodes.find((n) => n.id === s.selectedNodes[0]) : undefined;
    const wanted = after ? { x: after.position.x + 320, y: after.position.y } : { x: 0, y: (s.doc.nodes.reduce((m, n) => Math.max(m, n.position.y), 0) || 0) + 200 };
    const position = freeSpot(wanted, s.doc.nodes.map((n) => n.position));
    s.addNode(kind, position, after?.id);
    // Keep the new step in view, at the current zoom.
    setCenter(position.x + 128, position.y + 80, { zoom: getZoom(), duration: 200 });
  }
  return (
    <aside className="flex w-44 shrink-0 flex-col gap-1 overflow-y-auto border-r border-slate-200 bg-white p-2" aria-label={t('palette.title')}>
      <h2 className="px-1 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t('palette.title')}</h2>
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData(PALETTE_MIME, kind);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => add(kind)}
          title={t(`palette.hints.${kind}`)}
          data-testid={`palette-${kind}`}
          className="flex items-center gap-2 rounded-md border border-slate-200 px-2 py-1.5 text-left text-sm text-slate-700 hover:border-indigo-300 hover:bg-indigo-50"
        >
          <KindIcon kind={kind} />
          {t(`kinds.${kind}`)}
        </button>
      ))}
      <p className="mt-2 px-1 text-[11px] leading-snug text-slate-400">{t('palette.help')}</p>
    </aside>
  );
}

/** The first spot at or below `wanted` that no other step occupies. */
function freeSpot(wanted: { x: number; y: number }, taken: { x: number; y: number }[]): { x: number; y: number } {
  const p = { ...wanted };
  while (taken.some((t) => Math.abs(t.x - p.x) < 260 && Math.abs(t.y - p.y) < 150)) p.y += 170;
  return p;
}
