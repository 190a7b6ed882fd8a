import { describe, expect, it } from 'vitest';
import { flagTable } from '../../../bench/flags';
import type { Flag } from '../../../lib/classify/types';

const flag = (rule: string, effect: Flag['effect']): Flag => ({
  rule,
  keyword: 'k',
  countries: ['SG'],
  effect,
  reason: 'r',
});

describe('flagTable', () => {
  it('counts items per rule, separating blocking from info-only', () => {
    const table = flagTable([
      {
        text: 'power bank',
        flags: [flag('power-banks', 'dangerous-goods'), flag('lithium-batteries', 'dangerous-goods')],
      },
      { text: 'clock, battery not included', flags: [flag('lithium-batteries', 'info')] },
      { text: 'cotton shirt', flags: [] },
    ]);
    expect(table).toContain('Items: 3; flagged (blocking) by at least one rule: 1 (33.3%).');
    expect(table).toContain('| lithium-batteries | 1 | 33.3% | 1 |');
    expect(table).toContain('| power-banks | 1 | 33.3% | 0 |');
  });

  it('counts an item once per rule even with several flags for that rule', () => {
    const table = flagTable([
      { text: 'vape', flags: [flag('e-cigarettes', 'prohibited'), flag('e-cigarettes', 'permit')] },
    ]);
    expect(table).toContain('| e-cigarettes | 1 | 100.0% | 0 |');
  });
});
