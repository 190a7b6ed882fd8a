import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import type { ClassifyResult } from '@/lib/classify/types';
import { adviceTextKey, needsAdvice } from '@/lib/llm/run-advice';
import { consultModel, productInputOf } from './llm';
import { readSettings } from './settings-store';

/** At most this many model calls at once: enough for a carrier form's lines, gentle on rate limits. */
const MAX_CONCURRENT = 2;
/**
 * A model call can take 20 s plus one retry, longer than the service worker's 30 s idle limit; IndexedDB work
 * does not reset that timer but an extension API call does (reliability notes B.4), so ping while busy.
 */
const KEEP_ALIVE_MS = 20_000;

const queue: { productId: string; result: ClassifyResult }[] = [];
const pending = new Set<string>();
let running = 0;
let keepAlive: ReturnType<typeof setInterval> | undefined;

/**
 * Automatic model advice after a capture (settings `llm.enabled` and `llm.when`). Returns at once: the
 * content script's reply never waits for the model, and the content script never sees the advice.
 */
export function scheduleAdvice(productId: string, result: ClassifyResult): void {
  if (pending.has(productId)) return;
  pending.add(productId);
  queue.push({ productId, result });
  pump();
}

function pump(): void {
  while (running < MAX_CONCURRENT && queue.length > 0) {
    const job = queue.shift()!;
    running++;
    keepAlive ??= setInterval(
      () => void browser.runtime.getPlatformInfo().catch(() => undefined),
      KEEP_ALIVE_MS,
    );
    void adviseInBackground(job.productId, job.result)
      .catch((error: unknown) => console.warn('ClearLane: automatic model advice failed', error))
      .finally(() => {
        running--;
        pending.delete(job.productId);
        if (running === 0 && queue.length === 0 && keepAlive) {
          clearInterval(keepAlive);
          keepAlive = undefined;
        }
        pump();
      });
  }
}

async function adviseInBackground(productId: string, result: ClassifyResult): Promise<void> {
  const settings = await readSettings();
  if (!settings.llm.enabled || !needsAdvice(result, settings.llm.when)) return;
  const product = await getDb().products.get(productId);
  if (!product) return;
  // Same text already answered: no second call. A failed call (rate limit, timeout) may be tried again.
  const stored = product.advice;
  if (stored && stored.status !== 'error' && stored.textKey === adviceTextKey(productInputOf(product)))
    return;
  await consultModel(product, result, settings);
}
