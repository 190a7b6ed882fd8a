import type { EntityTable } from 'dexie';
import type { ClearLaneDb } from '../db';
import type { MetaRow, TeamRuleRow } from '../db/rows';
import type { Ruling } from '../db/rulings-schema';
import { getRulingsFrom, loadBuckets, writeRulings, type LoadedBuckets } from '../db/rulings-store';
import { describeImportError, ImportCancelledError } from './errors';
import { loadOverlapping } from './existing';
import { planMerge, summarizePlan, type MergePlan, type PlanCounts } from './merge';
import type { ImportIssue } from './pack-types';
import { patchSyncStatus, type SyncStatus } from './status';

/** Already parsed and zod-validated records (from parseRulingCsv or a pack parser). */
export interface ImportInput {
  rulings: Ruling[];
  teamRules?: TeamRuleRow[];
  invalid?: ImportIssue[];
  /** Shown in the sync status, e.g. "file:team.csv" or the URL. */
  source: string;
  checksum?: string;
}

export interface ImportPreview {
  rulings: MergePlan<Ruling>;
  teamRules: MergePlan<TeamRuleRow>;
  counts: PlanCounts;
}

export interface ApplyOptions {
  onProgress?: (p: { done: number; total: number }) => void;
  signal?: AbortSignal;
  /** Import the valid records even if some were invalid (the user saw the preview and agreed). */
  allowInvalid?: boolean;
  /** Team-rule rows per bulkPut; large chunks keep Dexie overhead low. (Rulings are written as buckets.) */
  chunkSize?: number;
  /** More meta rows to commit in the same transaction (e.g. the URL's ETag, only valid if the import lands). */
  extraMeta?: MetaRow[];
  now?: () => number;
}

export type ApplyResult =
  | { ok: true; counts: PlanCounts; plan: ImportPreview; ms: number }
  | { ok: false; message: string; counts?: PlanCounts };

/** The plan, and the ruling buckets read to make it (the apply step merges into those, not a second read). */
async function planAll(
  db: ClearLaneDb,
  input: ImportInput,
): Promise<{ plan: ImportPreview; buckets: LoadedBuckets }> {
  const teamIn = input.teamRules ?? [];
  const ids = input.rulings.map((r) => r.id);
  const buckets = await loadBuckets(db, ids);
  const existingRulings = getRulingsFrom(buckets, ids);
  const existingTeam = await loadOverlapping(
    db.teamRules,
    teamIn.map((t) => t.id),
  );
  const rulings = planMerge(input.rulings, existingRulings, { invalid: input.invalid });
  const teamRules = planMerge(teamIn, existingTeam, { volatile: ['updatedAt'] });
  const counts = summarizePlan(rulings);
  const t = summarizePlan(teamRules);
  for (const k of Object.keys(counts) as (keyof PlanCounts)[]) counts[k] += t[k];
  return { plan: { rulings, teamRules, counts }, buckets };
}

/** What an import would do, without writing: the preview the options page shows before "Apply". */
export async function previewImport(db: ClearLaneDb, input: ImportInput): Promise<ImportPreview> {
  return db.transaction('r', db.rulingBuckets, db.teamRules, async () => (await planAll(db, input)).plan);
}

/** Issue every chunk at once (no per-row or per-chunk idle time); each settles into the progress count. */
function writeChunks<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  rows: T[],
  size: number,
  tick: (n: number) => void,
): Promise<unknown>[] {
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    pending.push(table.bulkPut(chunk).then(() => tick(chunk.length)));
  }
  return pending;
}

/**
 * Apply an import in ONE read-write transaction: the plan is recomputed inside it (so it reflects the
 * cache at commit time), rulings are merged into their buckets (lib/db/rulings-store.ts), team rules are
 * written in large chunks, and the sync status is committed with them.
 * Any failure (quota, cancellation, a closed database) rolls everything back; the result then carries a
 * plain-language message and the failure is recorded in the status.
 */
export async function applyImport(
  db: ClearLaneDb,
  input: ImportInput,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  if (input.invalid?.length && !opts.allowInvalid) {
    const message = `${input.invalid.length} record(s) are invalid, so nothing was imported. Fix them or import only the valid ones.`;
    await recordFailure(db, input.source, message, started);
    return { ok: false, message };
  }
  const size = opts.chunkSize ?? 20_000;
  try {
    const plan = await db.transaction('rw', db.rulingBuckets, db.teamRules, db.meta, async () => {
      const { plan: p, buckets } = await planAll(db, input);
      const puts = [...p.rulings.added, ...p.rulings.changed];
      const teamPuts = [...p.teamRules.added, ...p.teamRules.changed];
      const total = puts.length + teamPuts.length + p.rulings.deleted.length + p.teamRules.deleted.length;
      let done = 0;
      const tick = (n: number) => {
        if (opts.signal?.aborted) throw new ImportCancelledError('cancelled');
        done += n;
        opts.onProgress?.({ done, total });
      };
      // Saving starts now, not when the first write lands: the progress bar (and a stop test) see it at once.
      tick(0);
      await Promise.all([
        ...writeRulings(db, puts, p.rulings.deleted, buckets, { tick }),
        ...writeChunks(db.teamRules, teamPuts, size, tick),
        db.teamRules.bulkDelete(p.teamRules.deleted).then(() => tick(p.teamRules.deleted.length)),
      ]);
      const status: SyncStatus = { lastAttemptAt: started, lastSuccessAt: now(), lastSource: input.source };
      status.lastCounts = p.counts;
      status.lastDurationMs = now() - started;
      if (input.checksum) status.lastChecksum = input.checksum;
      await patchSyncStatus(db, status);
      if (opts.extraMeta?.length) await db.meta.bulkPut(opts.extraMeta);
      return p;
    });
    return { ok: true, counts: plan.counts, plan, ms: now() - started };
  } catch (e) {
    const message = describeImportError(e);
    await recordFailure(db, input.source, message, started);
    return { ok: false, message };
  }
}

/** Best effort: if the database itself is failing, the caller still gets the message. */
async function recordFailure(db: ClearLaneDb, source: string, message: string, at: number): Promise<void> {
  try {
    await db.transaction('rw', db.meta, () =>
      patchSyncStatus(db, { lastAttemptAt: at, lastErrorAt: at, lastError: message, lastSource: source }),
    );
  } catch {
    // Nothing more to do: the returned message already tells the user what happened.
  }
}
