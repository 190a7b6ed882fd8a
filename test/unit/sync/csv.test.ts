import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseRulingCsv } from '../../../lib/sync/csv';
import { normalizeKey } from '../../../lib/classify/normalize';

const NOW = Date.UTC(2026, 0, 15);

describe('parseRulingCsv', () => {
  it('reads a Google Sheets export with varied header spellings', () => {
    const csv =
      'Title,HS Code,Country,SKU,Decided At,Notes\nPower bank 10000mAh,8507.60.00,vn,PB-1,2025-03-05,ok\n';
    const { rulings, errors } = parseRulingCsv(csv, { now: NOW });
    expect(errors).toEqual([]);
    expect(rulings).toHaveLength(1);
    const r = rulings[0]!;
    expect(r).toMatchObject({
      description: 'Power bank 10000mAh',
      code: '85076000',
      country: 'VN',
      sku: 'PB-1',
      note: 'ok',
    });
    expect(r.key).toBe(normalizeKey('Power bank 10000mAh'));
    expect(r.decidedAt).toBe('2025-03-05T00:00:00.000Z');
    expect(r.updatedAt).toBe(Date.UTC(2025, 2, 5));
    expect(r.status).toBe('approved');
  });

  it.each(['HS Code', 'hs_code', 'HS-code', 'hscode', ' Hs  Code '])('matches the code header "%s"', (h) => {
    const { rulings, errors } = parseRulingCsv(`description,${h}\nmug,6912.00\n`);
    expect(errors).toEqual([]);
    expect(rulings[0]?.code).toBe('691200');
  });

  it('handles a BOM, semicolons, CRLF and quoted newlines, and numbers lines as an editor does', () => {
    const csv =
      '\uFEFFhs_code;description;note\r\n8517.13;"Điện thoại\r\nthông minh";"a; b"\r\n\r\nxx;bad;\r\n';
    const { rulings, errors } = parseRulingCsv(csv);
    expect(rulings).toHaveLength(1);
    expect(rulings[0]).toMatchObject({ description: 'Điện thoại\nthông minh', code: '851713', note: 'a; b' });
    expect(errors).toEqual([{ line: 5, message: expect.stringContaining('"xx"') }]);
  });

  it('keeps Thai and Vietnamese text intact and keys them', () => {
    const csv =
      'description,hs_code,country\nเคสโทรศัพท์ซิลิโคน,3926.90.99,TH\nỐp lưng điện thoại,3926.90.99,VN\n';
    const { rulings } = parseRulingCsv(csv);
    expect(rulings.map((r) => r.description)).toEqual(['เคสโทรศัพท์ซิลิโคน', 'Ốp lưng điện thoại']);
    expect(rulings[1]?.key).toBe(normalizeKey('op lung dien thoai'));
    expect(rulings[0]?.id).not.toBe(rulings[1]?.id);
  });

  it('names every bad row with its line and reason', () => {
    const csv = [
      'description,hs_code,country,status,decided_at',
      'ok row,8507.60,,,',
      ',8507.60,,,', // line 3: no description
      'short code,85,,,', // line 4
      'bad country,8507.60,Vietnam,,', // line 5
      'bad status,8507.60,,maybe,', // line 6
      'bad date,8507.60,,,05/03/2025', // line 7
      'odd digits,85076,,,', // line 8
    ].join('\n');
    const { rulings, errors } = parseRulingCsv(csv);
    expect(rulings).toHaveLength(1);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(errors[0]?.message).toMatch(/description/);
    expect(errors[1]?.message).toMatch(/2 digits/);
    expect(errors[2]?.message).toMatch(/country/);
    expect(errors[3]?.message).toMatch(/status/);
    expect(errors[4]?.message).toMatch(/ISO date/);
    expect(errors[5]?.message).toMatch(/odd number/);
  });

  it('restores a leading zero a spreadsheet dropped, with a warning', () => {
    const { rulings, warnings } = parseRulingCsv(
      'description,hs_code,updated_at\nroasted coffee,901.21,2025-01-01\n',
    );
    expect(rulings[0]?.code).toBe('090121');
    expect(warnings).toEqual([{ line: 2, message: expect.stringContaining('leading zero') }]);
  });

  it('refuses a header without the required columns', () => {
    const { rulings, errors } = parseRulingCsv('name_of_thing,price\nmug,3\n');
    expect(rulings).toEqual([]);
    expect(errors).toEqual([{ line: 1, message: expect.stringMatching(/hs_code/) }]);
  });

  it('keeps unknown columns in extra, and optional fields when present', () => {
    const csv =
      'description,hs_code,Colour,Broker ref,decided_by,hs_edition,status\nmug,6912.00,blue,BR-9,linh,HS2022,pending\n';
    const r = parseRulingCsv(csv).rulings[0]!;
    expect(r.extra).toEqual({ Colour: 'blue', 'Broker ref': 'BR-9' });
    expect(r).toMatchObject({ decidedBy: 'linh', hsEdition: 'HS2022', status: 'pending' });
  });

  it('gives stable ids, so re-parsing the same file yields identical rulings', () => {
    const csv =
      'description,hs_code,sku,updated_at\nMug 300ml,6912.00,M1,2025-01-01\nMug 300ml,6912.00,M2,2025-01-01\n';
    const a = parseRulingCsv(csv, { now: 1 }).rulings;
    const b = parseRulingCsv(csv, { now: 2 }).rulings;
    expect(a).toEqual(b);
    expect(new Set(a.map((r) => r.id)).size).toBe(2); // different SKU, different product
  });

  it('uses a given id and reports a repeated product', () => {
    const csv = 'id,description,hs_code\nR-1,mug,6912.00\nR-1,cup,6912.00\n';
    const { rulings, errors } = parseRulingCsv(csv);
    expect(rulings.map((r) => r.id)).toEqual(['R-1']);
    expect(errors).toEqual([{ line: 3, message: expect.stringContaining('line 2') }]);
  });

  it('reads a deleted column as a tombstone', () => {
    const r = parseRulingCsv('description,hs_code,deleted\nmug,6912.00,TRUE\ncup,6912.00,\n').rulings;
    expect(r.map((x) => x.deleted)).toEqual([true, undefined]);
  });

  it('parses a 10k-row file quickly, with the bad rows named', () => {
    const lines = ['description;hs_code;country;updated_at'];
    for (let i = 0; i < 10_000; i++) {
      lines.push(
        i % 2500 === 7
          ? `item ${i};not-a-code;VN;2025-01-01`
          : `"Sản phẩm ${i}\nmàu đỏ";8507.60.00;VN;2025-01-01`,
      );
    }
    const t = performance.now();
    const { rulings, errors } = parseRulingCsv(lines.join('\n'));
    expect(performance.now() - t).toBeLessThan(5000);
    expect(rulings).toHaveLength(9996);
    // Good rows span two lines, so bad row i (the k-th bad one) starts on line 2 + 2*i - k.
    expect(errors.map((e) => e.line)).toEqual([7, 2507, 5007, 7507].map((i, k) => 2 + 2 * i - k));
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter that splits the header most', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"x;y",b,c')).toBe(',');
  });
});
