import { describe, expect, it } from 'vitest';
import { typedAnswer } from '../../runtime/nodes/typed-answer';

describe('typedAnswer', () => {
  it.each([
    ['Yes please!', 'yes'],
    ['yes la', 'yes'],
    ['no lah...', 'no'],
    ['ok thanks', 'ok'],
    ['sí, por favor', 'sí'],
    ['嗯嗯', '嗯'],
    ['好的啦', '好的'],
    ['对对对', '对'],
    ['  The other one.  ', 'the other one'],
    ['ya', 'ya'],
    ['thanks', 'thanks'],
  ])('%j → %j', (typed, core) => {
    expect(typedAnswer(typed)).toBe(core);
  });
});
