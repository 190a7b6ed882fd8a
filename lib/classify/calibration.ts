import { z } from 'zod';

/**
 * Calibration: a logistic model per level maps the engine's raw evidence (features below) to the probability
 * that the top code is right at that level. The parameters are data (calibration.json), fitted by
 * `npm run bench -- --fit` with 5-fold cross-validation on bench/data/dev.jsonl; see bench/RESULTS.md.
 */
export const FEATURES = [
  'bias',
  'p6',
  'p4',
  'margin6',
  'lexHs4',
  'lexHs6',
  'lexConflict',
  'lexShare', // share of all lexicon weight on the top HS4 (1 = every matched term agrees)
  'lexSpan', // longest matched term (tokens) behind the top HS4, /3, capped at 1: "power bank" beats "power"
  'accessory', // the title says "for X" / "case", "cover", "part": the named thing may be the wrong product
  'bmAgree',
  'knnShare',
  'knnSim',
  'knnAny', // the team has rulings near this product at all (cold-start items are calibrated apart)
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

const LogisticSchema = z.object({ weights: z.record(z.string(), z.number()) });
export type Logistic = z.infer<typeof LogisticSchema>;

export const CalibrationSchema = z.object({
  method: z.string(),
  fittedAt: z.string(),
  hs4: LogisticSchema,
  hs6: LogisticSchema,
  /** Confidence given to a reused team decision (same SKU / same normalised text, all rulings agree). */
  exactRuling: z.number().min(0).max(1),
  thresholds: z.object({ high: z.number(), medium: z.number() }),
  /**
   * Ranking weights per candidate feature (RANK_FEATURES in score.ts): a conditional logit fitted on the dev
   * set, cross-validated; see bench/RESULTS.md.
   */
  rank: LogisticSchema,
});
export type Calibration = z.infer<typeof CalibrationSchema>;

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function predict(model: Logistic, f: Features): number {
  let z = 0;
  for (const name of FEATURES) z += (model.weights[name] ?? 0) * f[name];
  return sigmoid(z);
}

/** Plain L2-regularised logistic regression by gradient descent; small data, so simple beats clever. */
export function fitLogistic(
  rows: { f: Features; y: number }[],
  l2 = 0.01,
  epochs = 2000,
  rate = 0.5,
): Logistic {
  const k = FEATURES.length;
  const xs = rows.map((r) => FEATURES.map((n) => r.f[n] ?? 0));
  const w = new Float64Array(k);
  const grad = new Float64Array(k);
  for (let e = 0; e < epochs; e++) {
    grad.fill(0);
    xs.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j < k; j++) z += w[j]! * x[j]!;
      const err = sigmoid(z) - rows[i]!.y;
      for (let j = 0; j < k; j++) grad[j] = grad[j]! + err * x[j]!;
    });
    for (let j = 0; j < k; j++) {
      const reg = FEATURES[j] === 'bias' ? 0 : l2 * w[j]!;
      w[j] = w[j]! - rate * (grad[j]! / Math.max(1, rows.length) + reg);
    }
  }
  return { weights: Object.fromEntries(FEATURES.map((n, j) => [n, Math.round(w[j]! * 1e4) / 1e4])) };
}

/** One training item for the ranker: every candidate's code and feature row, and the right HS6. */
export interface RankExample {
  codes: string[];
  rows: number[][]; // values in the order of the feature names given to fitRankWeights
  label: string;
}

/** Credit for one ranking: right HS6 on top, plus half for the right heading on top and for a top-5 hit. */
function rankCredit(w: Float64Array, ex: RankExample): number {
  const k = w.length;
  let best = 0;
  let bestScore = -Infinity;
  let labelScore = -Infinity;
  const scores = ex.rows.map((x, i) => {
    let z = 0;
    for (let j = 0; j < k; j++) z += w[j]! * x[j]!;
    if (z > bestScore || (z === bestScore && ex.codes[i]! < ex.codes[best]!)) [best, bestScore] = [i, z];
    if (ex.codes[i] === ex.label) labelScore = z;
    return z;
  });
  let ahead = 0;
  if (labelScore > -Infinity)
    scores.forEach((z, i) => {
      if (z > labelScore || (z === labelScore && ex.codes[i]! < ex.label)) ahead++;
    });
  const top4 = ex.codes[best]?.slice(0, 4) === ex.label.slice(0, 4);
  if (labelScore === -Infinity) return top4 ? 0.5 : 0;
  return (ahead === 0 ? 1 : 0) + (ahead < 5 ? 0.5 : 0) + (top4 ? 0.5 : 0);
}

/**
 * Ranking weights by coordinate ascent on the credit above (what the benchmark scores), from `start`: each
 * weight in turn takes the step that most improves the total, until no step does. Deterministic; run on
 * four folds and scored on the fifth by the benchmark, so the accuracy it reports is out-of-fold.
 */
export function fitRankWeights(
  examples: RankExample[],
  names: readonly string[],
  start: Record<string, number>,
  steps = [-2, -1, -0.5, -0.25, 0.25, 0.5, 1, 2],
  rounds = 6,
): Logistic {
  const w = Float64Array.from(names, (n) => start[n] ?? 0);
  const total = () => examples.reduce((a, ex) => a + rankCredit(w, ex), 0);
  let best = total();
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (let j = 0; j < names.length; j++) {
      const current = w[j]!;
      let bestStep = 0;
      for (const step of steps) {
        w[j] = current + step;
        const t = total();
        if (t > best + 1e-9) [best, bestStep] = [t, step];
      }
      w[j] = current + bestStep;
      if (bestStep !== 0) improved = true;
    }
    if (!improved) break;
  }
  return { weights: Object.fromEntries(names.map((n, j) => [n, w[j]!])) };
}
