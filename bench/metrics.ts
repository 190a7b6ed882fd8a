import type { Features } from '../lib/classify/calibration';
import type { Flag } from '../lib/classify/types';

/** One scored dev row: what the engine said and what the label is. */
export interface Outcome {
  id: string;
  group: string;
  fold: number;
  label: string; // HS6
  top: string | null; // HS6
  top5: string[];
  features: Features;
  conf6: number; // out-of-fold calibrated confidence
  conf4: number;
  exact: boolean; // a reused ruling decided it
  capped: boolean; // the rules capped the tier (flag, conflict, lint, input)
  text: string;
  flags: Flag[];
}

const share = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function accuracy(rows: Outcome[]) {
  const at = (digits: number) =>
    share(rows.filter((r) => r.top?.slice(0, digits) === r.label.slice(0, digits)).length, rows.length);
  return {
    n: rows.length,
    hs2: at(2),
    hs4: at(4),
    hs6: at(6),
    top5: share(rows.filter((r) => r.top5.includes(r.label)).length, rows.length),
  };
}

export const isRight6 = (r: Outcome) => r.top === r.label;
export const isRight4 = (r: Outcome) => r.top?.slice(0, 4) === r.label.slice(0, 4);

/** Precision and share of items at or above a confidence threshold. */
export function tierStats(
  rows: Outcome[],
  threshold: number,
  right: (r: Outcome) => boolean,
  conf: (r: Outcome) => number,
) {
  const kept = rows.filter((r) => conf(r) >= threshold);
  return {
    precision: share(kept.filter(right).length, kept.length),
    coverage: share(kept.length, rows.length),
    n: kept.length,
  };
}

/**
 * The lowest threshold whose kept items are at least `target` precise at HS6, with a small-sample guard:
 * the kept set must hold at least `minKept` items (99% on 12 items is one lucky draw, not a property).
 */
export function chooseHigh(rows: Outcome[], target = 0.99, minKept = 20): number {
  // Only items the tier can actually automate count: a rule cap (flag, conflict, vague text) forces review.
  const sorted = rows.filter((r) => !r.capped).sort((a, b) => b.conf6 - a.conf6);
  let best = 1;
  let right = 0;
  sorted.forEach((r, i) => {
    if (isRight6(r)) right++;
    const next = sorted[i + 1];
    if (next && next.conf6 === r.conf6) return;
    if (i + 1 >= minKept && right / (i + 1) >= target) best = r.conf6;
  });
  return best;
}

/** Error rate (HS6) among the most confident items, for each coverage step: the risk–coverage curve. */
export function riskCoverage(rows: Outcome[]): { coverage: number; risk: number }[] {
  const sorted = [...rows].sort((a, b) => b.conf6 - a.conf6);
  let wrong = 0;
  return sorted.map((r, i) => {
    if (!isRight6(r)) wrong++;
    return { coverage: (i + 1) / sorted.length, risk: wrong / (i + 1) };
  });
}

/** Expected calibration error over 10 equal-width bins: "0.9 means right 9 times in 10". */
export function calibrationError(rows: Outcome[]): number {
  let total = 0;
  for (let b = 0; b < 10; b++) {
    const bin = rows.filter((r) => Math.min(9, Math.floor(r.conf6 * 10)) === b);
    if (bin.length === 0) continue;
    const acc = share(bin.filter(isRight6).length, bin.length);
    const conf = bin.reduce((a, r) => a + r.conf6, 0) / bin.length;
    total += (bin.length / rows.length) * Math.abs(acc - conf);
  }
  return total;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}
