import { getDb } from '@/lib/db';
import { askModel, LlmError } from '@/lib/llm/client';
import { adviseResult } from '@/lib/llm/run-advice';
import { buildPrompt } from '@/lib/llm/prompt';
import type { Advice } from '@/lib/llm/answer';
import type { ClassifyResult, ProductInput } from '@/lib/classify/types';
import type { ProductRow } from '@/lib/db/rows';
import type { Settings } from '@/lib/settings';
import calibration from '@/lib/classify/calibration.json';
import { classifyProduct, describeCode, isValidCode, similarRulings } from './engine';
import { setProductAdvice } from './products';
import { readApiKey, readSettings } from './settings-store';

export function productInputOf(product: ProductRow): ProductInput {
  return {
    title: product.title,
    description: product.description,
    attributes: product.attributes,
    category: product.category,
    sku: product.sku,
    destinations: product.destinations,
  };
}

/**
 * Asks the configured model about one catalogue product (the rules live in lib/llm/run-advice.ts, shared with
 * the CLI), stores the advice on the product and logs the call in `decisions` without the key.
 */
export async function consultModel(
  product: ProductRow,
  result: ClassifyResult,
  settings: Settings,
): Promise<{ advice: Advice; result: ClassifyResult }> {
  const input = productInputOf(product);
  const outcome = await adviseResult(input, result, {
    config: { apiKey: (await readApiKey()) ?? '', baseUrl: settings.llm.baseUrl, model: settings.llm.model },
    describeCode,
    isValidCode,
    rulings: await similarRulings(input),
    highThreshold: highThresholdOf(settings),
  });
  const { advice } = outcome;
  await setProductAdvice(product.id, advice);
  await getDb().decisions.add({
    productId: product.id,
    at: Date.now(),
    kind: 'model-call',
    code: advice.answer?.code,
    detail: {
      status: advice.status,
      message: advice.message,
      model: advice.model,
      baseUrl: settings.llm.baseUrl,
      latencyMs: advice.latencyMs,
      usage: advice.usage,
    },
  });
  return outcome;
}

/**
 * The same high threshold the engine used for this result (engine.ts: the user's pair of thresholds, else the
 * calibrated one), so the agreement rule can never make auto what the engine's own threshold would not.
 */
function highThresholdOf(settings: Settings): number {
  return settings.highThreshold !== undefined && settings.mediumThreshold !== undefined
    ? settings.highThreshold
    : calibration.thresholds.high;
}

/** "Ask the model" from the popup or options page. */
export async function adviseProduct(productId: string): Promise<{ advice: Advice; result: ClassifyResult }> {
  const product = await getDb().products.get(productId);
  if (!product) throw new Error('That product is no longer in the catalogue.');
  const settings = await readSettings();
  const result = await classifyProduct(productInputOf(product));
  if (!settings.llm.enabled) {
    return {
      advice: {
        status: 'error',
        message: 'Model assistance is off. Turn it on in ClearLane settings.',
        model: settings.llm.model,
        latencyMs: 0,
      },
      result,
    };
  }
  return consultModel(product, result, settings);
}

/** A one-token round trip to check the base URL, model and key, with a plain result. */
export async function testConnection(): Promise<{ ok: boolean; message: string }> {
  const settings = await readSettings();
  try {
    const messages = buildPrompt(
      { title: 'test connection: stainless steel spoon' },
      [{ code: '821599', description: 'Spoons, forks and similar kitchen or tableware', confidence: 0.5 }],
      [],
    );
    const call = await askModel(
      {
        apiKey: (await readApiKey()) ?? '',
        baseUrl: settings.llm.baseUrl,
        model: settings.llm.model,
        timeoutMs: 15_000,
      },
      messages,
    );
    return { ok: true, message: `Connected to ${settings.llm.model} (${call.latencyMs} ms).` };
  } catch (error) {
    return { ok: false, message: error instanceof LlmError ? error.message : 'The connection test failed.' };
  }
}
