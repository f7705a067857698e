import type { ConversationState } from './contract';

/** The state of a conversation that has not begun. */
export function initialState(now: string): ConversationState {
  return {
    v: 1,
    status: 'bot',
    wait: null,
    home: null,
    language: null,
    variables: {},
    orders: [],
    session: freshSession(0, now),
    counters: { replies: 0, effects: 0, events: 0 },
    recentReplies: [],
  };
}

export function freshSession(number: number, now: string): ConversationState['session'] {
  return { number, startedAt: now, lastActivityAt: now, greeted: false, fallbacks: 0, replyCounts: {}, lastBuyerText: null, lastBuyerAt: null };
}

/** A deep copy (state is plain JSON), so a step never mutates its caller's object. */
export function cloneState(state: ConversationState): ConversationState {
  return structuredClone(state);
}
