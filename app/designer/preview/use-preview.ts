'use client';
/**
 * A preview conversation held in the browser: the circumstances (clock, agents, buyer, orders),
 * the turns so far with what the bot answered and why, and the conversation state that travels
 * with each call to `preview.step` (nothing is stored on the server). The path of the latest
 * step lights up on the canvas.
 */
import { useMutation } from '@tanstack/react-query';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import type { ConversationState } from '../../../runtime/contract';
import type { PreviewStepInput, PreviewStepResult } from '../../../server/services/preview';
import { useTRPC } from '../../trpc/client';
import { useDesignerStore } from '../context';

/** Seconds the preview clock moves on after each step while it is set by hand. */
const STEP_SECONDS = 5;
/** The buyer id used when the buyer has no orders. */
export const NO_ORDERS_BUYER = 'preview-buyer';

export type PreviewEvent = PreviewStepInput['event'];

export interface Turn {
  id: number;
  event: PreviewEvent;
  at: string;
  result: PreviewStepResult | null;
  error: string | null;
}

export type Clock = { mode: 'now' } | { mode: 'set'; ms: number };

export interface Circumstances {
  clock: Clock;
  agents: { online: number; available: number };
  /** A buyer of the shop whose orders answer order questions, or none. */
  buyerId: string | null;
  buyerName: string;
  /** null: detected from what the buyer writes. */
  language: string | null;
}

const INITIAL: Circumstances = { clock: { mode: 'now' }, agents: { online: 0, available: 0 }, buyerId: null, buyerName: '', language: null };

function newConversationId(): string {
  return `preview-${Math.random().toString(36).slice(2, 10)}`;
}

export function usePreview(version: number | null) {
  const trpc = useTRPC();
  const store = useDesignerStore();
  const { fitView } = useReactFlow();
  const stepMutation = useMutation(trpc.preview.step.mutationOptions());
  const [circumstances, setCircumstances] = useState<Circumstances>(INITIAL);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [ratings, setRatings] = useState<Record<string, { resolved: boolean; reason?: string }>>({});
  const [selected, setSelected] = useState<number | null>(null);
  const state = useRef<ConversationState | null>(null);
  const conversationId = useRef(newConversationId());
  const nextId = useRef(1);
  const generation = useRef(0);

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

  const reset = useCallback(() => {
    generation.current += 1;
    state.current = null;
    conversationId.current = newConversationId();
    setTurns([]);
    setRatings({});
    setSelected(null);
    store.getState().setHighlight(null);
  }, [store]);

  const send = useCallback(
    async (event: PreviewEvent) => {
      const s = store.getState();
      const c = circumstances;
      const at = c.clock.mode === 'now' ? new Date().toISOString() : new Date(c.clock.ms).toISOString();
      const id = nextId.current++;
      const gen = generation.current;
      setTurns((ts) => [...ts, { id, event, at, result: null, error: null }]);
      const buyer = { id: c.buyerId ?? NO_ORDERS_BUYER, ...(c.buyerName.trim() ? { name: c.buyerName.trim() } : {}), ...(c.language ? { language: c.language } : {}) };
      try {
        const result = await stepMutation.mutateAsync({
          shopId: s.shopId,
          flowId: s.flowId,
          version: version ?? 'draft',
          ...(version === null ? { document: s.doc } : {}),
          conversationId: conversationId.current,
          state: state.current,
          event,
          at,
          agents: c.agents,
          buyer,
          orders: c.buyerId ? { source: 'shop' } : { source: 'fixtures', fixtures: [] },
        });
        if (gen !== generation.current) return;
        state.current = result.state;
        const turn: Turn = { id, event, at, result, error: null };
        setTurns((ts) => ts.map((t) => (t.id === id ? turn : t)));
        setSelected(id);
        highlight(turn);
        if (c.clock.mode === 'set') {
          const ms = c.clock.ms + STEP_SECONDS * 1000;
          setCircumstances((x) => (x.clock.mode === 'set' ? { ...x, clock: { mode: 'set', ms } } : x));
        }
      } catch (e) {
        if (gen !== generation.current) return;
        setTurns((ts) => ts.map((t) => (t.id === id ? { ...t, error: (e as Error).message || 'failed' } : t)));
      }
    },
    [circumstances, highlight, stepMutation, store, version],
  );

  const rate = useCallback(
    (replyId: string, resolved: boolean, reason?: 'too_long' | 'not_useful' | 'irrelevant' | 'other') => {
      setRatings((r) => ({ ...r, [replyId]: { resolved, ...(reason ? { reason } : {}) } }));
      void send({ type: 'feedback', replyId, resolved, ...(reason ? { reason } : {}) });
    },
    [send],
  );

  const select = useCallback(
    (id: number) => {
      setSelected(id);
      highlight(turns.find((t) => t.id === id));
    },
    [highlight, turns],
  );

  /** Changes the circumstances; another buyer starts another conversation. */
  const update = useCallback(
    (change: Partial<Circumstances>) => {
      if (change.buyerId !== undefined && change.buyerId !== circumstances.buyerId && state.current) reset();
      setCircumstances((c) => ({ ...c, ...change }));
    },
    [circumstances.buyerId, reset],
  );

  const last = [...turns].reverse().find((t) => t.result);
  return { circumstances, update, turns, ratings, selected, select, send, rate, reset, pending: stepMutation.isPending, status: last?.result?.status ?? 'bot' };
}
