import type { EntityTable, IDType } from 'dexie';

/**
 * Load the stored rows an import touches. Reading every whole row of a 100k cache costs more than the
 * import itself, so only the primary keys are read first; whole rows are fetched only for ids that overlap,
 * and when most of the table overlaps, one getAll is cheaper than many keyed gets.
 */
export async function loadOverlapping<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  incomingIds: readonly string[],
): Promise<Map<string, T>> {
  // The team-rule table is keyed by string ids (lib/db), which Dexie's generics cannot infer here.
  const keys = (await table.toCollection().primaryKeys()) as unknown as string[];
  if (keys.length === 0) return new Map();
  const stored = new Set(keys);
  const overlap = incomingIds.filter((id) => stored.has(id));
  if (overlap.length === 0) return new Map();
  const rows =
    overlap.length * 4 > keys.length
      ? await table.toArray()
      : await table.bulkGet(overlap as IDType<T, 'id'>[]);
  const byId = new Map<string, T>();
  for (const row of rows) if (row) byId.set(row.id, row);
  return byId;
}
