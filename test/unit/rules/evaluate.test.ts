import { describe, expect, it } from 'vitest';
import type { Ruling } from '../../../lib/db/rulings-schema';
import { evaluateRules, type RulesInput } from '../../../lib/rules/index';

const NOW = new Date('2026-11-21T00:00:00Z');
const base = (over: Partial<RulesInput>): RulesInput => ({
  product: { title: 'Silicone phone case for iPhone 15, shockproof' },
  destinations: ['SG'],
  candidateCodes: ['392690'],
  rulings: [],
  now: NOW,
  ...over,
});
const ruling = (country: string, code: string): Ruling => ({
  id: country,
  description: 'Silicone phone case',
  key: 'case phone silicone',
  code,
  country,
  status: 'approved',
  hsEdition: 'HS2022',
  decidedAt: '2026-01-01T00:00:00Z',
  source: 'local',
  updatedAt: 1,
});

describe('evaluateRules tier caps', () => {
  it('leaves a specific, unregulated item uncapped', () => {
    expect(evaluateRules(base({})).caps).toEqual([]);
  });

  it('caps on a blocking flag and says which rule', () => {
    const out = evaluateRules(base({ product: { title: 'Power bank 10000mAh slim' } }));
    expect(out.caps).toEqual([
      { kind: 'flag', detail: expect.stringContaining('power-banks: dangerous-goods in SG') },
    ]);
  });

  it('does not cap on a negated (info) flag', () => {
    const out = evaluateRules(base({ product: { title: 'Wooden wall clock, battery not included' } }));
    expect(out.flags.map((f) => f.effect)).toEqual(['info']);
    expect(out.caps).toEqual([]);
  });

  it('caps on an HS6 conflict but not on a national-only difference', () => {
    const hs6 = evaluateRules(
      base({ destinations: ['SG', 'MY'], rulings: [ruling('SG', '39269099'), ruling('MY', '39262090')] }),
    );
    expect(hs6.caps.map((c) => c.kind)).toEqual(['conflict']);
    const national = evaluateRules(
      base({ destinations: ['SG', 'MY'], rulings: [ruling('SG', '39269099'), ruling('MY', '39269010')] }),
    );
    expect(national.conflicts[0]?.severity).toBe('info');
    expect(national.caps).toEqual([]);
  });

  it('caps on a volatile destination while the note is young enough', () => {
    const young = evaluateRules(base({ destinations: ['VN'], now: new Date('2025-03-01T00:00:00Z') }));
    expect(young.caps.map((c) => c.kind)).toEqual(['regime']);
    expect(young.caps[0]?.detail).toContain('VN:');
    expect(evaluateRules(base({ destinations: ['VN'] })).caps).toEqual([]);
    expect(
      evaluateRules(base({ destinations: ['VN'], regimeMaxAgeDays: 1000 })).caps.map((c) => c.kind),
    ).toEqual(['regime']);
  });

  it('caps on a lint failure and on empty input', () => {
    expect(evaluateRules(base({ product: { title: 'Accessories' } })).caps.map((c) => c.kind)).toEqual([
      'lint',
    ]);
    expect(evaluateRules(base({ product: { title: '  ' } })).caps.map((c) => c.kind)).toContain('input');
  });

  it('reports the whole region when the seller gave no destination', () => {
    const out = evaluateRules(base({ destinations: [], product: { title: 'Disposable vape 5000 puffs' } }));
    const countriesWith = (effect: string) =>
      out.flags
        .filter((f) => f.effect === effect)
        .flatMap((f) => f.countries)
        .sort();
    expect(countriesWith('prohibited')).toEqual(['SG', 'TH', 'VN']);
    expect(countriesWith('permit')).toEqual(['ID', 'MY', 'PH']);
  });

  it('gives each flag its rule, category, keyword, countries, effect, reason and source', () => {
    const [flag] = evaluateRules(
      base({ product: { title: 'Walkie talkie 5km' }, destinations: ['TH'] }),
    ).flags;
    expect(flag).toMatchObject({
      rule: 'radio-transmitters',
      category: 'radio equipment',
      keyword: 'Walkie talkie',
      countries: ['TH'],
      effect: 'permit',
      source: expect.stringContaining('NBTC'),
    });
    expect(flag?.reason.length).toBeGreaterThan(20);
  });

  it('fires HS-prefix rules only from the leading candidates', () => {
    const flagged = (codes: string[]) =>
      evaluateRules(base({ candidateCodes: codes })).flags.some((f) => f.rule === 'lithium-batteries');
    expect(flagged(['850760'])).toBe(true);
    expect(flagged(['392690', '85076000'])).toBe(true);
    expect(flagged(['392690', '392620', '850760'])).toBe(false);
  });
});
