import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ClearLaneDb } from '../../../lib/db';
import type { Ruling } from '../../../lib/db/rulings-schema';

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
  it('opens version 1 with every table the product needs', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['decisions', 'exceptions', 'meta', 'outbox', 'products', 'rulings', 'teamRules'].sort(),
    );
  });

  it('finds rulings by normalized key and SKU through indexes', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await db.rulings.bulkPut([ruling('a', { sku: 'PB-20K' }), ruling('b', { key: 'phone case', code: '392690' })]);
    expect((await db.rulings.where('key').equals('power bank 20000mah').toArray()).map((r) => r.id)).toEqual(['a']);
    expect((await db.rulings.where('sku').equals('PB-20K').first())?.id).toBe('a');
  });

  it('rolls back a transaction that fails halfway', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await db.rulings.put(ruling('keep'));
    const current = db;
    await expect(
      current.transaction('rw', current.rulings, async () => {
        await current.rulings.bulkPut([ruling('new-1'), ruling('new-2')]);
        throw new Error('quota exceeded');
      }),
    ).rejects.toThrow('quota exceeded');
    expect(await current.rulings.toCollection().primaryKeys()).toEqual(['keep']);
  });

  it('keeps the audit log ordered by an auto-incremented sequence', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await db.decisions.add({ productId: 'p', at: 1, kind: 'fill', code: '850760' });
    await db.decisions.add({ productId: 'p', at: 2, kind: 'undo', code: '850760' });
    expect((await db.decisions.where('productId').equals('p').toArray()).map((d) => [d.seq, d.kind])).toEqual([
      [1, 'fill'],
      [2, 'undo'],
    ]);
  });

});
