import type { ClassifyResult } from '../classify/types';
import type { ModelAnswer } from './answer';

export interface AdviceContext {
  /** True when the code exists in HS 2022 (4/6 digits) or AHTN 2022 (8 digits). */
  isValidCode: (digits: string) => boolean;
  /** Engine confidence for a code the model proposes outside the shown candidates (0 when unknown). */
  engineConfidence: (digits: string) => number;
  /** A code outside the candidates is allowed only when the engine scores it at least this high. */
  floor: number;
  highThreshold: number;
}

/**
 * Agreement rule, exactly as applyAdvice applies it: when the model's code has the same HS6 as the engine's top
 * candidate, no cap applies (no flag, conflict, lint or model concern), and the engine's own confidence is at
 * least `highThreshold - AGREEMENT_BOOST`, the confidence rises by AGREEMENT_BOOST (at most to 1) and the item
 * becomes `auto` if that reaches the high threshold. So `auto` still needs the engine's own confidence within
 * 0.03 of the high threshold; any other answer leaves tier and confidence as the engine set them (or lower, for
 * a concern). The value is provisional: no live model could be called here (no internet), so it has not been
 * calibrated against real answers and is kept small enough to tip only an almost-automatic item. Calibrate it on
 * the benchmark with a key (`npm run bench -- --llm`) before raising it.
 */
export const AGREEMENT_BOOST = 0.03;

export interface AdviceOutcome {
  accepted: boolean;
  reason: string;
  result: ClassifyResult;
}

/**
 * The model advises; the engine decides. A code that is not valid, or not among the candidates (nor scored
 * above the floor by the engine), is rejected. A model can add a concern (capping the tier at review) but can
 * never remove a flag or conflict, and can never make an item `auto` on its own.
 */
export function applyAdvice(result: ClassifyResult, answer: ModelAnswer, ctx: AdviceContext): AdviceOutcome {
  const code = answer.code.replace(/[\s.]/g, '');
  const withConcerns = addConcerns(result, answer.concerns);
  if (!/^\d{4,10}$/.test(code) || !ctx.isValidCode(code)) {
    return {
      accepted: false,
      reason: `The model answered "${answer.code}", which is not a valid HS code.`,
      result: withConcerns,
    };
  }
  const inCandidates = result.candidates.some((c) => code.startsWith(c.code) || c.code.startsWith(code));
  if (!inCandidates && ctx.engineConfidence(code) < ctx.floor) {
    return {
      accepted: false,
      reason: `The model chose ${code}, which is not among the candidates.`,
      result: withConcerns,
    };
  }
  const top = result.candidates[0];
  const agrees = !!top && top.code.slice(0, 6) === code.slice(0, 6);
  const next: ClassifyResult = {
    ...withConcerns,
    candidates: [
      ...withConcerns.candidates,
      {
        code,
        confidence: Math.min(answer.confidence, ctx.engineConfidence(code) || answer.confidence),
        source: 'model',
      },
    ],
  };
  if (agrees && next.capped.length === 0 && result.confidence >= ctx.highThreshold - AGREEMENT_BOOST) {
    const confidence = Math.min(1, result.confidence + AGREEMENT_BOOST);
    const tier = confidence >= ctx.highThreshold ? 'auto' : next.tier;
    const prefix = result.hs6 ?? top.code.slice(0, 6);
    return {
      accepted: true,
      reason: 'The model agrees with the engine’s best candidate.',
      result: { ...next, confidence, tier, code: tier === 'auto' ? (next.code ?? prefix) : next.code },
    };
  }
  return {
    accepted: true,
    reason: agrees
      ? 'The model agrees with the engine’s best candidate.'
      : `The model suggests ${code}; a person should confirm.`,
    result: next,
  };
}

function addConcerns(result: ClassifyResult, concerns: string[]): ClassifyResult {
  const real = concerns
    .map((c) => c.trim())
    .filter(Boolean)
    .slice(0, 5);
  if (real.length === 0) return result;
  const capped = [
    ...result.capped,
    ...real.map((c) => ({ kind: 'flag' as const, detail: `Model concern: ${c.slice(0, 200)}` })),
  ];
  return { ...result, capped, tier: result.tier === 'auto' ? 'review' : result.tier };
}
