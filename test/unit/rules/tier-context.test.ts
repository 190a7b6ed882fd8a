import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classify/classify';
import { loadEngineDataNode } from '../../../lib/classify/load-node';
import { RulingIndex } from '../../../lib/classify/ruling-index';
import { makeRuling } from '../../support/ruling';

const data = loadEngineDataNode();
const title = "Men's cotton t-shirt, short sleeve, knitted";
const ruling = makeRuling('r1', title, '610910', { decidedAt: '2026-06-01T00:00:00.000Z' });
const now = new Date('2026-11-21T00:00:00Z');

describe('tier context: regime note age and reused team decisions', () => {
  it('a reused team ruling to Indonesia is automatic while no regime note is young enough', () => {
    const r = classify(
      { title, destinations: ['ID'] },
      { data, rulingIndex: RulingIndex.from([ruling]), now, regimeMaxAgeDays: 30 },
    );
    expect(r.tier).toBe('auto');
  });

  it('stays automatic when the user chose a stricter engine threshold than the reuse confidence', () => {
    const r = classify(
      { title, destinations: ['ID'] },
      {
        data,
        rulingIndex: RulingIndex.from([ruling]),
        now,
        regimeMaxAgeDays: 30,
        thresholds: { high: 0.99, medium: 0.5 },
      },
    );
    expect(r.tier).toBe('auto');
    expect(r.code).toMatch(/^610910/);
  });

  it('with a longer window the Indonesian note caps the same item at review, and says so', () => {
    const r = classify(
      { title, destinations: ['ID'] },
      { data, rulingIndex: RulingIndex.from([ruling]), now, regimeMaxAgeDays: 3650 },
    );
    expect(r.tier).toBe('review');
    expect(r.capped.some((c) => c.kind === 'regime' && /ID|Indonesia/.test(c.detail))).toBe(true);
  });
});
