import type { EntityTable } from 'dexie';
import type { ClearLaneDb } from '../db';
import type { MetaRow, TeamRuleRow } from '../db/rows';
import type { Ruling } from '../db/rulings-schema';
import { describeImportError, ImportCancelledError } from './errors';
import { loadOverlapping } from './existing';
import { planMerge, summarizePlan, type MergePlan, type PlanCounts } from './merge';
import type { ImportIssue } from './pack-types';
import { patchSyncStatus, type SyncStatus } from './status';
import { rowStore, type RulingStore } from './stores';

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
  /** Rows per bulkPut; large chunks keep Dexie overhead low. */
  chunkSize?: number;
  /** More meta rows to commit in the same transaction (e.g. the URL's ETag, only valid if the import lands). */
  extraMeta?: MetaRow[];
  now?: () => number;
  /** Where rulings go; default one row per ruling in `db.rulings` (see stores.ts for the bucket layout). */
  store?: RulingStore;
}

export type ApplyResult =
  | { ok: true; counts: PlanCounts; plan: ImportPreview; ms: number }
  | { ok: false; message: string; counts?: PlanCounts };

async function planAll(db: ClearLaneDb, store: RulingStore, input: ImportInput): Promise<ImportPreview> {
  const teamIn = input.teamRules ?? [];
  const existingRulings = await store.load(input.rulings.map((r) => r.id));
  const existingTeam = await loadOverlapping(
    db.teamRules,
    teamIn.map((t) => t.id),
  );
  const rulings = planMerge(input.rulings, existingRulings, { invalid: input.invalid });
  const teamRules = planMerge(teamIn, existingTeam, { volatile: ['updatedAt'] });
  const counts = summarizePlan(rulings);
  const t = summarizePlan(teamRules);
  for (const k of Object.keys(counts) as (keyof PlanCounts)[]) counts[k] += t[k];
  return { rulings, teamRules, counts };
}

/** What an import would do, without writing: the preview the options page shows before "Apply". */
export async function previewImport(
  db: ClearLaneDb,
  input: ImportInput,
  store: RulingStore = rowStore(db.rulings),
): Promise<ImportPreview> {
  return db.transaction('r', store.tableName, db.teamRules, () => planAll(db, store, input));
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
 * cache at commit time), rows are written in large chunks, and the sync status is committed with them.
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
  const store = opts.store ?? rowStore(db.rulings);
  try {
    const plan = await db.transaction('rw', store.tableName, db.teamRules, db.meta, async () => {
      const p = await planAll(db, store, input);
      const puts = [...p.rulings.added, ...p.rulings.changed];
      const teamPuts = [...p.teamRules.added, ...p.teamRules.changed];
      const total = puts.length + teamPuts.length + p.rulings.deleted.length + p.teamRules.deleted.length;
      let done = 0;
      const tick = (n: number) => {
        if (opts.signal?.aborted) throw new ImportCancelledError('cancelled');
        done += n;
        opts.onProgress?.({ done, total });
      };
      await Promise.all([
        ...store.write(puts, p.rulings.deleted, size, tick),
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
