import { describe, expect, it } from 'vitest';
import { generateRulings } from '../../../lib/sync/generate';
import {
  canonicalJson,
  canonicalJsonReference,
  packChecksum,
  sha256Hex,
  sha256HexOfLines,
} from '../../../lib/sync/hash';

/** Pack checksums are computed over canonicalJson: every byte of it must stay as it always was. */
const varied: unknown[] = [
  ...generateRulings(50, 9),
  { b: 1, a: 2, c: { z: [3, { y: 1, x: 'é' }], a: null } },
  { ü: 'Đèn bàn', a: '💡 lamp', A: '\u0000\u2028"quoted"\\', '10': 1, '9': 2, '': 'empty key' },
  { nested: { deeper: { deepest: { k2: [1, [2, [3]]], k1: true } } }, arr: [{ b: 1, a: 1 }, null] },
  { undef: undefined, fn: () => 1, keep: 0, neg: -0, big: 1e21, small: 5e-7, frac: 0.1 + 0.2 },
  { arr: [undefined, () => 1, Symbol('s'), NaN, Infinity] },
  { d: new Date(0), m: new Map([[1, 2]]) },
  { toJSON: () => 'custom', a: 1 },
  JSON.parse('{"__proto__":{"x":1},"a":1}'),
  JSON.parse('{"b":{"__proto__":5},"a":1}'),
  Object.assign(Object.create(null), { b: 2, a: 1 }),
  [3, 'x', { b: 1, a: 2 }],
  'plain string',
  42,
  null,
  true,
];

describe('canonicalJson', () => {
  it('gives the same bytes as the reference definition on varied records', () => {
    for (const v of varied) expect(canonicalJson(v)).toBe(canonicalJsonReference(v));
  });

  it('sorts keys whatever order they arrive in, records with different key orders in a row', () => {
    const a = { id: 'x', code: '9405', extra: { b: '1', a: '2' } };
    const b = { extra: { a: '2', b: '1' }, code: '9405', id: 'x' };
    expect(canonicalJson(a)).toBe('{"code":"9405","extra":{"a":"2","b":"1"},"id":"x"}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(canonicalJson({ ...a, more: 1 })).toBe(canonicalJsonReference({ ...a, more: 1 }));
    expect(canonicalJson(a)).toBe(canonicalJsonReference(a));
  });

  it('keeps the checksum of a known pack', async () => {
    // Computed with the original canonicalJson before it was made faster; packs already published use it.
    expect(await packChecksum(generateRulings(3, 1), [])).toBe(KNOWN_CHECKSUM);
  });
});

describe('sha256HexOfLines', () => {
  it('digests the lines joined by newlines, across its groups of lines', async () => {
    const lines = Array.from({ length: 2500 }, (_, i) =>
      i % 7 === 0 ? '' : `{"i":${i},"t":"สีดำ đèn 💡${i % 11 === 0 ? '\uD800' : ''}"}`,
    );
    for (const n of [0, 1, 999, 1000, 1001, 2500]) {
      expect(await sha256HexOfLines(lines.slice(0, n))).toBe(await sha256Hex(lines.slice(0, n).join('\n')));
    }
  });
});

const KNOWN_CHECKSUM = '3e9e4fbab28c9ba7a39c21be86cc61a08e66d243e721786b4307392eca03602d';
