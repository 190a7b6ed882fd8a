import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import calibration from '../../../lib/classify/calibration.json';
import { classify } from '../../../lib/classify/classify';
import { fitRankWeights } from '../../../lib/classify/calibration';
import { buildEngineData } from '../../../lib/classify/data';
import { normalizeKey } from '../../../lib/classify/normalize';
import { RulingIndex } from '../../../lib/classify/ruling-index';
import { decideTier, longestConfidentPrefix } from '../../../lib/classify/tier';
import { ClassifyResultSchema } from '../../../lib/classify/types';
import { makeRuling } from '../../support/ruling';

// The real shipped nomenclature and index, with a small lexicon written for the test so results do not move
// when the lexicon engineers edit theirs.
const ROOT = path.resolve(__dirname, '../../..');
const read = (rel: string): unknown => JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8'));
const lexicon = {
  files: [
    {
      domain: 'test',
      entries: [
        {
          id: 't-powerbank',
          code: '850760',
          terms: { en: ['power bank'], id: ['powerbank'], vi: ['sạc dự phòng'] },
        },
        {
          id: 't-tshirt',
          code: '6109',
          terms: { en: ['t-shirt', 'tee'], id: ['kaos'], th: ['เสื้อยืด'], zh: ['T恤'] },
          refine: [{ when: ['cotton', 'katun'], code: '610910' }],
        },
        { id: 't-phone', code: '851713', terms: { en: ['phone'], zh: ['手机'] }, unless: ['case'] },
        { id: 't-phonecase', code: '392690', terms: { en: ['phone case'], zh: ['手机壳'] } },
      ],
    },
  ],
};
const data = buildEngineData({
  nomenclature: read('public/data/nomenclature.json'),
  searchIndex: read('public/data/search-index.json'),
  lexicon,
  calibration,
});

describe('classify (retrieval)', () => {
  it('returns a complete, schema-valid result', () => {
    const r = classify({ id: 'a', title: 'power bank 20000mAh', destinations: ['ID'] }, { data });
    expect(() => ClassifyResultSchema.parse(r)).not.toThrow();
    expect(r.hs6).toBe('850760');
    expect(r.candidates[0]?.source).toBe('lexicon');
    expect(r.levels.national).toBeDefined();
    expect(r.candidates.some((c) => c.code.length === 8 && c.code.startsWith('850760'))).toBe(true);
  });

  it('matches terms in Indonesian, Vietnamese without diacritics, Thai and Chinese', () => {
    expect(classify({ title: 'Powerbank murah' }, { data }).hs6).toBe('850760');
    expect(classify({ title: 'sac du phong 10000mah' }, { data }).hs6).toBe('850760');
    expect(classify({ title: 'เสื้อยืดผู้ชาย' }, { data }).hs6?.slice(0, 4)).toBe('6109');
    expect(classify({ title: '苹果手机壳' }, { data }).hs6).toBe('392690');
  });

  it('applies refine words and unless words', () => {
    expect(classify({ title: 'kaos polos katun pria' }, { data }).hs6).toBe('610910');
    expect(classify({ title: 'phone case for samsung' }, { data }).hs6).toBe('392690');
  });

  it('brings in an entry whose term the title only partly shares', () => {
    // "bank" alone is not the term "power bank": no exact hit, but the entry index still names 8507.60.
    const r = classify({ title: 'bank daya 20000mah portable' }, { data });
    expect(r.candidates.map((c) => c.code)).toContain('850760');
  });

  it('falls back to the nomenclature when the lexicon knows nothing', () => {
    const r = classify({ title: 'live horses for breeding' }, { data });
    expect(r.hs6?.slice(0, 4)).toBe('0101');
    expect(r.candidates[0]?.source).toBe('nomenclature');
  });
});

