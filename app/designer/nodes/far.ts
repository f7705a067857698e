'use client';
/** Level of detail: zoomed far out a step is drawn as its box and its kind's colour only. */
import { useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Below this zoom a step's texts are too small to read, and painting them (hundreds of steps at
 * once) makes panning stutter.
 */
export const FAR_ZOOM = 0.35;
export const farAway = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/**
 * The height to draw a step's light form at: zoomed far out, the height React Flow measured for
 * its full form, so that its size, its handles and the edges on them stay put (React Flow
 * measures the handles again whenever a step mounts or changes size). Undefined, for the full
 * form, when zoomed in, and also when the step was never measured or its measured exits are not
 * its exits any more: the full form then changes size, gets measured and the light form follows.
 * A number, so a step re-renders when the zoom crosses the threshold, not on every zoom change.
 */
export function useFarHeight(id: string, exitIds: readonly string[]): number | undefined {
  return useStore((s) => {
    if (!farAway(s)) return undefined;
    const node = s.nodeLookup.get(id);
    const measured = node?.internals.handleBounds?.source ?? [];
    if (node?.measured.height === undefined || measured.length !== exitIds.length) return undefined;
    for (let i = 0; i < measured.length; i++) if (measured[i]!.id !== exitIds[i]) return undefined;
    return node.measured.height;
  });
}
