import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RulingSchema } from '../../../lib/db/rulings-schema';
import { stripUndefined } from '../../../lib/sync/csv-row';
import { generateRulings } from '../../../lib/sync/generate';
import { quickParseRuling } from '../../../lib/sync/ruling-check';

/** Whatever the fast path says must be what zod says: it may only defer, never decide differently. */
function expectAgreesWithZod(value: unknown): 'quick' | 'zod' {
  const quick = quickParseRuling(value);
  const zod = RulingSchema.safeParse(value);
  if (quick === null) return 'zod';
  expect(zod.success).toBe(true);
  // Same fields, same values, same key order (exports and stored buckets serialise it as it is).
  expect(JSON.stringify(quick)).toBe(JSON.stringify(stripUndefined(zod.data!)));
  expect(quick).toEqual(stripUndefined(zod.data!));
  return 'quick';
}

const base = {
  id: 'r-1',
  description: 'Đèn bàn LED 💡',
  key: 'den ban led',
  sku: 'SKU-1',
  code: '94052000',
  country: 'VN',
  status: 'approved',
  hsEdition: 'HS2022',
  decidedAt: '2025-01-01T00:00:00.000Z',
  decidedBy: 'lan@team',
  note: 'see ruling 12',
  source: 'local',
  updatedAt: 1735689600000,
  deleted: false,
  extra: { colour: 'đỏ', 'Box size': '20 cm' },
};

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  0,
  -1,
  1.5,
  NaN,
  true,
  [],
  {},
  ['a'],
  { a: 1 },
  '123',
  '12345678901',
];

describe('quickParseRuling', () => {
  it('takes the fast path for ordinary rulings and returns what zod returns', () => {
    const records = [...generateRulings(300, 5), base, { ...base, extra: {} }];
    for (const r of records) expect(expectAgreesWithZod(JSON.parse(JSON.stringify(r)))).toBe('quick');
  });

  it('drops unknown keys and keeps schema order, like zod', () => {
    const { updatedAt, extra, ...rest } = base;
    const shuffled = { zzz: 1, extra, updatedAt, ...rest, other: { nested: true } };
    expect(expectAgreesWithZod(shuffled)).toBe('quick');
    expect(Object.keys(quickParseRuling(shuffled)!)).not.toContain('zzz');
  });

  it('never accepts a record zod rejects: every field broken or missing in turn', () => {
    let deferred = 0;
    for (const field of Object.keys(base)) {
      const { [field]: _removed, ...without } = base as Record<string, unknown>;
      expectAgreesWithZod(without);
      for (const bad of BAD_VALUES) {
        if (expectAgreesWithZod({ ...base, [field]: bad }) === 'zod') deferred++;
        expectAgreesWithZod({ ...base, extra: { ok: 'x', [field]: bad } });
      }
    }
    expect(deferred).toBeGreaterThan(100);
    for (const odd of [null, [], 'text', 5, [base], Object.create(null), new Date(0)])
      expectAgreesWithZod(odd);
    expect(quickParseRuling({ ...base, code: '9405.20' })).toBeNull();
    expect(quickParseRuling({ ...base, status: 'maybe' })).toBeNull();
    expect(quickParseRuling({ ...base, updatedAt: Infinity })).toBeNull();
    expect(quickParseRuling({ ...base, id: '' })).toBeNull();
    expect(quickParseRuling(JSON.parse('{"__proto__":{"a":"b"}}'))).toBeNull();
    expectAgreesWithZod({ ...base, extra: JSON.parse('{"__proto__":"x"}') });
  });

  it('is written against this exact RulingSchema (update quickParseRuling with any change here)', () => {
    expect(z.toJSONSchema(RulingSchema, { io: 'input' })).toMatchInlineSnapshot(`
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "properties": {
          "code": {
            "pattern": "^\\d{4,10}$",
            "type": "string",
          },
          "country": {
            "type": "string",
          },
          "decidedAt": {
            "type": "string",
          },
          "decidedBy": {
            "type": "string",
          },
          "deleted": {
            "type": "boolean",
          },
          "description": {
            "type": "string",
          },
          "extra": {
            "additionalProperties": {
              "type": "string",
            },
            "propertyNames": {
              "type": "string",
            },
            "type": "object",
          },
          "hsEdition": {
            "type": "string",
          },
          "id": {
            "minLength": 1,
            "type": "string",
          },
          "key": {
            "type": "string",
          },
          "note": {
            "type": "string",
          },
          "sku": {
            "type": "string",
          },
          "source": {
            "type": "string",
          },
          "status": {
            "enum": [
              "approved",
              "rejected",
              "pending",
            ],
            "type": "string",
          },
          "updatedAt": {
            "type": "number",
          },
        },
        "required": [
          "id",
          "description",
          "key",
          "code",
          "status",
          "hsEdition",
          "decidedAt",
          "source",
          "updatedAt",
        ],
        "type": "object",
      }
    `);
  });
});
