'use client';
/**
 * A preview conversation held in the browser: the circumstances (clock, agents, buyer, orders),
 * the turns so far with what the bot answered and why, and the conversation state that travels
 * with each call to `preview.step` (nothing is stored on the server). Used beside the canvas and
 * on the phone-sized preview page; a conversation test can be replayed into it step by step.
 */
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConversationTest } from '../../flows/conversation-test';
import type { ConversationState } from '../../runtime/contract';
import { testTimeline } from '../../runtime/testing/run-test';
import type { ReplyView } from '../../server/services/reply-step';
import { useTRPC } from '../trpc/client';
import { eventOfStep, shownReplies, type PreviewEvent, type Turn } from './as-test';
import { INITIAL_CIRCUMSTANCES, buyerIdOf, type Circumstances, type OrdersChoice } from './circumstances';

/** Seconds the preview clock moves on after each step while it is set by hand. */
const STEP_SECONDS = 5;

export interface ConversationTarget {
  shopId: string;
  flowId: string;
  version: number | 'draft';
  /** The draft as it is on screen (unsaved edits included); without it the saved draft runs. */
  document?: () => unknown;
  /** Called with each answered turn (the designer lights up its path). */
  onAnswered?: (turn: Turn) => void;
  /** Called when the conversation starts over. */
  onReset?: () => void;
}

type TurnCircumstances = Pick<Turn, 'at' | 'agents' | 'language' | 'buyerName' | 'orders'>;

function newConversationId(): string {
  return `preview-${Math.random().toString(36).slice(2, 10)}`;
}

function ordersInput(orders: OrdersChoice) {
  if (orders.source === 'shop') return { source: 'shop' as const };
  return { source: 'fixtures' as const, fixtures: orders.source === 'fixtures' ? orders.fixtures : [] };
}

export type Conversation = ReturnType<typeof useConversation>;

