import { describe, expect, it, vi } from 'vitest';
import type { ClearLaneDb } from '../../../lib/db';
import type { TeamRuleRow } from '../../../lib/db/rows';
import { applyImport, previewImport } from '../../../lib/sync/apply';
import { generateRulings } from '../../../lib/sync/generate';
import { readSyncStatus } from '../../../lib/sync/status';
import { useTestDb } from './helpers';
import { countRulings, getRuling, putRulings } from '../../../lib/db/rulings-store';

const newDb = useTestDb();
const rule: TeamRuleRow = {
  id: 'vape',
  keywords: ['vape'],
  effect: 'prohibited',
  countries: ['TH'],
  reason: 'banned',
  updatedAt: 1,
};

async function snapshot(db: ClearLaneDb) {
  return { rulings: await db.rulingBuckets.toArray(), teamRules: await db.teamRules.toArray() };
}

describe('applyImport', () => {
  it('imports rulings and team rules, records status, and a second import is a no-op', async () => {
    const db = newDb();
    const rulings = generateRulings(500, 1);
    const first = await applyImport(
      db,
      { rulings, teamRules: [rule], source: 'file:a.json', checksum: 'c1' },
      { now: () => 1000 },
    );
    expect(first).toMatchObject({ ok: true, counts: { added: 501, changed: 0 } });
    expect(await countRulings(db)).toBe(500);
    expect(await db.teamRules.get('vape')).toEqual(rule);
    expect(await readSyncStatus(db)).toMatchObject({
      lastSuccessAt: 1000,
      lastSource: 'file:a.json',
      lastChecksum: 'c1',
    });
    const before = await snapshot(db);
    const again = await applyImport(db, { rulings, teamRules: [rule], source: 'file:a.json' });
    expect(again).toMatchObject({ ok: true, counts: { added: 0, changed: 0, deleted: 0, unchanged: 501 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('applies changes and tombstones, and keeps newer local decisions', async () => {
    const db = newDb();
    const [a, b, c] = generateRulings(3, 2).map((r) => r);
    if (!a || !b || !c) throw new Error('generator returned too few rulings');
    await putRulings(db, [a, b, { ...c, code: '12345678', updatedAt: c.updatedAt + 10_000 }]);
    const incoming = [
      { ...a, code: '85044090', updatedAt: a.updatedAt + 1 },
      { ...b, deleted: true, updatedAt: b.updatedAt + 1 },
      { ...c, code: '87654321' },
    ];
    const res = await applyImport(db, { rulings: incoming, source: 'test' });
    expect(res).toMatchObject({ ok: true, counts: { changed: 1, deleted: 1, keptLocalNewer: 1 } });
    expect((await getRuling(db, a.id))?.code).toBe('85044090');
    expect(await getRuling(db, b.id)).toBeUndefined();
    expect((await getRuling(db, c.id))?.code).toBe('12345678');
  });

  it('previews without writing', async () => {
    const db = newDb();
    const preview = await previewImport(db, {
      rulings: generateRulings(10, 3),
      source: 'x',
      invalid: [{ line: 4, message: 'bad' }],
    });
    expect(preview.counts).toMatchObject({ added: 10, invalid: 1 });
    expect(await countRulings(db)).toBe(0);
  });

  it('refuses input with invalid records unless allowed, writing nothing', async () => {
    const db = newDb();
    const input = { rulings: generateRulings(10, 3), source: 'x', invalid: [{ line: 4, message: 'bad' }] };
    const refused = await applyImport(db, input);
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/1 record\(s\) are invalid/) });
    expect(await countRulings(db)).toBe(0);
    expect((await readSyncStatus(db)).lastError).toMatch(/invalid/);
    expect(await applyImport(db, input, { allowInvalid: true })).toMatchObject({ ok: true });
    expect(await countRulings(db)).toBe(10);
  });

  it('reports progress up to the total', async () => {
    const db = newDb();
    const seen: number[] = [];
    await applyImport(
      db,
      { rulings: generateRulings(2500, 4), source: 'x' },
      { chunkSize: 1000, onProgress: (p) => seen.push(p.done / p.total) },
    );
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves the cache exactly as it was when cancelled midway', async () => {
    const db = newDb();
    await applyImport(db, { rulings: generateRulings(300, 5), teamRules: [rule], source: 'old' });
    const before = await snapshot(db);
    const controller = new AbortController();
    const incoming = [
      ...generateRulings(5000, 6),
      ...generateRulings(300, 5).map((r) => ({ ...r, code: '11112222', updatedAt: r.updatedAt + 1 })),
    ];
    let chunks = 0;
    const res = await applyImport(
      db,
      { rulings: incoming, source: 'new' },
      {
        chunkSize: 500,
        signal: controller.signal,
        onProgress: () => {
          if (++chunks === 3) controller.abort(); // some chunks are already written inside the transaction
        },
      },
    );
    expect(res).toEqual({ ok: false, message: 'The import was cancelled. Nothing was changed.' });
    expect(chunks).toBeGreaterThanOrEqual(3);
    expect(await snapshot(db)).toEqual(before);
    expect(await readSyncStatus(db)).toMatchObject({
      lastSource: 'new',
      lastError: expect.stringMatching(/cancelled/),
    });
  });

  it('rolls back everything on a quota error and says so plainly', async () => {
    const db = newDb();
    await applyImport(db, { rulings: generateRulings(200, 7), source: 'old' });
    const before = await snapshot(db);
    const original = db.rulingBuckets.bulkPut.bind(db.rulingBuckets);
    let calls = 0;
    vi.spyOn(db.rulingBuckets, 'bulkPut').mockImplementation(((rows: never[]) => {
      // Dexie reports quota as the inner error of an AbortError (reliability notes B.5).
      if (++calls === 3)
        return Promise.reject(
          Object.assign(new Error('aborted'), {
            name: 'AbortError',
            inner: new DOMException('full', 'QuotaExceededError'),
          }),
        );
      return original(rows);
    }) as never);
    const res = await applyImport(
      db,
      { rulings: generateRulings(4000, 8), source: 'new' },
      { chunkSize: 500 },
    );
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.message).toMatch(/not enough storage space.*Nothing was changed/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('measures a 100k-ruling import on fake-indexeddb', async () => {
    const db = newDb();
    const rulings = generateRulings(100_000, 42);
    const t = performance.now();
    const res = await applyImport(db, { rulings, source: 'bench' });
    const ms = performance.now() - t;
    const t2 = performance.now();
    const again = await applyImport(db, { rulings, source: 'bench' });
    const ms2 = performance.now() - t2;
    console.log(`fake-indexeddb: 100k import ${Math.round(ms)} ms, no-op re-import ${Math.round(ms2)} ms`);
    expect(res).toMatchObject({ ok: true, counts: { added: 100_000 } });
    expect(again).toMatchObject({ ok: true, counts: { unchanged: 100_000 } });
    expect(await countRulings(db)).toBe(100_000);
  }, 120_000);
});
