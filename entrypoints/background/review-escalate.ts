import { getDb } from '@/lib/db';
import type { ExceptionRow, ProductRow } from '@/lib/db/rows';
import { buildExceptionEvent } from '@/lib/outbox/event';
import { enqueue } from '@/lib/outbox/deliver';
import { readSettings } from './settings-store';
import { notifyNewException } from './review-notify';
import { runDelivery } from './outbox-run';

/**
 * A newly opened exception goes to the team: a webhook event (queued in the outbox, then tried at once and
 * retried by the minute alarm) when a URL is configured, and a rate-limited desktop notification.
 * Failures here never fail the capture that opened the exception.
 */
export async function escalateException(exception: ExceptionRow, product: ProductRow): Promise<void> {
  try {
    const settings = await readSettings();
    if (settings.webhookUrl) {
      const event = buildExceptionEvent({
        productId: product.id,
        title: product.title,
        site: product.site,
        url: product.url,
        sku: product.sku,
        destinations: product.destinations ?? [],
        tier: exception.tier,
        code: product.result?.code ?? product.result?.candidates[0]?.code ?? null,
        confidence: product.result?.confidence ?? 0,
        reasons: exception.reasons,
        createdAt: exception.createdAt,
      });
      if (await enqueue(getDb(), event.id, event)) void runDelivery();
    }
    await notifyNewException();
  } catch (error) {
    console.warn('ClearLane: could not escalate a new exception', error);
  }
}
