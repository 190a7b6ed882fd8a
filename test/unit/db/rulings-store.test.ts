import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ClearLaneDb } from '../../../lib/db';
import {
  bucketOf,
  clearRulings,
  countRulings,
  getRuling,
  getRulings,
  loadAllRulings,
  loadBuckets,
  putRulings,
  RULING_BUCKETS,
  writeRulings,
} from '../../../lib/db/rulings-store';
import { applyImport } from '../../../lib/sync/apply';
import { parseImportText } from '../../../lib/sync/detect';
import { exportRulings } from '../../../lib/sync/export';
import { generateRulings } from '../../../lib/sync/generate';

let db: ClearLaneDb | undefined;
function newDb(): ClearLaneDb {
  db = openDb(`rulings-store-${crypto.randomUUID()}`);
  return db;
}
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('ruling store (buckets)', () => {
  it('spreads ids over a fixed number of buckets, deterministically', () => {
    const ids = generateRulings(4000, 1).map((r) => r.id);
    expect(new Set(ids.map((id) => bucketOf(id))).size).toBe(RULING_BUCKETS);
    expect(new Set(ids.map((id) => bucketOf(id, 16))).size).toBe(16);
    expect(ids.map((id) => bucketOf(id))).toEqual(ids.map((id) => bucketOf(id)));
  });

  it('puts, gets, counts rulings (not buckets) and clears', async () => {
    const d = newDb();
    const rulings = generateRulings(1000, 2);
    await putRulings(d, rulings);
    expect(await countRulings(d)).toBe(1000);
    expect(await d.rulingBuckets.count()).toBeLessThanOrEqual(RULING_BUCKETS);
    expect((await loadAllRulings(d)).sort(byId)).toEqual([...rulings].sort(byId));
    expect(await getRuling(d, rulings[7]!.id)).toEqual(rulings[7]);
    expect(await getRuling(d, 'nope')).toBeUndefined();

    const changed = { ...rulings[0]!, code: '61091000' };
    await putRulings(d, [changed], [rulings[1]!.id]);
    expect(await countRulings(d)).toBe(999);
    expect(await getRulings(d, [rulings[0]!.id, rulings[1]!.id])).toEqual(new Map([[changed.id, changed]]));

    await clearRulings(d);
    expect(await countRulings(d)).toBe(0);
    expect(await loadAllRulings(d)).toEqual([]);
  });

  it('removes a bucket row once its last ruling is deleted', async () => {
    const d = newDb();
    const [a] = generateRulings(1, 3);
    await putRulings(d, [a!]);
    expect(await d.rulingBuckets.count()).toBe(1);
    await putRulings(d, [], [a!.id]);
    expect(await d.rulingBuckets.count()).toBe(0);
  });

  it('refuses to write a bucket that was not read first, instead of dropping what it holds', async () => {
    const d = newDb();
    const [a] = generateRulings(1, 4);
    expect(() => writeRulings(d, [a!], [], new Map())).toThrow(/not loaded/);
    const loaded = await loadBuckets(d, [a!.id]);
    await Promise.all(writeRulings(d, [a!], [], loaded));
    expect(await countRulings(d)).toBe(1);
  });

  it('applies imports with adds, changes, tombstones and a no-op re-import', async () => {
    const d = newDb();
    const rulings = generateRulings(1000, 2);
    expect(await applyImport(d, { rulings, source: 'a' })).toMatchObject({
      ok: true,
      counts: { added: 1000 },
    });
    const stored = await d.rulingBuckets.toArray();
    expect(await applyImport(d, { rulings, source: 'a' })).toMatchObject({ counts: { unchanged: 1000 } });
    expect(await d.rulingBuckets.toArray()).toEqual(stored);
    const edits = [
      { ...rulings[0]!, code: '61091000', updatedAt: rulings[0]!.updatedAt + 1 },
      { ...rulings[1]!, deleted: true, updatedAt: rulings[1]!.updatedAt + 1 },
    ];
    const res = await applyImport(d, { rulings: edits, source: 'b' });
    expect(res).toMatchObject({ ok: true, counts: { changed: 1, deleted: 1 } });
    expect((await loadAllRulings(d)).sort(byId)).toEqual([edits[0]!, ...rulings.slice(2)].sort(byId));
    expect(await countRulings(d)).toBe(999);
  });

  it('exports from buckets and re-imports to the same rulings', async () => {
    const d = newDb();
    const rulings = generateRulings(300, 5);
    await applyImport(d, { rulings, source: 'a' });
    const file = await exportRulings(d, { format: 'ndjson' });
    const parsed = await parseImportText(file.text);
    expect(parsed.rulings).toEqual(
      [...rulings].sort((a, b) => a.updatedAt - b.updatedAt || a.id.localeCompare(b.id)),
    );
    expect(await applyImport(d, { rulings: parsed.rulings, source: 'b' })).toMatchObject({
      counts: { unchanged: 300 },
    });
  });

  it('rolls back every bucket when cancelled', async () => {
    const d = newDb();
    await applyImport(d, { rulings: generateRulings(200, 3), source: 'a' });
    const before = await d.rulingBuckets.toArray();
    const controller = new AbortController();
    controller.abort();
    const res = await applyImport(
      d,
      { rulings: generateRulings(500, 4), source: 'b' },
      { signal: controller.signal },
    );
    expect(res.ok).toBe(false);
    expect(await d.rulingBuckets.toArray()).toEqual(before);
  });
});
