import { z } from 'zod';
import type { ClearLaneDb } from '../db';

/** Sync status shown on the options page, kept in `meta` so it survives service-worker restarts. */
export const SYNC_STATUS_KEY = 'sync:status';

export const SyncCountsSchema = z.object({
  added: z.number(),
  changed: z.number(),
  deleted: z.number(),
  unchanged: z.number(),
  keptLocalNewer: z.number(),
  invalid: z.number(),
});

export const SyncStatusSchema = z.object({
  lastAttemptAt: z.number().optional(),
  lastSuccessAt: z.number().optional(),
  lastErrorAt: z.number().optional(),
  lastError: z.string().optional(),
  lastSource: z.string().optional(),
  lastChecksum: z.string().optional(),
  lastCounts: SyncCountsSchema.optional(),
  lastDurationMs: z.number().optional(),
  /** Last time a URL source answered 304 Not Modified. */
  lastUnchangedAt: z.number().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export async function readSyncStatus(db: ClearLaneDb): Promise<SyncStatus> {
  const row = await db.meta.get(SYNC_STATUS_KEY);
  const parsed = SyncStatusSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : {};
}

/** Merge a patch into the stored status. Call inside a transaction that includes `meta` to make it atomic. */
export async function patchSyncStatus(db: ClearLaneDb, patch: SyncStatus): Promise<SyncStatus> {
  const next = { ...(await readSyncStatus(db)), ...patch };
  await db.meta.put({ key: SYNC_STATUS_KEY, value: next });
  return next;
}
