import { describe, expect, it } from 'vitest';
import type { TeamRuleRow } from '../../../lib/db/rows';
import { evaluateRules } from '../../../lib/rules/index';

const row = (over: Partial<TeamRuleRow> = {}): TeamRuleRow => ({
  id: 'magnets',
  keywords: ['neodymium magnet', 'nam châm', '磁铁'],
  effect: 'carrier-restricted',
  countries: ['SG', 'MY'],
  reason: 'Our carrier refuses strong magnets by air.',
  updatedAt: 1,
  ...over,
});

function run(title: string, teamRules: TeamRuleRow[], destinations: string[]) {
  return evaluateRules({ product: { title }, destinations, candidateCodes: [], rulings: [], teamRules });
}

describe('team rules', () => {
  it('flags team keywords like built-in ones, in any language, for the listed countries', () => {
    for (const title of ['N52 neodymium magnets 20 pcs', 'Nam châm đất hiếm', '强力磁铁 圆形']) {
      const out = run(title, [row()], ['SG', 'TH']);
      const flag = out.flags.find((f) => f.rule === 'team:magnets');
      expect(flag, title).toMatchObject({
        effect: 'carrier-restricted',
        countries: ['SG'],
        source: 'Team rule (ruling pack)',
      });
      expect(out.caps.some((c) => c.kind === 'flag' && c.detail.startsWith('team:magnets'))).toBe(true);
    }
  });

  it('applies a rule without countries to every destination and skips deleted rules', () => {
    expect(
      run('Fridge magnet', [row({ keywords: ['fridge magnet'], countries: [] })], ['PH']).flags[0]?.countries,
    ).toEqual(['PH']);
    expect(run('Neodymium magnet', [row({ deleted: true })], ['SG']).flags).toEqual([]);
    expect(run('Neodymium magnet', [row()], ['TH']).flags).toEqual([]);
  });

  it('caps the tier when a team rule is invalid instead of silently skipping it', () => {
    const broken = { ...row(), effect: 'banned' } as unknown as TeamRuleRow;
    const out = run('Neodymium magnet', [broken], ['SG']);
    expect(out.caps).toContainEqual({
      kind: 'input',
      detail: 'Team rule "magnets" is invalid and was not applied.',
    });
  });
});
