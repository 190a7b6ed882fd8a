import { hash53 } from '../sync/hash';
import type { ClearLaneDb } from './index';
import type { Ruling } from './rulings-schema';

/**
 * The only module that reads or writes team rulings. They are stored in a fixed number of buckets, one
 * IndexedDB row per bucket, chosen by a hash of the ruling's stable id: IndexedDB cost is per row, not per
 * byte, so in headless Chromium 100k rulings took 16.6–24.0 s as one row each and 0.85–2.2 s as 256 bucket
 * rows (bench/RESULTS.md, "Ruling import"). Nothing needs per-ruling rows: the engine holds every ruling in
 * memory (RulingIndex) and looks them up there.
 *
 * Every function opens its own transaction, which joins the caller's when the caller already has one that
 * includes `db.rulingBuckets` (e.g. a decision written together with its audit record).
 */
export const RULING_BUCKETS = 256;

/** `n` always equals `rulings.length`; it is indexed so counting reads 256 index keys, not every ruling. */
export interface RulingBucketRow {
  id: string; // "b000".."b255"
  n: number;
  rulings: Ruling[];
}

/** Changing the bucket count needs a schema version whose upgrade rebuckets every ruling. */
export function bucketOf(id: string, buckets = RULING_BUCKETS): string {
  return `b${String(hash53(id, 3) % buckets).padStart(3, '0')}`;
}

/** Rulings grouped by bucket id, as stored. */
export type LoadedBuckets = Map<string, Map<string, Ruling>>;

/** Bucket rows for a full set of rulings, e.g. the version 2 upgrade moving the old one-row-per-ruling table. */
export function packIntoBuckets(rulings: readonly Ruling[]): RulingBucketRow[] {
  const grouped = new Map<string, Ruling[]>();
  for (const r of rulings) {
    const b = bucketOf(r.id);
    const list = grouped.get(b);
    if (list) list.push(r);
    else grouped.set(b, [r]);
  }
  return [...grouped].map(([id, list]) => ({ id, n: list.length, rulings: list }));
}

/**
 * The buckets that hold (or would hold) `ids`, each present in the result even when it has no row yet, so
 * `writeRulings` can tell "empty" from "not read". When most buckets are wanted one getAll is cheaper.
 */
export async function loadBuckets(db: ClearLaneDb, ids: readonly string[]): Promise<LoadedBuckets> {
  const wanted = [...new Set(ids.map((id) => bucketOf(id)))];
  if (wanted.length === 0) return new Map();
  return db.transaction('r', db.rulingBuckets, async () => {
    const rows =
      wanted.length * 2 > RULING_BUCKETS
        ? await db.rulingBuckets.toArray()
        : await db.rulingBuckets.bulkGet(wanted);
    const loaded: LoadedBuckets = new Map(wanted.map((b) => [b, new Map()]));
    for (const row of rows) if (row) loaded.set(row.id, new Map(row.rulings.map((r) => [r.id, r])));
    return loaded;
  });
}

/** The rulings among `loaded` with the ids given, by id. */
export function getRulingsFrom(loaded: LoadedBuckets, ids: readonly string[]): Map<string, Ruling> {
  const byId = new Map<string, Ruling>();
  for (const id of ids) {
    const r = loaded.get(bucketOf(id))?.get(id);
    if (r) byId.set(id, r);
  }
  return byId;
}

/** Stored rulings by id, for the ids given (missing ids are simply absent). */
export async function getRulings(db: ClearLaneDb, ids: readonly string[]): Promise<Map<string, Ruling>> {
  return getRulingsFrom(await loadBuckets(db, ids), ids);
}

export async function getRuling(db: ClearLaneDb, id: string): Promise<Ruling | undefined> {
  return (await getRulings(db, [id])).get(id);
}

/** Every stored ruling, e.g. to build the engine's RulingIndex or to export. */
export async function loadAllRulings(db: ClearLaneDb): Promise<Ruling[]> {
  return (await db.rulingBuckets.toArray()).flatMap((b) => b.rulings);
}

/** Number of stored rulings (tombstones included, as they are stored records), not of buckets. */
export async function countRulings(db: ClearLaneDb): Promise<number> {
  const sizes = (await db.rulingBuckets.orderBy('n').keys()) as number[];
  return sizes.reduce((a, b) => a + b, 0);
}

export async function clearRulings(db: ClearLaneDb): Promise<void> {
  await db.rulingBuckets.clear();
}

export interface WriteOptions {
  /** Bucket rows per bulkPut; several smaller puts let progress move and cost almost nothing extra. */
  chunk?: number;
  /** Called with the number of rulings each settled write covered. */
  tick?: (n: number) => void;
}

/**
 * Put and delete rulings by id, merging into `loaded` (from `loadBuckets` over the same ids, in the same
 * transaction, so a bucket is rewritten from what it holds at commit time). Returns the pending writes so an
 * import can issue them together with its other writes; `putRulings` awaits them for the simple case.
 */
export function writeRulings(
  db: ClearLaneDb,
  puts: readonly Ruling[],
  deletes: readonly string[],
  loaded: LoadedBuckets,
  { chunk = 32, tick }: WriteOptions = {},
): Promise<unknown>[] {
  const touched: LoadedBuckets = new Map();
  const counted = new Map<string, number>();
  const bucket = (id: string) => {
    const b = bucketOf(id);
    counted.set(b, (counted.get(b) ?? 0) + 1);
    let m = touched.get(b);
    if (!m) {
      const stored = loaded.get(b);
      // Writing a bucket that was never read would drop the rulings it already holds.
      if (!stored) throw new Error(`ruling bucket ${b} was not loaded before writing`);
      touched.set(b, (m = new Map(stored)));
    }
    return m;
  };
  for (const r of puts) bucket(r.id).set(r.id, r);
  for (const id of deletes) bucket(id).delete(id);
  const full: RulingBucketRow[] = [];
  const empty: string[] = [];
  for (const [id, m] of touched) {
    if (m.size === 0) empty.push(id);
    else full.push({ id, n: m.size, rulings: [...m.values()] });
  }
  const table = db.rulingBuckets;
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < full.length; i += chunk) {
    const part = full.slice(i, i + chunk);
    const n = part.reduce((a, row) => a + (counted.get(row.id) ?? 0), 0);
    pending.push(table.bulkPut(part).then(() => tick?.(n)));
  }
  if (empty.length > 0) {
    const n = empty.reduce((a, id) => a + (counted.get(id) ?? 0), 0);
    pending.push(table.bulkDelete(empty).then(() => tick?.(n)));
  }
  return pending;
}

/** Read the touched buckets, merge, write back: all in one transaction (or the caller's). */
export async function putRulings(
  db: ClearLaneDb,
  puts: readonly Ruling[],
  deletes: readonly string[] = [],
): Promise<void> {
  await db.transaction('rw', db.rulingBuckets, async () => {
    const loaded = await loadBuckets(db, [...puts.map((r) => r.id), ...deletes]);
    await Promise.all(writeRulings(db, puts, deletes, loaded));
  });
}
