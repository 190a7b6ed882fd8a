import type { ImportIssue } from './pack-types';

/**
 * Merge planning, pure: which incoming records to add, replace or delete, by stable id. Rules (issue 7):
 * the newest `updatedAt` wins, tombstones delete, a local record newer than the incoming one is kept and
 * reported, and re-importing the same data is a no-op. Records whose content is equal count as unchanged
 * even when their timestamps differ, so a CSV without an updated_at column re-imports as a no-op too.
 */
export interface Syncable {
  id: string;
  updatedAt: number;
  deleted?: boolean;
}

export interface MergePlan<T extends Syncable> {
  added: T[];
  changed: T[];
  /** ids to remove: incoming tombstones for records we hold */
  deleted: string[];
  unchanged: number;
  /** local record is newer than the incoming one and differs: kept, shown to the user */
  keptLocalNewer: { local: T; incoming: T }[];
  invalid: ImportIssue[];
}

/** Fields that record provenance or timing, not the decision itself; they never make a record "changed". */
export const RULING_VOLATILE_FIELDS: readonly string[] = ['updatedAt', 'source', 'decidedAt'];

function valueEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Shallow content comparison that ignores `volatile` fields and treats a missing key like `undefined`. */
export function sameContent(
  a: object,
  b: object,
  volatile: readonly string[] = RULING_VOLATILE_FIELDS,
): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of Object.keys(ra)) if (!volatile.includes(k) && !valueEqual(ra[k], rb[k])) return false;
  for (const k of Object.keys(rb))
    if (!volatile.includes(k) && !(k in ra) && rb[k] !== undefined) return false;
  return true;
}

/** Within one import the same id may appear twice (e.g. a sheet pasted twice): the newest copy is used. */
function dedupe<T extends Syncable>(incoming: readonly T[], invalid: ImportIssue[]): T[] {
  const byId = new Map<string, T>();
  incoming.forEach((rec, i) => {
    const prev = byId.get(rec.id);
    if (prev)
      invalid.push({
        record: i + 1,
        message: `id ${rec.id} appears more than once; the newest copy is used`,
      });
    if (!prev || rec.updatedAt >= prev.updatedAt) byId.set(rec.id, rec);
  });
  return [...byId.values()];
}

export function planMerge<T extends Syncable>(
  incoming: readonly T[],
  existingById: ReadonlyMap<string, T>,
  opts: { invalid?: readonly ImportIssue[]; volatile?: readonly string[] } = {},
): MergePlan<T> {
  const invalid = [...(opts.invalid ?? [])];
  const plan: MergePlan<T> = {
    added: [],
    changed: [],
    deleted: [],
    unchanged: 0,
    keptLocalNewer: [],
    invalid,
  };
  for (const rec of dedupe(incoming, invalid)) {
    const local = existingById.get(rec.id);
    if (!local || local.deleted) {
      // A tombstone for something we do not hold has nothing to delete.
      if (rec.deleted) plan.unchanged++;
      else if (local && local.updatedAt > rec.updatedAt) plan.keptLocalNewer.push({ local, incoming: rec });
      else plan.added.push(rec);
    } else if (rec.deleted) {
      if (local.updatedAt > rec.updatedAt) plan.keptLocalNewer.push({ local, incoming: rec });
      else plan.deleted.push(rec.id);
    } else if (sameContent(rec, local, opts.volatile)) {
      plan.unchanged++;
    } else if (local.updatedAt > rec.updatedAt) {
      plan.keptLocalNewer.push({ local, incoming: rec });
    } else {
      // Equal timestamps with different content: the shared source wins, so every member converges on it.
      plan.changed.push(rec);
    }
  }
  return plan;
}

/** Counts for the preview and the sync status. */
export function summarizePlan(plan: MergePlan<Syncable>): PlanCounts {
  return {
    added: plan.added.length,
    changed: plan.changed.length,
    deleted: plan.deleted.length,
    unchanged: plan.unchanged,
    keptLocalNewer: plan.keptLocalNewer.length,
    invalid: plan.invalid.length,
  };
}

export interface PlanCounts {
  added: number;
  changed: number;
  deleted: number;
  unchanged: number;
  keptLocalNewer: number;
  invalid: number;
}
