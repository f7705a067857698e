import { describe, expect, it } from 'vitest';
import { cloneState, initialState } from '../../runtime/state';

describe('cloneState', () => {
  it('copies deeply: changing the copy leaves the original as it was', () => {
    const state = initialState('2026-11-23T18:00:00Z');
    state.variables = { order_id: '578012349999', tags: ['a', 'b'] } as never;
    state.session.replyCounts = { greet: 2 };
    const copy = cloneState(state);
    expect(copy).toEqual(state);
    copy.session.replyCounts.greet = 3;
    (copy.variables as unknown as { tags: string[] }).tags.push('c');
    expect(state.session.replyCounts.greet).toBe(2);
    expect((state.variables as unknown as { tags: string[] }).tags).toEqual(['a', 'b']);
  });

  it('keeps a key named __proto__ as a key', () => {
    const state = JSON.parse(JSON.stringify(initialState('2026-11-23T18:00:00Z')).replace('"variables":{}', '"variables":{"__proto__":{"polluted":true}}'));
    const copy = cloneState(state);
    expect(Object.keys(copy.variables)).toEqual(['__proto__']);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(state));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
