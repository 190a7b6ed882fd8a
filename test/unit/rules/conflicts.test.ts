import { describe, expect, it } from 'vitest';
import type { Ruling } from '../../../lib/db/rulings-schema';
import { differenceLevel, findConflicts } from '../../../lib/rules/conflicts';

function ruling(country: string | undefined, code: string, over: Partial<Ruling> = {}): Ruling {
  return {
    id: `${country}-${code}`,
    description: 'Silicone phone case for iPhone 15',
    key: 'case iphone phone silicone',
    code,
    ...(country ? { country } : {}),
    status: 'approved',
    hsEdition: 'HS2022',
    decidedAt: '2026-03-01T00:00:00Z',
    source: 'local',
    updatedAt: 1,
    ...over,
  };
}

describe('differenceLevel', () => {
  it('ranks differences by the highest digit level that differs', () => {
    expect(differenceLevel('39269099', '42023900')).toBe('hs4');
    expect(differenceLevel('39269099', '39262090')).toBe('hs6');
    expect(differenceLevel('39269099', '39269010')).toBe('national');
    expect(differenceLevel('392690', '39269099')).toBeUndefined();
  });
});

describe('findConflicts', () => {
  it('reports a severe conflict when destinations disagree at HS4, with every ruling listed', () => {
    const conflicts = findConflicts([ruling('SG', '39269099'), ruling('ID', '42023900')], ['SG', 'ID']);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ level: 'hs4', severity: 'severe' });
    expect(conflicts[0]!.rulings.map((r) => [r.country, r.code, r.status, r.decidedAt, r.source])).toEqual([
      ['SG', '39269099', 'approved', '2026-03-01T00:00:00Z', 'local'],
      ['ID', '42023900', 'approved', '2026-03-01T00:00:00Z', 'local'],
    ]);
    expect(conflicts[0]!.rulings[0]!.description).toContain('phone case');
  });

  it('reports an HS6 conflict and a national-only difference as info', () => {
    expect(
      findConflicts([ruling('SG', '39269099'), ruling('MY', '39262090')], ['SG', 'MY'])[0],
    ).toMatchObject({
      level: 'hs6',
      severity: 'conflict',
    });
    expect(
      findConflicts([ruling('SG', '39269099'), ruling('MY', '39269010')], ['SG', 'MY'])[0],
    ).toMatchObject({
      level: 'national',
      severity: 'info',
    });
  });

  it('ignores agreeing, rejected, deleted and off-route rulings', () => {
    expect(findConflicts([ruling('SG', '39269099'), ruling('MY', '39269099')], ['SG', 'MY'])).toEqual([]);
    expect(
      findConflicts(
        [ruling('SG', '39269099'), ruling('MY', '42023900', { status: 'rejected' })],
        ['SG', 'MY'],
      ),
    ).toEqual([]);
    expect(
      findConflicts([ruling('SG', '39269099'), ruling('MY', '42023900', { deleted: true })], ['SG', 'MY']),
    ).toEqual([]);
    expect(findConflicts([ruling('SG', '39269099'), ruling('TH', '42023900')], ['SG', 'MY'])).toEqual([]);
  });

  it('lets an approved ruling speak for its country over a newer pending one', () => {
    const rulings = [
      ruling('SG', '39269099'),
      ruling('SG', '42023900', { status: 'pending', decidedAt: '2026-06-01T00:00:00Z' }),
      ruling('MY', '39269099'),
    ];
    expect(findConflicts(rulings, ['SG', 'MY'])).toEqual([]);
  });

  it('compares a country-less ruling with the destinations', () => {
    const conflicts = findConflicts([ruling(undefined, '42023900'), ruling('VN', '39269099')], ['VN']);
    expect(conflicts[0]?.rulings.map((r) => r.country)).toEqual(['any', 'VN']);
  });
});
