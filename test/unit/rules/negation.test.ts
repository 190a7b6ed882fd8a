import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../lib/rules/index';
import { ruleFlag } from './helpers';

/** Negated mentions: the flag stays visible but drops to info. */
const NEGATED: [string, string, string][] = [
  ['en', 'RC car, batteries not included', 'lithium-batteries'],
  ['en', 'Wall clock (battery not included)', 'lithium-batteries'],
  ['en', 'Toy robot without battery', 'lithium-batteries'],
  ['en', 'Alcohol-free toner for sensitive skin', 'alcohol'],
  ['id', 'Mainan mobil remote tanpa baterai', 'lithium-batteries'],
  ['id', 'Jam dinding, baterai tidak termasuk', 'lithium-batteries'],
  ['ms', 'Jam loceng tanpa bateri', 'lithium-batteries'],
  ['vi', 'Xe điều khiển không kèm pin', 'lithium-batteries'],
  ['vi', 'xe dieu khien khong kem pin', 'lithium-batteries'],
  ['th', 'รถบังคับ ไม่มีแบตเตอรี่', 'lithium-batteries'],
  ['zh', '遥控车 不含电池', 'lithium-batteries'],
  ['tl', 'Laruang kotse walang baterya', 'lithium-batteries'],
];

/** Cues that are not negations of the keyword: another clause, too far away, or "free shipping". */
const NOT_NEGATED: [string, string][] = [
  ['Lithium battery 3000mAh, charger not included', 'lithium-batteries'],
  ['Lithium battery free shipping', 'lithium-batteries'],
  ['No-slip grip handle with built in rechargeable lithium battery', 'lithium-batteries'],
  ['Model no 5521 battery pack for drill', 'lithium-batteries'],
  ['Tai nghe không dây có pin sạc', 'lithium-batteries'],
  ['Spare battery included; no charger', 'lithium-batteries'],
];

describe('negation', () => {
  it.each(NEGATED)('%s: "%s" lowers %s to info and keeps it visible', (_lang, title, rule) => {
    const flag = ruleFlag(title, rule);
    expect(flag).toBeDefined();
    expect(flag?.effect).toBe('info');
    expect(flag?.negated).toBe(true);
  });

  it.each(NOT_NEGATED)('"%s" keeps %s blocking', (title, rule) => {
    const flag = ruleFlag(title, rule);
    expect(flag?.effect).toBe('dangerous-goods');
    expect(flag?.negated).toBeUndefined();
  });

  it('keeps the flag when one mention is negated and another is not', () => {
    expect(
      ruleFlag('Without battery case. Includes lithium battery 2000mAh', 'lithium-batteries')?.effect,
    ).toBe('dangerous-goods');
  });

  it('lets an HS candidate override a negated mention', () => {
    const flag = ruleFlag('Cells, battery not included', 'lithium-batteries', ['SG']);
    expect(flag?.effect).toBe('info');
    const withCode = evaluateWithCode('Cells, battery not included', '850760');
    expect(withCode?.effect).toBe('dangerous-goods');
  });
});

function evaluateWithCode(title: string, code: string) {
  return evaluateRules({
    product: { title },
    destinations: ['SG'],
    candidateCodes: [code],
    rulings: [],
  }).flags.find((f) => f.rule === 'lithium-batteries');
}
