import Dexie, { type EntityTable } from 'dexie';
import type { Ruling } from './rulings-schema';
import type { ProductRow, DecisionRow, ExceptionRow, OutboxRow, MetaRow, TeamRuleRow } from './rows';
import { packIntoBuckets, type RulingBucketRow } from './rulings-store';

/**
 * The one ClearLane database. Every IndexedDB access goes through this module.
 *
 * Migration pattern for later versions: never edit a released `version(n).stores()` call. Add
 * `db.version(n + 1).stores({ ...only the tables whose indexes change... }).upgrade(tx => ...)` below the
 * last one, transform rows inside `upgrade` with `tx.table(name).toCollection().modify(...)`, and add a unit
 * test that opens a database at version n with old rows and checks them after the upgrade.
 * A table that is replaced is declared `null` in the new version: Dexie deletes it only after `upgrade` has
 * run, so the upgrade can still read it through `tx.table(name)` (version 2 below).
 *
 * Versions:
 * 1. One row per ruling in `rulings`.
 * 2. Rulings move into `rulingBuckets` (lib/db/rulings-store.ts, the only module that touches them): a
 *    100k-ruling import took ~19 s as 100k rows and well under 3 s as 256 bucket rows in Chromium. The
 *    upgrade moves every stored ruling, then `rulings` is dropped so nothing can write the old layout.
 *
 * Indexes are only those real queries use.
 */
export type ClearLaneDb = Dexie & {
  products: EntityTable<ProductRow, 'id'>;
  rulingBuckets: EntityTable<RulingBucketRow, 'id'>;
  decisions: EntityTable<DecisionRow, 'seq'>;
  exceptions: EntityTable<ExceptionRow, 'id'>;
  outbox: EntityTable<OutboxRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  teamRules: EntityTable<TeamRuleRow, 'id'>;
};

export const DB_NAME = 'clearlane';

export function openDb(name: string = DB_NAME): ClearLaneDb {
  const db = new Dexie(name) as ClearLaneDb;
  db.version(1).stores({
    products: 'id, site, sku, updatedAt, tier',
    rulings: 'id, key, sku, updatedAt',
    decisions: '++seq, productId, at, kind',
    exceptions: 'id, productId, status, createdAt',
    outbox: 'id, state, nextAttemptAt',
    meta: 'key',
    teamRules: 'id, updatedAt',
  });
  db.version(2)
    .stores({ rulingBuckets: 'id, n', rulings: null })
    .upgrade(async (tx) => {
      const old = await tx.table<Ruling, string>('rulings').toArray();
      await tx.table<RulingBucketRow, string>('rulingBuckets').bulkPut(packIntoBuckets(old));
    });
  return db;
}

let shared: ClearLaneDb | undefined;
/** The database the background uses; tests open their own with `openDb(uniqueName)`. */
export function getDb(): ClearLaneDb {
  shared ??= openDb();
  return shared;
}
