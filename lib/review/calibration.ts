import { decideTier } from '../classify/tier';
import type { Thresholds, Tier } from '../classify/types';

export interface DecisionPoint {
  confidence: number;
  /** The person kept the engine's code (same HS6, or same heading when either side has only four digits). */
  correct: boolean;
  /** A rule capped the item (flag, conflict, lint…): it would need review at any threshold. */
  capped: boolean;
}

export interface CurvePoint {
  threshold: number;
  automated: number;
  wrong: number;
  /** Share of decided items that would have been filled without review. */
  automation: number;
  /** Share of those automatic fills that the person changed. */
  error: number;
}

/** Agreement at the HS6 level, the international part of the code; national digits differ by destination. */
export function codesAgree(chosen: string, engine: string | null | undefined): boolean {
  if (!engine) return false;
  const n = Math.min(6, chosen.length, engine.length);
  return n >= 4 && chosen.slice(0, n) === engine.slice(0, n);
}

/** Candidate high thresholds from 0.50 to 0.99 in steps of 0.01 (rounded, so 0.7 is exactly 0.7). */
export function candidateThresholds(from = 0.5, to = 0.99, step = 0.01): number[] {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-9; i++) out.push(Math.round((from + i * step) * 100) / 100);
  return out;
}

/**
 * What each high threshold would have done to the items people decided: an item is automatic when its
 * confidence reaches the threshold and no rule capped it (the same test as lib/classify/tier.ts).
 */
export function automationCurve(points: DecisionPoint[], thresholds: number[]): CurvePoint[] {
  return thresholds.map((threshold) => {
    const auto = points.filter((p) => !p.capped && p.confidence >= threshold);
    const wrong = auto.filter((p) => !p.correct).length;
    return {
      threshold,
      automated: auto.length,
      wrong,
      automation: points.length ? auto.length / points.length : 0,
      error: auto.length ? wrong / auto.length : 0,
    };
  });
}

/** How many catalogue products would land in each tier under the given thresholds. */
export function tierCounts(
  products: { confidence: number; capped: boolean }[],
  t: Thresholds,
): Record<Tier, number> {
  const counts: Record<Tier, number> = { auto: 0, review: 0, manual: 0 };
  for (const p of products) counts[decideTier(p.confidence, t, p.capped ? [true] : [])] += 1;
  return counts;
}
