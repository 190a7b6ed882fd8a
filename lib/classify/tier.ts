import type { Thresholds, Tier } from './types';

/**
 * Two thresholds (architecture notes): `auto` needs confidence ≥ high and no cap from the rules (flag,
 * conflict, regime change, vague text, bad input); `review` from medium up or whenever a cap applies;
 * `manual` below medium, caps or not (a capped low-confidence item is still a manual one).
 */
export function decideTier(confidence: number, t: Thresholds, caps: readonly unknown[]): Tier {
  if (confidence < t.medium) return 'manual';
  if (confidence >= t.high && caps.length === 0) return 'auto';
  return 'review';
}

/**
 * "Short beats wrong": the code to fill is the longest prefix, at least 6 digits, whose confidence clears the
 * high threshold: the national line when it does, else the HS6, else nothing.
 */
export function longestConfidentPrefix(
  hs6: string,
  national: string | undefined,
  levels: { hs6: number; national?: number },
  high: number,
): string | null {
  if (national && levels.national !== undefined && levels.national >= high) return national;
  if (levels.hs6 >= high) return hs6;
  return null;
}
