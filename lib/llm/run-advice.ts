import type { ClassifyResult, ProductInput } from '../classify/types';
import { applyAdvice } from './advise';
import type { Advice } from './answer';
import { askModel, LlmError, type LlmConfig } from './client';
import { buildPrompt, type PromptRuling } from './prompt';

/** Candidates outside the engine's shortlist are allowed only above this engine confidence. */
export const OUTSIDE_CANDIDATE_FLOOR = 0.15;

/** How many engine candidates the model sees: enough to choose among, short enough to keep the prompt cheap. */
const PROMPT_CANDIDATES = 8;

/** What the caller (extension background or CLI) knows about the nomenclature and the team's rulings. */
export interface AdviceDeps {
  config: LlmConfig;
  describeCode: (code: string) => string | Promise<string>;
  isValidCode: (digits: string) => boolean;
  rulings: PromptRuling[];
  highThreshold: number;
}

/** The engine's own confidence for a code, from its non-model candidates that share a prefix with it. */
export function engineConfidenceFor(result: ClassifyResult, code: string): number {
  const match = result.candidates.filter(
    (c) => c.source !== 'model' && (code.startsWith(c.code) || c.code.startsWith(code)),
  );
  return Math.max(0, ...match.map((c) => c.confidence));
}

/** Whether a result should go to the model under the user's `when` setting. */
export function needsAdvice(result: Pick<ClassifyResult, 'tier'>, when: 'uncertain' | 'always'): boolean {
  return when === 'always' || result.tier !== 'auto';
}

/**
 * Short fingerprint of the product text the model would see, so the same text is not sent twice. FNV-1a
 * (32 bit) is enough: a collision only means one skipped call, and the user can always ask again.
 */
export function adviceTextKey(p: ProductInput): string {
  const text = JSON.stringify([
    p.title,
    p.description ?? '',
    p.category ?? '',
    Object.entries(p.attributes ?? {}).sort(),
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(16)}:${text.length}`;
}

/**
 * One model consultation, shared by the extension and the CLI: grounded prompt, structured call, then the
 * engine's allow-list (applyAdvice). Never throws for a model problem: it becomes an `error` advice and the
 * offline result stands.
 */
export async function adviseResult(
  product: ProductInput,
  result: ClassifyResult,
  deps: AdviceDeps,
): Promise<{ advice: Advice; result: ClassifyResult }> {
  const model = deps.config.model;
  const textKey = adviceTextKey(product);
  const candidates = await Promise.all(
    result.candidates
      .filter((c) => c.source !== 'model')
      .slice(0, PROMPT_CANDIDATES)
      .map(async (c) => ({
        code: c.code,
        confidence: c.confidence,
        description: await deps.describeCode(c.code),
      })),
  );
  const messages = buildPrompt(product, candidates, deps.rulings);
  try {
    const call = await askModel(deps.config, messages);
    const outcome = applyAdvice(result, call.answer, {
      isValidCode: deps.isValidCode,
      engineConfidence: (code) => engineConfidenceFor(result, code),
      floor: OUTSIDE_CANDIDATE_FLOOR,
      highThreshold: deps.highThreshold,
    });
    const advice: Advice = {
      status: outcome.accepted ? 'accepted' : 'rejected',
      message: outcome.reason,
      answer: call.answer,
      model,
      latencyMs: call.latencyMs,
      usage: call.usage,
      textKey,
      at: Date.now(),
    };
    return { advice, result: outcome.result };
  } catch (error) {
    const message = error instanceof LlmError ? error.message : 'The model call failed.';
    return { advice: { status: 'error', message, model, latencyMs: 0, textKey, at: Date.now() }, result };
  }
}
