import { z } from 'zod';

/** ISO 3166 alpha-2 destinations ClearLane knows rules for; other codes are accepted but only get defaults. */
export const KNOWN_COUNTRIES = ['SG', 'MY', 'ID', 'TH', 'VN', 'PH'] as const;
export const CountrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'country must be a two-letter ISO code');

/** A product as the engine sees it: from a seller-centre page, a carrier line, the CLI or the benchmark. */
export const ProductInputSchema = z.object({
  id: z.string().optional(),
  title: z.string(),
  description: z.string().optional(),
  attributes: z.record(z.string(), z.string()).optional(),
  category: z.string().optional(),
  sku: z.string().optional(),
  destinations: z.array(CountrySchema).optional(),
});
export type ProductInput = z.infer<typeof ProductInputSchema>;

export const TierSchema = z.enum(['auto', 'review', 'manual']);
export type Tier = z.infer<typeof TierSchema>;

/** Where a candidate code came from; shown to the user as provenance. */
export const CandidateSourceSchema = z.enum(['ruling', 'lexicon', 'nomenclature', 'model']);
export type CandidateSource = z.infer<typeof CandidateSourceSchema>;

export const CandidateSchema = z.object({
  code: z.string(), // digits only: 4, 6 or 8
  confidence: z.number().min(0).max(1),
  source: CandidateSourceSchema,
  description: z.string().optional(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const FlagEffectSchema = z.enum([
  'prohibited',
  'permit',
  'dangerous-goods',
  'carrier-restricted',
  'info',
]);
export type FlagEffect = z.infer<typeof FlagEffectSchema>;

export const FlagSchema = z.object({
  rule: z.string(),
  category: z.string().optional(),
  keyword: z.string(), // as it appears in the text
  countries: z.array(z.string()),
  effect: FlagEffectSchema,
  reason: z.string(),
  source: z.string().optional(),
  negated: z.boolean().optional(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const ConflictRulingSchema = z.object({
  country: z.string(),
  code: z.string(),
  description: z.string(),
  status: z.string(),
  decidedAt: z.string().optional(),
  source: z.string().optional(),
});
export const ConflictSchema = z.object({
  level: z.enum(['hs4', 'hs6', 'national']),
  severity: z.enum(['severe', 'conflict', 'info']),
  rulings: z.array(ConflictRulingSchema),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const LintSchema = z.object({
  rule: z.string(),
  word: z.string().optional(),
  message: z.string(),
  missing: z.array(z.enum(['what', 'material', 'use'])).optional(),
});
export type Lint = z.infer<typeof LintSchema>;

/** Why a tier was capped below what the confidence alone would give. */
export const TierCapSchema = z.object({
  kind: z.enum(['flag', 'conflict', 'regime', 'lint', 'input']),
  detail: z.string(),
});

export const ClassifyResultSchema = z.object({
  id: z.string().optional(),
  /** Longest confident prefix (≥ 6 digits) or null when nothing clears the high threshold. */
  code: z.string().nullable(),
  hs6: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  /** Confidence per level for the best candidate: hs4, hs6 and (with a destination) national 8-digit. */
  levels: z.object({ hs4: z.number(), hs6: z.number(), national: z.number().optional() }),
  tier: TierSchema,
  candidates: z.array(CandidateSchema),
  flags: z.array(FlagSchema),
  conflicts: z.array(ConflictSchema),
  lint: z.array(LintSchema),
  capped: z.array(TierCapSchema),
  warnings: z.array(z.string()),
});
export type ClassifyResult = z.infer<typeof ClassifyResultSchema>;

export const ThresholdsSchema = z.object({
  high: z.number().min(0).max(1),
  medium: z.number().min(0).max(1),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;
