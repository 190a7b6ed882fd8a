import { describe, expect, it } from 'vitest';
import type { Ruling } from '../../../lib/db/rulings-schema';
import { planMerge, sameContent } from '../../../lib/sync/merge';

const base: Ruling = {
  id: 'r1',
  description: 'power bank',
  key: 'bank power',
  code: '85076000',
  status: 'approved',
  hsEdition: 'HS2022',
  decidedAt: '2025-01-01T00:00:00.000Z',
  source: 'local',
  updatedAt: 100,
};
const at = (r: Partial<Ruling>): Ruling => ({ ...base, ...r });
const mapOf = (...rs: Ruling[]) => new Map(rs.map((r) => [r.id, r]));

describe('planMerge', () => {
  it('adds records that are new', () => {
    const plan = planMerge([at({ id: 'a' })], mapOf());
    expect(plan.added.map((r) => r.id)).toEqual(['a']);
  });

  it('replaces a record when the incoming one is newer', () => {
    const plan = planMerge([at({ code: '85076090', updatedAt: 200 })], mapOf(base));
    expect(plan.changed.map((r) => r.code)).toEqual(['85076090']);
  });

  it('keeps and reports a newer local decision', () => {
    const local = at({ code: '85044090', updatedAt: 300 });
    const plan = planMerge([at({ updatedAt: 200 })], mapOf(local));
    expect(plan.changed).toEqual([]);
    expect(plan.keptLocalNewer).toEqual([{ local, incoming: at({ updatedAt: 200 }) }]);
  });

  it('deletes on a newer tombstone, but not over a newer local edit', () => {
    expect(planMerge([at({ deleted: true, updatedAt: 200 })], mapOf(base)).deleted).toEqual(['r1']);
    const kept = planMerge([at({ deleted: true, updatedAt: 50 })], mapOf(base));
    expect(kept.deleted).toEqual([]);
    expect(kept.keptLocalNewer).toHaveLength(1);
  });

  it('ignores a tombstone for a record it does not hold', () => {
    const plan = planMerge([at({ id: 'gone', deleted: true })], mapOf(base));
    expect(plan).toMatchObject({ added: [], deleted: [], unchanged: 1 });
  });

  it('is a no-op when the same data is imported again, whatever the timestamps and provenance', () => {
    const again = at({ updatedAt: 999, source: 'sync:https://x', decidedAt: '2026-01-01T00:00:00.000Z' });
    const plan = planMerge([again], mapOf(base));
    expect(plan).toMatchObject({ added: [], changed: [], deleted: [], unchanged: 1, keptLocalNewer: [] });
  });

  it('lets the shared source win a tie so every member converges', () => {
    expect(planMerge([at({ code: '85076090' })], mapOf(base)).changed).toHaveLength(1);
  });

  it('uses the newest of duplicate ids within one import and reports the duplicate', () => {
    const plan = planMerge(
      [at({ id: 'd', updatedAt: 5, code: '1111' }), at({ id: 'd', updatedAt: 9, code: '2222' })],
      mapOf(),
    );
    expect(plan.added.map((r) => r.code)).toEqual(['2222']);
    expect(plan.invalid).toEqual([{ record: 2, message: expect.stringContaining('more than once') }]);
  });

  it('passes parse errors through as invalid', () => {
    const plan = planMerge([], mapOf(), { invalid: [{ line: 3, message: 'bad' }] });
    expect(plan.invalid).toEqual([{ line: 3, message: 'bad' }]);
  });
});

describe('sameContent', () => {
  it('treats a missing optional field like undefined and compares extra data deeply', () => {
    expect(sameContent(at({ note: undefined }), base)).toBe(true);
    expect(sameContent(at({ extra: { a: '1' } }), at({ extra: { a: '1' } }))).toBe(true);
    expect(sameContent(at({ extra: { a: '1' } }), at({ extra: { a: '2' } }))).toBe(false);
    expect(sameContent(at({ note: 'x' }), base)).toBe(false);
  });
});
