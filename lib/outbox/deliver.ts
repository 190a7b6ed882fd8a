import type { ClearLaneDb } from '../db';
import type { OutboxRow } from '../db/rows';
import { backoffMs, signBody } from './sign';

export interface WebhookTarget {
  url: string;
  secret?: string;
}

/** Queues an event once: a second enqueue of the same id (same event) is ignored. */
export async function enqueue(
  db: ClearLaneDb,
  id: string,
  payload: unknown,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.outbox, async () => {
    if (await db.outbox.get(id)) return false;
    await db.outbox.add({
      id,
      kind: 'webhook',
      payload,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    });
    return true;
  });
}

/**
 * Sends every due pending delivery. A 2xx marks it delivered; anything else (down, 5xx, network error) keeps
 * it pending with the next attempt pushed back. State lives in IndexedDB, so a browser restart loses nothing.
 */
export async function deliverDue(
  db: ClearLaneDb,
  target: WebhookTarget,
  opts: { fetch?: typeof fetch; now?: number } = {},
): Promise<{ delivered: number; failed: number }> {
  const now = opts.now ?? Date.now();
  const doFetch = opts.fetch ?? fetch;
  const due = await db.outbox
    .where('nextAttemptAt')
    .belowOrEqual(now)
    .filter((r) => r.state === 'pending')
    .toArray();
  let delivered = 0;
  let failed = 0;
  for (const row of due) {
    const error = await post(doFetch, target, row, now);
    if (!error) {
      await db.outbox.update(row.id, {
        state: 'delivered',
        attempts: row.attempts + 1,
        lastError: undefined,
      });
      delivered += 1;
    } else {
      const attempts = row.attempts + 1;
      await db.outbox.update(row.id, {
        attempts,
        nextAttemptAt: now + backoffMs(attempts),
        lastError: error,
      });
      failed += 1;
    }
  }
  return { delivered, failed };
}

async function post(
  doFetch: typeof fetch,
  target: WebhookTarget,
  row: OutboxRow,
  now: number,
): Promise<string | undefined> {
  const body = JSON.stringify(row.payload);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': row.id };
  if (target.secret)
    headers['x-clearlane-signature'] = await signBody(target.secret, body, Math.floor(now / 1000));
  try {
    const res = await doFetch(target.url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(15_000),
    });
    return res.ok ? undefined : `The webhook answered ${res.status}.`;
  } catch (error) {
    return `The webhook could not be reached (${error instanceof Error ? error.message : String(error)}).`;
  }
}
