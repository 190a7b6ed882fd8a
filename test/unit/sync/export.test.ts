import { describe, expect, it } from 'vitest';
import type { Ruling } from '../../../lib/db/rulings-schema';
import { applyImport } from '../../../lib/sync/apply';
import { rulingsToCsv } from '../../../lib/sync/csv-write';
import { parseImportText } from '../../../lib/sync/detect';
import { exportRulings } from '../../../lib/sync/export';
import { generateRulings } from '../../../lib/sync/generate';
import { useTestDb } from './helpers';
import { loadAllRulings } from '../../../lib/db/rulings-store';

const newDb = useTestDb();

const tricky: Ruling = {
  id: 'tricky-1',
  description: '=HYPERLINK("http://evil","click") ốp lưng, "quoted"\nsecond line',
  key: 'hyperlink',
  code: '09011100',
  country: 'VN',
  status: 'pending',
  hsEdition: 'HS2022',
  decidedAt: '2025-06-01T08:30:00.000Z',
  decidedBy: '@linh',
  note: "-5% duty; '=already quoted",
  source: 'local',
  updatedAt: Date.UTC(2025, 5, 1, 8, 30),
  extra: { 'Broker ref': '+66 2 123', Colour: 'đỏ' },
};

async function seed(): Promise<Ruling[]> {
  const { normalizeKey } = await import('../../../lib/classify/normalize');
  const rows = [...generateRulings(50, 11), { ...tricky, key: normalizeKey(tricky.description) }];
  return rows.sort((x, y) => x.updatedAt - y.updatedAt);
}

describe('export', () => {
  it.each(['json', 'ndjson', 'csv'] as const)(
    'round-trips the whole cache losslessly as %s',
    async (format) => {
      const source = newDb();
      const rulings = await seed();
      await applyImport(source, { rulings, source: 'seed' });
      const file = await exportRulings(source, { format });
      expect(file.count).toBe(rulings.length);
      const parsed = await parseImportText(file.text);
      expect(parsed.fatal).toBeNull();
      expect(parsed.invalid).toEqual([]);
      const target = newDb();
      await applyImport(target, { rulings: parsed.rulings, source: 'reimport' });
      expect(
        (await loadAllRulings(target)).sort((a, b) => a.updatedAt - b.updatedAt || a.id.localeCompare(b.id)),
      ).toEqual(rulings);
      // Importing the export back into the cache it came from changes nothing.
      const again = await applyImport(source, { rulings: parsed.rulings, source: 'self' });
      expect(again).toMatchObject({ ok: true, counts: { added: 0, changed: 0, deleted: 0 } });
    },
  );

  it('writes CSV for Excel: BOM, ISO dates, dotted codes, formula cells guarded', () => {
    const csv = rulingsToCsv([tricky]);
    expect(csv.startsWith('\uFEFFid,description,hs_code,')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"",""click"")');
    expect(csv).toContain("'-5% duty");
    expect(csv).toContain("'@linh");
    expect(csv).toContain("'+66 2 123");
    expect(csv).toContain('0901.11.00');
    expect(csv).toContain('2025-06-01T08:30:00.000Z');
    // No cell a spreadsheet would execute: every cell start after a delimiter is guarded.
    expect(csv.split(/\r\n|,/).filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('exports only own decisions since a date', async () => {
    const db = newDb();
    const rulings = generateRulings(20, 12, { baseTime: 0 }).map((r, i) => ({
      ...r,
      source: i % 2 ? 'local' : 'sync:https://team',
    }));
    await applyImport(db, { rulings, source: 'seed' });
    const since = rulings[10]!.updatedAt;
    const file = await exportRulings(db, { format: 'ndjson', ownOnly: true, since });
    const parsed = await parseImportText(file.text);
    expect(parsed.rulings.map((r) => r.id)).toEqual(
      rulings.filter((r, i) => i >= 10 && r.source === 'local').map((r) => r.id),
    );
    expect(file.filename).toMatch(/own-\d{4}-\d{2}-\d{2}\.ndjson$/);
  });
});
