import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ClearLaneDb } from '../../../lib/db';
import type { Ruling } from '../../../lib/db/rulings-schema';
import { countRulings, getRuling, loadAllRulings, putRulings } from '../../../lib/db/rulings-store';
import { generateRulings } from '../../../lib/sync/generate';

let db: ClearLaneDb | undefined;
afterEach(async () => {
  if (db) await db.delete();
  db = undefined;
});

const ruling = (id: string, over: Partial<Ruling> = {}): Ruling => ({
  id,
  description: 'Power bank 20000mAh',
  key: 'power bank 20000mah',
  code: '85076000',
  status: 'approved',
  hsEdition: 'HS2022',
  decidedAt: '2026-11-01T00:00:00.000Z',
  source: 'local',
  updatedAt: 1,
  ...over,
});

describe('ClearLane database', () => {
  it('opens version 2 with every table the product needs', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['decisions', 'exceptions', 'meta', 'outbox', 'products', 'rulingBuckets', 'teamRules'].sort(),
    );
  });

  it('moves the rulings of a version 1 database into buckets on upgrade', async () => {
    const name = `t-${crypto.randomUUID()}`;
    // Version 1 exactly as released: one row per ruling.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      products: 'id, site, sku, updatedAt, tier',
      rulings: 'id, key, sku, updatedAt',
      decisions: '++seq, productId, at, kind',
      exceptions: 'id, productId, status, createdAt',
      outbox: 'id, state, nextAttemptAt',
      meta: 'key',
      teamRules: 'id, updatedAt',
    });
    const old = [...generateRulings(600, 9), ruling('tomb', { deleted: true })];
    await v1.table('rulings').bulkPut(old);
    await v1.table('meta').put({ key: 'sync:status', value: { lastSource: 'x' } });
    v1.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const byId = (a: Ruling, b: Ruling) => a.id.localeCompare(b.id);
    expect((await loadAllRulings(db)).sort(byId)).toEqual([...old].sort(byId));
    expect(await countRulings(db)).toBe(601);
    expect(await getRuling(db, 'tomb')).toEqual(old.at(-1));
    expect(await db.meta.get('sync:status')).toEqual({ key: 'sync:status', value: { lastSource: 'x' } });
    // The old table is gone from the native database too, so nothing can write the old layout by mistake.
    expect(db.backendDB().objectStoreNames.contains('rulings')).toBe(false);
  });

  it('rolls back a transaction that fails halfway', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await putRulings(db, [ruling('keep')]);
    const current = db;
    await expect(
      current.transaction('rw', current.rulingBuckets, async () => {
        await putRulings(current, [ruling('new-1'), ruling('new-2')]);
        throw new Error('quota exceeded');
      }),
    ).rejects.toThrow('quota exceeded');
    expect((await loadAllRulings(current)).map((r) => r.id)).toEqual(['keep']);
  });

  it('keeps the audit log ordered by an auto-incremented sequence', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await db.decisions.add({ productId: 'p', at: 1, kind: 'fill', code: '850760' });
    await db.decisions.add({ productId: 'p', at: 2, kind: 'undo', code: '850760' });
    expect((await db.decisions.where('productId').equals('p').toArray()).map((d) => [d.seq, d.kind])).toEqual(
      [
        [1, 'fill'],
        [2, 'undo'],
      ],
    );
  });
});