export function useConversation(target: ConversationTarget) {
  const trpc = useTRPC();
  const stepMutation = useMutation(trpc.preview.step.mutationOptions());
  const [circumstances, setCircumstances] = useState<Circumstances>(INITIAL_CIRCUMSTANCES);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [ratings, setRatings] = useState<Record<string, { resolved: boolean; reason?: string }>>({});
  const [selected, setSelected] = useState<number | null>(null);
  const [replaying, setReplaying] = useState(false);
  const state = useRef<ConversationState | null>(null);
  const conversationId = useRef(newConversationId());
  const nextId = useRef(1);
  const generation = useRef(0);
  const targetRef = useRef(target);
  useEffect(() => {
    targetRef.current = target;
  });

  const clear = useCallback((id: string) => {
    generation.current += 1;
    state.current = null;
    conversationId.current = id;
    setTurns([]);
    setRatings({});
    setSelected(null);
    targetRef.current.onReset?.();
  }, []);

  const reset = useCallback(() => clear(newConversationId()), [clear]);

  /** Runs one event under the given circumstances; the turn, or null when the conversation was reset meanwhile. */
  const run = useCallback(
    async (event: PreviewEvent, c: TurnCircumstances, gen: number): Promise<Turn | null> => {
      const t = targetRef.current;
      const id = nextId.current++;
      const pending: Turn = { id, event, ...c, result: null, error: null };
      setTurns((ts) => [...ts, pending]);
      const name = c.buyerName.trim();
      const buyer = { id: buyerIdOf(c.orders), ...(name ? { name } : {}), ...(c.language ? { language: c.language } : {}) };
      try {
        const document = t.version === 'draft' ? t.document?.() : undefined;
        const result = await stepMutation.mutateAsync({
          shopId: t.shopId,
          flowId: t.flowId,
          version: t.version,
          ...(document !== undefined ? { document } : {}),
          conversationId: conversationId.current,
          state: state.current,
          event,
          at: c.at,
          agents: c.agents,
          buyer,
          orders: ordersInput(c.orders),
        });
        if (gen !== generation.current) return null;
        state.current = result.state;
        const turn: Turn = { ...pending, result };
        setTurns((ts) => ts.map((x) => (x.id === id ? turn : x)));
        setSelected(id);
        targetRef.current.onAnswered?.(turn);
        return turn;
      } catch (e) {
        if (gen !== generation.current) return null;
        const turn: Turn = { ...pending, error: (e as Error).message || 'failed' };
        setTurns((ts) => ts.map((x) => (x.id === id ? turn : x)));
        return turn;
      }
    },
    [stepMutation],
  );

  const send = useCallback(
    async (event: PreviewEvent) => {
      const c = circumstances;
      const at = c.clock.mode === 'now' ? new Date().toISOString() : new Date(c.clock.ms).toISOString();
      const turn = await run(event, { at, agents: c.agents, language: c.language, buyerName: c.buyerName, orders: c.orders }, generation.current);
      if (turn?.result && c.clock.mode === 'set') {
        const ms = c.clock.ms + STEP_SECONDS * 1000;
        setCircumstances((x) => (x.clock.mode === 'set' ? { ...x, clock: { mode: 'set', ms } } : x));
      }
    },
    [circumstances, run],
  );

  const rate = useCallback(
    (replyId: string, resolved: boolean, reason?: 'too_long' | 'not_useful' | 'irrelevant' | 'other') => {
      setRatings((r) => ({ ...r, [replyId]: { resolved, ...(reason ? { reason } : {}) } }));
      void send({ type: 'feedback', replyId, resolved, ...(reason ? { reason } : {}) });
    },
    [send],
  );

  /**
   * Starts the conversation over as a conversation test has it: its seed, buyer, frozen orders,
   * and each step at its own clock, agents and language, up to `upTo` (a step index) or the end.
   * Resolves with the turn of the last step replayed.
   */
  const replay = useCallback(
    async (test: ConversationTest, upTo?: number): Promise<Turn | null> => {
      clear(test.context.seed);
      const gen = generation.current;
      const timeline = testTimeline(test);
      const orders: OrdersChoice = { source: 'fixtures', fixtures: test.context.orders };
      const base = { buyerName: test.context.buyer.name ?? '', orders };
      setReplaying(true);
      let previous: ReplyView[] = [];
      let last: Turn | null = null;
      const end = Math.min(upTo ?? test.steps.length - 1, test.steps.length - 1);
      try {
        for (let i = 0; i <= end; i++) {
          const when = timeline[i];
          const event = eventOfStep(test.steps[i] as ConversationTest['steps'][number], previous);
          if (!when || !event) break;
          const turn = await run(event, { ...base, at: when.at, agents: when.agents, language: when.language ?? null }, gen);
          if (!turn?.result) return turn;
          last = turn;
          const shown = shownReplies(turn.result);
          if (shown.length > 0) previous = shown;
        }
      } finally {
        if (gen === generation.current) setReplaying(false);
      }
      if (gen !== generation.current) return null;
      const when = timeline[end];
      if (when) {
        // Carry on from where the test stopped, under its circumstances.
        setCircumstances({ clock: { mode: 'set', ms: Date.parse(when.at) + STEP_SECONDS * 1000 }, agents: when.agents, language: when.language ?? null, ...base });
      }
      return last;
    },
    [clear, run],
  );

  /** Changes the circumstances; another buyer starts another conversation. */
  const update = useCallback(
    (change: Partial<Circumstances>) => {
      if (change.orders !== undefined && buyerIdOf(change.orders) !== buyerIdOf(circumstances.orders) && state.current) reset();
      setCircumstances((c) => ({ ...c, ...change }));
    },
    [circumstances.orders, reset],
  );

  const lastAnswered = [...turns].reverse().find((t) => t.result);
  return {
    circumstances,
    update,
    turns,
    ratings,
    selected,
    setSelected,
    send,
    rate,
    reset,
    replay,
    /** The id that seeds this conversation (kept in a saved test). */
    conversationId: () => conversationId.current,
    pending: stepMutation.isPending || replaying,
    status: lastAnswered?.result?.status ?? 'bot',
  };
}
