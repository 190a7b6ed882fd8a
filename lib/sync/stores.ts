import type { EntityTable } from 'dexie';
import type { Ruling } from '../db/rulings-schema';
import { loadOverlapping } from './existing';
import { hash53 } from './hash';

/**
 * Where imported rulings are written. `rowStore` is today's `rulings` table, one IndexedDB row per ruling.
 * `bucketStore` packs rulings into a fixed number of buckets chosen by a hash of the stable id, one row per
 * bucket: measured in headless Chromium on this machine, 100k rulings took 8.7–9.0 s as 100k raw IDB puts
 * (14.3–14.8 s through Dexie) but 0.37–0.48 s as 100–250 bucket rows, because IndexedDB cost is per row, not
 * per byte. The engine holds every ruling in memory anyway (RulingIndex), so nothing needs per-ruling rows.
 */
export interface RulingStore {
  /** Table name, for the transaction scope. */
  tableName: string;
  load(ids: readonly string[]): Promise<Map<string, Ruling>>;
  /** Issue all writes at once; `tick` counts rulings as they land. */
  write(puts: Ruling[], deletes: string[], chunk: number, tick: (n: number) => void): Promise<unknown>[];
}

export interface RulingBucketRow {
  id: string; // "b000".."bNNN"
  rulings: Ruling[];
}

export function rowStore(table: EntityTable<Ruling, 'id'>): RulingStore {
  return {
    tableName: table.name,
    load: (ids) => loadOverlapping(table, ids),
    write(puts, deletes, chunk, tick) {
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < puts.length; i += chunk) {
        const part = puts.slice(i, i + chunk);
        pending.push(table.bulkPut(part).then(() => tick(part.length)));
      }
      pending.push(table.bulkDelete(deletes).then(() => tick(deletes.length)));
      return pending;
    },
  };
}

export const DEFAULT_BUCKETS = 256;

export function bucketOf(id: string, buckets = DEFAULT_BUCKETS): string {
  return `b${String(hash53(id, 3) % buckets).padStart(3, '0')}`;
}

/** All rulings in a bucket table, e.g. to build the engine's RulingIndex at start-up. */
export async function loadAllBuckets(table: EntityTable<RulingBucketRow, 'id'>): Promise<Ruling[]> {
  return (await table.toArray()).flatMap((b) => b.rulings);
}

export function bucketStore(
  table: EntityTable<RulingBucketRow, 'id'>,
  buckets = DEFAULT_BUCKETS,
): RulingStore {
  // Buckets read by `load` are reused by `write` in the same transaction, so each is read once.
  let loaded = new Map<string, Map<string, Ruling>>();
  return {
    tableName: table.name,
    async load(ids) {
      const wanted = [...new Set(ids.map((id) => bucketOf(id, buckets)))];
      const rows = wanted.length * 2 > buckets ? await table.toArray() : await table.bulkGet(wanted);
      loaded = new Map();
      const byId = new Map<string, Ruling>();
      for (const row of rows) {
        if (!row) continue;
        loaded.set(row.id, new Map(row.rulings.map((r) => [r.id, r])));
        for (const r of row.rulings) byId.set(r.id, r);
      }
      return byId;
    },
    write(puts, deletes, _chunk, tick) {
      const touched = new Map<string, Map<string, Ruling>>();
      const bucket = (id: string) => {
        const b = bucketOf(id, buckets);
        const m = touched.get(b) ?? new Map(loaded.get(b));
        touched.set(b, m);
        return m;
      };
      for (const r of puts) bucket(r.id).set(r.id, r);
      for (const id of deletes) bucket(id).delete(id);
      const rows = [...touched].map(([id, m]) => ({ id, rulings: [...m.values()] }));
      const empty = rows.filter((r) => r.rulings.length === 0).map((r) => r.id);
      const full = rows.filter((r) => r.rulings.length > 0);
      return [
        table.bulkPut(full).then(() => tick(puts.length)),
        table.bulkDelete(empty).then(() => tick(deletes.length)),
      ];
    },
  };
}
