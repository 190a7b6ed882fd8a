import type { TeamRuleRow } from '../db/rows';
import type { Ruling } from '../db/rulings-schema';
import { describe } from '../hs/nomenclature';
import { evaluateRules } from '../rules/index';
import { predict, type Features } from './calibration';
import type { EngineData } from './data';
import { gatherEvidence, productText } from './evidence';
import { checkInput } from './input';
import { pickNational } from './national';
import { normalizeKey } from './normalize';
import { indexTokens } from './query';
import type { RulingIndex } from './ruling-index';
import { rankCodes, type RankedCode } from './score';
import { shortlist } from './shortlist';
import { decideTier, longestConfidentPrefix } from './tier';
import type { Candidate, ClassifyResult, ProductInput, Thresholds } from './types';

export interface ClassifyContext {
  data: EngineData;
  rulingIndex?: RulingIndex;
  thresholds?: Thresholds;
  now?: Date;
  teamRules?: TeamRuleRow[];
  /** Used when the product itself names no destination (the CLI's --to). */
  destinations?: string[];
  /** A country regime note younger than this many days caps the item at review (default 180). */
  regimeMaxAgeDays?: number;
}

/** Neighbours at least this similar are "near-identical" and handed to the rules for conflict checks. */
const NEAR_IDENTICAL = 0.8;

/** Reused team decision: same SKU or same normalised text. Agreement among the rulings sets the confidence. */
function reuseRuling(
  rulings: Ruling[],
  destinations: string[],
  exactConfidence: number,
): RankedCode & { confidence: number } {
  const forDest = rulings.filter(
    (r) => !r.country || destinations.length === 0 || destinations.includes(r.country),
  );
  const pool = (forDest.length ? forDest : rulings).filter((r) => r.status === 'approved');
  const used = pool.length ? pool : rulings;
  const votes = new Map<string, number>();
  for (const r of used) votes.set(r.code.slice(0, 6), (votes.get(r.code.slice(0, 6)) ?? 0) + 1);
  const [code, n] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
  const statusFactor = pool.length ? 1 : 0.8; // pending decisions are weaker evidence than approved ones
  return { code, p: 1, source: 'ruling', confidence: exactConfidence * statusFactor * (n / used.length) };
}

/** Classifies one product: ranked HS codes, calibrated confidence per level, tier, flags and conflicts. */
export function classify(product: ProductInput, ctx: ClassifyContext): ClassifyResult {
  return classifyDetailed(product, ctx).result;
}

/** The result plus the raw evidence features, which the benchmark uses to fit and check the calibration. */
export interface DetailedResult {
  result: ClassifyResult;
  features: Features | null;
  reusedRuling: boolean;
}

export function classifyDetailed(product: ProductInput, ctx: ClassifyContext): DetailedResult {
  const { data } = ctx;
  const input = checkInput(product, ctx.destinations);
  const chosen = ctx.thresholds ?? data.calibration.thresholds;
  const base = { id: product.id, flags: [], conflicts: [], lint: [], warnings: input.warnings };
  if (input.isEmpty) {
    const capped = [{ kind: 'input' as const, detail: 'empty product text' }];
    return {
      result: {
        ...base,
        code: null,
        hs6: null,
        confidence: 0,
        levels: { hs4: 0, hs6: 0 },
        tier: 'manual',
        candidates: [],
        capped,
      },
      features: null,
      reusedRuling: false,
    };
  }
  const p = input.product;
  const exact = ctx.rulingIndex?.exact(p.sku, normalizeKey(p.title));
  // A reused team decision answers to the reuse confidence, not to a stricter engine threshold the user may
  // have chosen: "decided once, automatic next time" holds unless the rulings disagree or a rule caps it.
  const thresholds = exact
    ? { ...chosen, high: Math.min(chosen.high, data.calibration.exactRuling) }
    : chosen;
  const ev = gatherEvidence(data, p, ctx.rulingIndex);
  const ranking = rankCodes(data.nomenclature, ev, data.calibration.rank.weights);
  let ranked = ranking.ranked;
  let conf6 = predict(data.calibration.hs6, ranking.features);
  let conf4 = Math.max(conf6, predict(data.calibration.hs4, ranking.features));
  if (exact) {
    const reused = reuseRuling(exact.rulings, input.destinations, data.calibration.exactRuling);
    ranked = [reused, ...ranked.filter((r) => r.code !== reused.code)];
    conf6 = reused.confidence;
    conf4 = Math.max(conf6, conf4);
  }
  const top = ranked[0];
  const matched = [
    ...(exact?.rulings ?? []),
    ...ev.knn.filter((n) => n.similarity >= NEAR_IDENTICAL).map((n) => n.ruling),
  ];
  const relevant = [...new Map(matched.map((r) => [r.id, r])).values()];
  const tokens = indexTokens(`${productText(p).title} ${productText(p).rest}`);
  const national = top
    ? pickNational(data.nomenclature, top.code, tokens, input.destinations, relevant)
    : null;
  const confNational = national ? conf6 * national.share : undefined;
  const candidates = toCandidates(data, shortlist(ranked, ranking.leads, 5), conf6, national?.code);
  const rules = evaluateRules({
    product: p,
    destinations: input.destinations,
    candidateCodes: candidates.map((c) => c.code),
    rulings: relevant,
    teamRules: ctx.teamRules,
    now: ctx.now,
    regimeMaxAgeDays: ctx.regimeMaxAgeDays,
  });
  const levels = {
    hs4: conf4,
    hs6: conf6,
    ...(confNational !== undefined ? { national: confNational } : {}),
  };
  const capped = [...rules.caps];
  const tier = decideTier(conf6, thresholds, capped);
  const result: ClassifyResult = {
    ...base,
    code: top ? longestConfidentPrefix(top.code, national?.code, levels, thresholds.high) : null,
    hs6: top?.code ?? null,
    confidence: conf6,
    levels,
    tier,
    candidates,
    flags: rules.flags,
    conflicts: rules.conflicts,
    lint: rules.lint,
    capped,
  };
  return { result, features: ranking.features, reusedRuling: exact !== null && exact !== undefined };
}

/** The short-listed HS6 codes (the best one also at 8 digits when a destination picked a line), with descriptions. */
function toCandidates(
  data: EngineData,
  shown: RankedCode[],
  conf6: number,
  nationalCode?: string,
): Candidate[] {
  const topP = shown[0]?.p ?? 1;
  const out: Candidate[] = shown.map((r, i) => ({
    code: r.code,
    confidence: i === 0 ? conf6 : Math.min(conf6, (conf6 * r.p) / topP),
    source: r.source,
    description: describe(data.nomenclature, r.code),
  }));
  if (nationalCode && out[0])
    out.splice(1, 0, {
      ...out[0],
      code: nationalCode,
      description: describe(data.nomenclature, nationalCode),
    });
  return out;
}