describe('team rulings', () => {
  const index = RulingIndex.from([
    makeRuling('r1', 'Ceramic flower vase 20cm', '69139000', { sku: 'VASE-01' }),
    makeRuling('r2', 'stainless steel vacuum flask', '96170010'),
  ]);

  it('reuses the decision for the same SKU and for a reordered near-duplicate title', () => {
    const bySku = classify(
      { title: 'something else entirely', sku: 'vase 01' },
      { data, rulingIndex: index },
    );
    expect(bySku.hs6).toBe('691390');
    expect(bySku.candidates[0]?.source).toBe('ruling');
    const byKey = classify({ title: 'VASE flower ceramic 20 cm' }, { data, rulingIndex: index });
    expect(byKey.hs6).toBe('691390');
    expect(byKey.tier).toBe('auto');
    expect(byKey.code).toMatch(/^691390/);
  });

  it('updates incrementally: replace and remove by id', () => {
    const idx = RulingIndex.from([makeRuling('x', 'bamboo cutting board', '44190000')]);
    expect(idx.neighbours(['bamboo', 'board'])[0]?.ruling.code).toBe('44190000');
    idx.add(makeRuling('x', 'bamboo cutting board', '44191900'));
    expect(idx.size).toBe(1);
    expect(idx.neighbours(['bamboo', 'board'])[0]?.ruling.code).toBe('44191900');
    idx.remove('x');
    expect(idx.size).toBe(0);
    expect(idx.exact(undefined, normalizeKey('bamboo cutting board'))).toBeNull();
    idx.add(makeRuling('y', 'bamboo cutting board', '44190000', { deleted: true }));
    expect(idx.size).toBe(0);
  });
});

describe('tiers', () => {
  const t = { high: 0.9, medium: 0.5 };
  it('uses two thresholds and caps at review', () => {
    expect(decideTier(0.95, t, [])).toBe('auto');
    expect(decideTier(0.95, t, [{ kind: 'flag' }])).toBe('review');
    expect(decideTier(0.6, t, [])).toBe('review');
    expect(decideTier(0.4, t, [{ kind: 'flag' }])).toBe('manual');
  });

  it('fills the longest confident prefix of at least 6 digits', () => {
    expect(longestConfidentPrefix('850760', '85076090', { hs6: 0.95, national: 0.6 }, 0.9)).toBe('850760');
    expect(longestConfidentPrefix('850760', '85076090', { hs6: 0.95, national: 0.93 }, 0.9)).toBe('85076090');
    expect(longestConfidentPrefix('850760', undefined, { hs6: 0.7 }, 0.9)).toBeNull();
  });

  it('respects thresholds passed by the caller', () => {
    const strict = classify({ title: 'power bank' }, { data, thresholds: { high: 1, medium: 0.99 } });
    expect(strict.tier).toBe('manual');
    expect(strict.code).toBeNull();
  });
});

describe('bad input', () => {
  it('empty title: manual, warning, no code', () => {
    const r = classify({ id: 'e', title: '   ' }, { data });
    expect(r.tier).toBe('manual');
    expect(r.code).toBeNull();
    expect(r.warnings.join(' ')).toMatch(/empty/);
  });

  it('unknown and malformed country codes give warnings, not errors', () => {
    const r = classify({ title: 'power bank', destinations: ['ZZ', 'ID'] }, { data, destinations: [] });
    expect(r.warnings.join(' ')).toMatch(/ZZ/);
    const bad = classify({ title: 'power bank', destinations: ['Indonesia'] }, { data });
    expect(bad.warnings.join(' ')).toMatch(/not an ISO country code/);
  });

  it('50 kB HTML description with emoji is read in time and flagged as clipped', () => {
    const description = '<p>Power bank 😀 fast charging</p>'.repeat(2000);
    const t0 = performance.now();
    const r = classify({ title: 'power bank', description }, { data });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.hs6).toBe('850760');
    expect(r.warnings.join(' ')).toMatch(/only the first/);
  });
});

describe('ranking weights fit', () => {
  // Two features; only the second separates the right candidate from the others.
  const examples = Array.from({ length: 40 }, (_, i) => ({
    codes: ['111111', '222222', '333333'],
    rows: [
      [1, 0],
      [0.5, 1],
      [0.9, 0],
    ],
    label: i % 4 === 0 ? '111111' : '222222',
  }));

  it('raises the weight of the feature that puts the right code on top', () => {
    const fitted = fitRankWeights(examples, ['a', 'b'], { a: 1, b: 0 });
    expect(fitted.weights.b).toBeGreaterThan(fitted.weights.a! - 0.5);
    const score = (x: number[]) => fitted.weights.a! * x[0]! + fitted.weights.b! * x[1]!;
    expect(score([0.5, 1])).toBeGreaterThan(score([1, 0]));
  });

  it('keeps the start when no step improves it', () => {
    const right = examples.map((e) => ({ ...e, label: '111111' }));
    expect(fitRankWeights(right, ['a', 'b'], { a: 1, b: 0 }).weights).toEqual({ a: 1, b: 0 });
  });
});
