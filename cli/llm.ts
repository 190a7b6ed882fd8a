/**
 * `clearlane classify --llm`: the same model consultation as the extension (lib/llm/run-advice.ts), configured
 * from the environment. A model problem becomes the row's advice status `error`; it never stops the run.
 */
import type { ClassifyContext } from '../lib/classify/classify';
import type { ClassifyResult, ProductInput } from '../lib/classify/types';
import { indexTokens } from '../lib/classify/query';
import { describe, isValidCode } from '../lib/hs/nomenclature';
import type { Advice } from '../lib/llm/answer';
import type { LlmConfig } from '../lib/llm/client';
import { adviseResult, needsAdvice } from '../lib/llm/run-advice';

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_MODEL = 'gpt-4o-mini';

/** A local server (Ollama, LM Studio, a test mock) usually needs no key; the SDK still wants a non-empty one. */
function isLoopback(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}

/** Reads OPENAI_API_KEY, OPENAI_BASE_URL and CLEARLANE_MODEL; returns an error sentence when unusable. */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv): { config: LlmConfig } | { error: string } {
  const baseUrl = env.OPENAI_BASE_URL?.trim() || DEFAULT_BASE_URL;
  const model = env.CLEARLANE_MODEL?.trim() || DEFAULT_MODEL;
  const key = env.OPENAI_API_KEY?.trim() ?? '';
  if (!/^https?:\/\//.test(baseUrl))
    return { error: `OPENAI_BASE_URL must be an http(s) URL, got "${baseUrl}"` };
  if (!key && !isLoopback(baseUrl)) {
    return { error: `--llm needs OPENAI_API_KEY in the environment (model server: ${baseUrl})` };
  }
  return { config: { apiKey: key || 'no-key-local-server', baseUrl, model } };
}

/** The advice as a flat object on the output row (no prompt, no key). */
export function adviceColumn(a: Advice) {
  return {
    status: a.status,
    code: a.answer?.code,
    rationale: a.answer?.rationale,
    customs_description: a.answer?.customs_description,
    concerns: a.answer?.concerns,
    model: a.model,
    latencyMs: a.latencyMs,
    usage: a.usage,
    message: a.message,
  };
}

export type AdviceColumn = ReturnType<typeof adviceColumn>;

export interface CliLlm {
  config: LlmConfig;
  always: boolean;
}

/** Consults the model for one classified row when the row needs it; returns the final result and advice. */
export async function adviseRow(
  product: ProductInput,
  result: ClassifyResult,
  ctx: ClassifyContext,
  llm: CliLlm,
): Promise<{ result: ClassifyResult; advice?: AdviceColumn }> {
  if (!needsAdvice(result, llm.always ? 'always' : 'uncertain')) return { result };
  const nomenclature = ctx.data.nomenclature;
  const rulings = (ctx.rulingIndex?.neighbours(indexTokens(product.title), 5) ?? []).map((n) => ({
    description: n.ruling.description,
    code: n.ruling.code,
    country: n.ruling.country,
  }));
  const outcome = await adviseResult(product, result, {
    config: llm.config,
    describeCode: (code) => describe(nomenclature, code) ?? '',
    isValidCode: (code) => isValidCode(nomenclature, code),
    rulings,
    highThreshold: ctx.thresholds?.high ?? ctx.data.calibration.thresholds.high,
  });
  return { result: outcome.result, advice: adviceColumn(outcome.advice) };
}
