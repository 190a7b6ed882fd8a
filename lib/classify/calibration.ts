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
  /** Engine weights (evidence mixing); tuned on the dev set, see bench/RESULTS.md. */
  mix: z.object({
    lex4: z.number(),
    lex6: z.number(),
    bm: z.number(),
    knn: z.number(),
    temperature: z.number(),
  }),
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
