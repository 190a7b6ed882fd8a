import { getDb } from '@/lib/db';
import { askModel, LlmError } from '@/lib/llm/client';
import { applyAdvice } from '@/lib/llm/advise';
import { buildPrompt } from '@/lib/llm/prompt';
import type { Advice } from '@/lib/llm/answer';
import type { ClassifyResult } from '@/lib/classify/types';
import { classifyProduct, describeCode, engineConfidenceFor, isValidCode, similarRulings } from './engine';
import { readApiKey, readSettings } from './settings-store';

/** Candidates outside the engine's shortlist are allowed only above this engine confidence. */
const OUTSIDE_CANDIDATE_FLOOR = 0.15;

/** Asks the configured model about one catalogue product; the engine's rules decide what the answer may do. */
export async function adviseProduct(productId: string): Promise<{ advice: Advice; result: ClassifyResult }> {
  const db = getDb();
  const product = await db.products.get(productId);
  if (!product) throw new Error('That product is no longer in the catalogue.');
  const settings = await readSettings();
  const input = { title: product.title, description: product.description, attributes: product.attributes, category: product.category, sku: product.sku, destinations: product.destinations };
  const result = await classifyProduct(input);
  const model = settings.llm.model;
  if (!settings.llm.enabled) {
    return { advice: { status: 'error', message: 'Model assistance is off. Turn it on in ClearLane settings.', model, latencyMs: 0 }, result };
  }
  const candidates = await Promise.all(
    result.candidates.slice(0, 8).map(async (c) => ({ code: c.code, confidence: c.confidence, description: await describeCode(c.code) })),
  );
  const messages = buildPrompt(input, candidates, await similarRulings(input));
  let advice: Advice;
  let final = result;
  try {
    const call = await askModel({ apiKey: (await readApiKey()) ?? '', baseUrl: settings.llm.baseUrl, model }, messages);
    const outcome = applyAdvice(result, call.answer, {
      isValidCode,
      engineConfidence: (code) => engineConfidenceFor(result, code),
      floor: OUTSIDE_CANDIDATE_FLOOR,
      highThreshold: settings.highThreshold ?? 0.9,
    });
    final = outcome.result;
    advice = { status: outcome.accepted ? 'accepted' : 'rejected', message: outcome.reason, answer: call.answer, model, latencyMs: call.latencyMs, usage: call.usage };
  } catch (error) {
    const message = error instanceof LlmError ? error.message : 'The model call failed.';
    advice = { status: 'error', message, model, latencyMs: 0 };
  }
  await db.decisions.add({
    productId,
    at: Date.now(),
    kind: 'model-call',
    code: advice.answer?.code,
    detail: { status: advice.status, message: advice.message, model, baseUrl: settings.llm.baseUrl, latencyMs: advice.latencyMs, usage: advice.usage },
  });
  return { advice, result: final };
}

/** A one-token round trip to check the base URL, model and key, with a plain result. */
export async function testConnection(): Promise<{ ok: boolean; message: string }> {
  const settings = await readSettings();
  try {
    const messages = buildPrompt({ title: 'test connection: stainless steel spoon' }, [{ code: '821599', description: 'Spoons, forks and similar kitchen or tableware', confidence: 0.5 }], []);
    const call = await askModel({ apiKey: (await readApiKey()) ?? '', baseUrl: settings.llm.baseUrl, model: settings.llm.model, timeoutMs: 15_000 }, messages);
    return { ok: true, message: `Connected to ${settings.llm.model} (${call.latencyMs} ms).` };
  } catch (error) {
    return { ok: false, message: error instanceof LlmError ? error.message : 'The connection test failed.' };
  }
}
