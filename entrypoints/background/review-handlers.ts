import type { Handlers } from '@/lib/messaging/router';
import { getDb } from '@/lib/db';
import { decideProduct } from './review-decide';
import { sendNow } from './outbox-run';
import { readCalibrationData, readDecisionRecord, readDocLines, readOutbox, readQueue } from './review-data';

/** Handlers for the REVIEW_MESSAGES (lib/messages-review.ts). */
export const reviewHandlers: Partial<Handlers> = {
  'review-queue': ({ status, limit }) => readQueue(getDb(), status, limit),

  /** Bulk accept for identical products: the same decision as the popup's, once per product. */
  async 'review-decide-many'({ productIds, code, note, country }) {
    const rulingIds: string[] = [];
    for (const productId of productIds) {
      rulingIds.push((await decideProduct({ productId, code, status: 'approved', note, country })).rulingId);
    }
    return { rulingIds };
  },

  'review-record': ({ productId }) => readDecisionRecord(getDb(), productId),
  'outbox-list': async () => ({ rows: await readOutbox(getDb()) }),
  'outbox-send-now': () => sendNow(),
  'docs-lines': async ({ productIds }) => ({ lines: await readDocLines(getDb(), productIds) }),
  'calibration-data': () => readCalibrationData(getDb()),
};
