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

/**
 * Whether a buyer message at `nowMs` falls outside the session that was last active at
 * `lastActivityMs`: more than the window later, or more than the window earlier (a clock that
 * jumped back, e.g. a host that once sent a time far in the future, must not hold the session
 * open for ever).
 */
export function sessionWindowPassed(lastActivityMs: number, nowMs: number, windowSeconds: number): boolean {
  return Math.abs(nowMs - lastActivityMs) > windowSeconds * 1000;
}

/** A deep copy (state is plain JSON), so a step never mutates its caller's object. */
export function cloneState(state: ConversationState): ConversationState {
  return clonePlain(state) as ConversationState;
}

// Plain JSON data only: several times cheaper than structuredClone for small objects.
function clonePlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = clonePlain(value[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const copy = clonePlain((value as Record<string, unknown>)[key]);
    // A key named __proto__ (from JSON) must stay a key, not become the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out;
}
