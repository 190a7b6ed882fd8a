import { describe, expect, it } from 'vitest';
import {
  automationCurve,
  candidateThresholds,
  codesAgree,
  tierCounts,
  type DecisionPoint,
} from '../../../lib/review/calibration';

describe('calibration math', () => {
  it('counts an accept when the HS6 matches, an override otherwise', () => {
    expect(codesAgree('85076090', '850760')).toBe(true);
    expect(codesAgree('850760', '85076010')).toBe(true);
    expect(codesAgree('8507', '850760')).toBe(true);
    expect(codesAgree('850790', '850760')).toBe(false);
    expect(codesAgree('850760', null)).toBe(false);
  });

  it('lists candidate thresholds without floating-point drift', () => {
    const t = candidateThresholds();
    expect(t[0]).toBe(0.5);
    expect(t.at(-1)).toBe(0.99);
    expect(t).toHaveLength(50);
    expect(t).toContain(0.7);
  });

  it('computes automation and error rates per threshold, never automating capped items', () => {
    const points: DecisionPoint[] = [
      { confidence: 0.95, correct: true, capped: false },
      { confidence: 0.85, correct: true, capped: false },
      { confidence: 0.75, correct: false, capped: false },
      { confidence: 0.65, correct: false, capped: false },
      { confidence: 0.99, correct: true, capped: true },
    ];
    const [at60, at70, at80, at90, at100] = automationCurve(points, [0.6, 0.7, 0.8, 0.9, 1]);
    expect(at60).toMatchObject({ automated: 4, wrong: 2, automation: 0.8, error: 0.5 });
    expect(at70).toMatchObject({ automated: 3, wrong: 1, automation: 0.6 });
    expect(at70!.error).toBeCloseTo(1 / 3);
    expect(at80).toMatchObject({ automated: 2, wrong: 0, automation: 0.4, error: 0 });
    expect(at90).toMatchObject({ automated: 1, automation: 0.2, error: 0 });
    expect(at100).toMatchObject({ automated: 0, automation: 0, error: 0 });
  });

  it('is empty-safe', () => {
    expect(automationCurve([], [0.9])).toEqual([
      { threshold: 0.9, automated: 0, wrong: 0, automation: 0, error: 0 },
    ]);
  });

  it('previews tier counts under new thresholds', () => {
    const products = [
      { confidence: 0.95, capped: false },
      { confidence: 0.95, capped: true },
      { confidence: 0.8, capped: false },
      { confidence: 0.4, capped: false },
    ];
    expect(tierCounts(products, { high: 0.9, medium: 0.5 })).toEqual({ auto: 1, review: 2, manual: 1 });
    expect(tierCounts(products, { high: 0.75, medium: 0.3 })).toEqual({ auto: 2, review: 2, manual: 0 });
  });
});
