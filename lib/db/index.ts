import Dexie, { type EntityTable } from 'dexie';
import type { Ruling } from './rulings-schema';
import type { ProductRow, DecisionRow, ExceptionRow, OutboxRow, MetaRow, TeamRuleRow } from './rows';

/**
 * The one ClearLane database. Every IndexedDB access goes through this module.
 *
 * Migration pattern for later versions: never edit a released `version(n).stores()` call. Add
 * `db.version(n + 1).stores({ ...only the tables whose indexes change... }).upgrade(tx => ...)` below the
 * last one, transform rows inside `upgrade` with `tx.table(name).toCollection().modify(...)`, and add a unit
 * test that opens a database at version n with old rows and checks them after the upgrade.
 *
 * Indexes are only those real queries use: ruling import speed depends on keeping `rulings` lean.
 */
export type ClearLaneDb = Dexie & {
  products: EntityTable<ProductRow, 'id'>;
  rulings: EntityTable<Ruling, 'id'>;
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
  return db;
}

let shared: ClearLaneDb | undefined;
/** The database the background uses; tests open their own with `openDb(uniqueName)`. */
export function getDb(): ClearLaneDb {
  shared ??= openDb();
  return shared;
}
