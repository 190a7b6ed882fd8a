import type { EntityTable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ClearLaneDb } from '../../../lib/db';
import { applyImport } from '../../../lib/sync/apply';
import { generateRulings } from '../../../lib/sync/generate';
import { parseImportText } from '../../../lib/sync/detect';
import { exportRulings } from '../../../lib/sync/export';
import { bucketOf, bucketStore, loadAllBuckets, type RulingBucketRow } from '../../../lib/sync/stores';

/**
 * The bucket layout needs a `rulingBuckets` table that lib/db does not have yet; the test adds it as a
 * later schema version, the way the lead would.
 */
type BucketDb = ClearLaneDb & { rulingBuckets: EntityTable<RulingBucketRow, 'id'> };
let db: BucketDb | undefined;
function newBucketDb(): BucketDb {
  const d = openDb(`sync-buckets-${Date.now()}-${Math.random()}`) as BucketDb;
  d.version(2).stores({ rulingBuckets: 'id' });
  db = d;
  return d;
}
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('bucket store', () => {
  it('spreads ids over a fixed number of buckets, deterministically', () => {
    const ids = generateRulings(2000, 1).map((r) => r.id);
    const buckets = new Set(ids.map((id) => bucketOf(id, 16)));
    expect(buckets.size).toBe(16);
    expect(ids.map((id) => bucketOf(id, 16))).toEqual(ids.map((id) => bucketOf(id, 16)));
  });

  it('applies adds, changes, tombstones and re-imports exactly like the row store', async () => {
    const d = newBucketDb();
    const store = bucketStore(d.rulingBuckets, 32);
    const rulings = generateRulings(1000, 2);
    expect(await applyImport(d, { rulings, source: 'a' }, { store })).toMatchObject({
      ok: true,
      counts: { added: 1000 },
    });
    expect(await d.rulingBuckets.count()).toBe(32);
    expect(await applyImport(d, { rulings, source: 'a' }, { store })).toMatchObject({
      counts: { unchanged: 1000 },
    });
    const edits = [
      { ...rulings[0]!, code: '61091000', updatedAt: rulings[0]!.updatedAt + 1 },
      { ...rulings[1]!, deleted: true, updatedAt: rulings[1]!.updatedAt + 1 },
    ];
    const res = await applyImport(d, { rulings: edits, source: 'b' }, { store });
    expect(res).toMatchObject({ ok: true, counts: { changed: 1, deleted: 1 } });
    const all = (await loadAllBuckets(d.rulingBuckets)).sort(byId);
    const expected = [edits[0]!, ...rulings.slice(2)].sort(byId);
    expect(all).toEqual(expected);
    expect(await d.rulings.count()).toBe(0); // the row table is untouched
  });

  it('exports from buckets and re-imports to the same rulings', async () => {
    const d = newBucketDb();
    const store = bucketStore(d.rulingBuckets, 16);
    const rulings = generateRulings(300, 5);
    await applyImport(d, { rulings, source: 'a' }, { store });
    const file = await exportRulings(d, { format: 'ndjson', loadAll: () => loadAllBuckets(d.rulingBuckets) });
    const parsed = await parseImportText(file.text);
    expect(parsed.rulings).toEqual(
      [...rulings].sort((a, b) => a.updatedAt - b.updatedAt || a.id.localeCompare(b.id)),
    );
    expect(await applyImport(d, { rulings: parsed.rulings, source: 'b' }, { store })).toMatchObject({
      counts: { unchanged: 300 },
    });
  });

  it('rolls back every bucket when cancelled', async () => {
    const d = newBucketDb();
    const store = bucketStore(d.rulingBuckets, 8);
    await applyImport(d, { rulings: generateRulings(200, 3), source: 'a' }, { store });
    const before = await d.rulingBuckets.toArray();
    const controller = new AbortController();
    controller.abort();
    const res = await applyImport(
      d,
      { rulings: generateRulings(500, 4), source: 'b' },
      { store, signal: controller.signal },
    );
    expect(res.ok).toBe(false);
    expect(await d.rulingBuckets.toArray()).toEqual(before);
  });
});
