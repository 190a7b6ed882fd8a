import { describe, expect, it } from 'vitest';
import type { TeamRuleRow } from '../../../lib/db/rows';
import { generateRulings } from '../../../lib/sync/generate';
import {
  buildPack,
  parsePackJson,
  parsePackNdjson,
  serializePackJson,
  serializePackNdjson,
} from '../../../lib/sync/pack';
import { detectFormat } from '../../../lib/sync/detect';

const rule: TeamRuleRow = {
  id: 'no-vapes',
  keywords: ['vape', 'thuốc lá điện tử'],
  effect: 'prohibited',
  countries: ['TH', 'SG'],
  reason: 'E-cigarettes are banned in Thailand and Singapore',
  updatedAt: 5,
};

async function samplePack() {
  return buildPack(generateRulings(20, 3), [rule], { source: 'team-a', now: Date.UTC(2026, 0, 1) });
}

describe('ruling pack v1', () => {
  it('round-trips as JSON and as NDJSON with a verified checksum', async () => {
    const pack = await samplePack();
    expect(pack.header).toMatchObject({
      format: 'clearlane-rulings',
      version: 1,
      count: 21,
      source: 'team-a',
    });
    for (const parsed of [
      await parsePackJson(serializePackJson(pack)),
      await parsePackNdjson(serializePackNdjson(pack)),
    ]) {
      expect(parsed.fatal).toBeNull();
      expect(parsed.errors).toEqual([]);
      expect(parsed.rulings).toEqual(pack.rulings);
      expect(parsed.teamRules).toEqual([rule]);
    }
  });

  it('detects JSON, NDJSON and CSV by content', async () => {
    const pack = await samplePack();
    expect(detectFormat(serializePackJson(pack))).toBe('json-pack');
    expect(detectFormat(JSON.stringify(JSON.parse(serializePackJson(pack)), null, 2))).toBe('json-pack');
    expect(detectFormat(serializePackNdjson(pack))).toBe('ndjson-pack');
    expect(detectFormat('\uFEFFdescription,hs_code\nmug,6912\n')).toBe('csv');
  });

  it('rejects a pack whose records were edited (checksum)', async () => {
    const pack = await samplePack();
    const tampered = serializePackJson(pack).replace(pack.rulings[4]!.code, '99999999');
    const parsed = await parsePackJson(tampered);
    expect(parsed.fatal).toMatch(/checksum/);
  });

  it('rejects a truncated NDJSON pack (count)', async () => {
    const lines = serializePackNdjson(await samplePack())
      .trim()
      .split('\n');
    const parsed = await parsePackNdjson(lines.slice(0, -3).join('\n'));
    expect(parsed.fatal).toMatch(/holds 21 records but contains 18/);
  });

  it('names invalid records by NDJSON line and JSON record number', async () => {
    const bad = { ...generateRulings(1, 9)[0]!, code: '85.07' };
    const pack = await buildPack([...generateRulings(2, 8), bad as never], []);
    const nd = await parsePackNdjson(serializePackNdjson(pack));
    expect(nd.errors).toEqual([{ line: 4, message: expect.stringMatching(/invalid ruling: code/) }]);
    expect(nd.rulings).toHaveLength(2);
    const js = await parsePackJson(serializePackJson(pack));
    expect(js.errors).toEqual([{ record: 3, message: expect.stringMatching(/code/) }]);
  });

  it('refuses files that are not packs, with a plain reason', async () => {
    expect((await parsePackJson('{"rulings": []}')).fatal).toMatch(/not a ClearLane ruling pack/);
    expect((await parsePackJson('{oops')).fatal).toMatch(/not valid JSON/);
    const header = JSON.stringify({ ...(await samplePack()).header, version: 2 });
    expect((await parsePackNdjson(`${header}\n`)).fatal).toMatch(/no ClearLane pack header/);
    expect((await parsePackNdjson(`${header}\n`)).errors[0]).toMatchObject({ line: 1 });
  });

  it('reports a line that is not JSON and imports nothing', async () => {
    const text = serializePackNdjson(await samplePack()).replace(/\n[^\n]+\n/, '\n{not json\n');
    const parsed = await parsePackNdjson(text);
    expect(parsed.fatal).toMatch(/not JSON/);
    expect(parsed.errors).toEqual([{ line: 2, message: 'not valid JSON' }]);
    expect(parsed.rulings).toEqual([]);
  });
});
