import { describe, expect, it } from 'vitest';
import { calibrate, EVIDENCE_AT_50, evidenceScaleFor } from '../../runtime/matching/calibrate';

describe('calibrate', () => {
  it('puts the default threshold of 50 at EVIDENCE_AT_50 and approaches 100', () => {
    expect(calibrate(EVIDENCE_AT_50)).toBeCloseTo(50, 10);
    expect(calibrate(0)).toBe(0);
    expect(calibrate(100 * EVIDENCE_AT_50)).toBeGreaterThan(99);
    expect(calibrate(Infinity)).toBe(100);
  });

  it('counts the same evidence for more in a small knowledge base, fading out by 30 intents', () => {
    expect(evidenceScaleFor(1)).toBe(1.5);
    expect(evidenceScaleFor(12)).toBe(1.5);
    expect(evidenceScaleFor(21)).toBeCloseTo(1.25, 10);
    expect(evidenceScaleFor(30)).toBe(1);
    expect(evidenceScaleFor(150)).toBe(1);
    for (let n = 1; n < 40; n++) expect(evidenceScaleFor(n + 1)).toBeLessThanOrEqual(evidenceScaleFor(n));
    // The shop templates (14 intents): evidence 1.44 times as strong, i.e. their 50 sits where a large knowledge base's 41 does.
    expect(calibrate(evidenceScaleFor(14) * EVIDENCE_AT_50 * 0.7)).toBeGreaterThan(calibrate(EVIDENCE_AT_50 * 0.7));
  });
});
