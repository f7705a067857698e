'use client';
/**
 * The preview conversation of the designer: the draft on screen (or the version shown) answers,
 * and the path of the chosen step lights up on the canvas and comes into view.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { Turn } from '../../preview/as-test';
import { useConversation } from '../../preview/use-conversation';
import { useDesignerStore } from '../context';

export function usePreview(version: number | null) {
  const store = useDesignerStore();
  const { fitView } = useReactFlow();

  const highlight = useCallback(
    (turn: Turn | undefined) => {
      const path = turn?.result?.path;
      store.getState().setHighlight(path ? { nodes: path.nodes, edges: path.edges, waitingAt: path.waitingAt } : null);
      // Bring the step's path into view, so what lights up can be seen.
      const shown = path ? [...path.nodes, ...(path.waitingAt ? [path.waitingAt] : [])] : [];
      if (shown.length > 0) void fitView({ nodes: shown.map((id) => ({ id })), padding: 0.2, maxZoom: 1, duration: 300 });
    },
    [fitView, store],
  );

  const s = store.getState();
  const conversation = useConversation({
    shopId: s.shopId,
    flowId: s.flowId,
    version: version ?? 'draft',
    document: () => store.getState().doc,
    onAnswered: highlight,
    onReset: () => store.getState().setHighlight(null),
  });

  const { turns, setSelected } = conversation;
  const select = useCallback(
    (id: number) => {
      setSelected(id);
      highlight(turns.find((t) => t.id === id));
    },
    [highlight, setSelected, turns],
  );

  return { ...conversation, select, highlight };
}

export type Preview = ReturnType<typeof usePreview>;
