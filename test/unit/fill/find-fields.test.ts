// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findDeclarationFields } from '../../../lib/fill/find-fields';
import { matchesRole, normalizeLabel } from '../../../lib/fill/field-terms';

afterEach(() => {
  document.body.innerHTML = '';
});

/** One line per language, labelled the way that language's forms do, with a decoy field in each. */
const LANGUAGE_PAGES: Record<string, { html: string; description: string }> = {
  en: {
    html: `<div class="line"><label for="a">Goods description</label><input id="a" value="Cotton shirt">
      <label for="b">Tariff code</label><input id="b"><label for="z">Zip code</label><input id="z"></div>`,
    description: 'Cotton shirt',
  },
  id: {
    html: `<div class="baris"><span>Nama Barang</span><input name="x1" value="Kopi bubuk">
      <span>Pos tarif</span><input name="x2"><span>Kode Pos</span><input name="x3"></div>`,
    description: 'Kopi bubuk',
  },
  ms: {
    html: `<fieldset><label>Perihal barang<input name="p" value="Kain batik"></label>
      <label>Kod tarif<input name="q"></label><label>Poskod<input name="r"></label></fieldset>`,
    description: 'Kain batik',
  },
  vi: {
    html: `<div><input aria-label="Mô tả" value="Nón lá"><input placeholder="Mã biểu thuế"><input placeholder="Mã bưu chính"></div>`,
    description: 'Nón lá',
  },
  th: {
    html: `<div><label for="t1">คำอธิบาย</label><input id="t1" value="ผ้าไหม"><label for="t2">รหัสพิกัด</label><input id="t2">
      <label for="t3">รหัสไปรษณีย์</label><input id="t3"></div>`,
    description: 'ผ้าไหม',
  },
  zh: {
    html: `<table><thead><tr><th>品名</th><th>海关编码</th><th>邮编</th></tr></thead>
      <tbody><tr><td><input value="绿茶"></td><td><input></td><td><input></td></tr></tbody></table>`,
    description: '绿茶',
  },
  'zh-商品编码': {
    html: `<div><label>商品名称<input value="手机壳"></label><label>商品编码<input name="sku_hs"></label></div>`,
    description: '手机壳',
  },
};

describe('findDeclarationFields per language', () => {
  it.each(Object.entries(LANGUAGE_PAGES))(
    '%s: finds the code field and pairs its description',
    (_lang, page) => {
      document.body.innerHTML = page.html;
      const found = findDeclarationFields(document);
      expect(found.lines).toHaveLength(1);
      expect(found.lines[0]?.fields.description?.value).toBe(page.description);
      expect(found.lines[0]?.hsCode.value).toBe('');
    },
  );
});

describe('findDeclarationFields pairing', () => {
  it('pairs by position in a flat form with no row wrappers', () => {
    document.body.innerHTML = `<form>
      <input placeholder="Description" value="A"><input placeholder="HS code">
      <input placeholder="Description" value="B"><input placeholder="HS code"></form>`;
    const found = findDeclarationFields(document);
    expect(found.lines.map((line) => line.fields.description?.value)).toEqual(['A', 'B']);
  });

  it('refuses a partner when the counts do not line up (wrong description is worse than none)', () => {
    document.body.innerHTML = `<form><input placeholder="Description" value="A">
      <input placeholder="HS code"><input placeholder="HS code"></form>`;
    const found = findDeclarationFields(document);
    expect(found.lines).toHaveLength(2);
    expect(found.lines.every((line) => line.fields.description === null)).toBe(true);
  });

  it('skips hidden fields, hidden inputs, read-only selects for codes, and a page with nothing to declare', () => {
    document.body.innerHTML = `<div hidden><input placeholder="HS code"></div>
      <div style="display:none"><input placeholder="HS code"></div><input type="hidden" name="hsCode">
      <label>Search <input placeholder="Search products"></label><label>Postal code <input></label>`;
    expect(findDeclarationFields(document)).toEqual({ lines: [], destination: null });
  });

  it('finds the destination separately from the origin of each line', () => {
    document.body.innerHTML = `<label>Destination country <select><option>Singapore</option></select></label>
      <div><label>Description <input value="Tea"></label><label>HS code <input></label>
      <label>Country of origin <select><option>China</option></select></label></div>`;
    const found = findDeclarationFields(document);
    expect(found.destination?.tagName).toBe('SELECT');
    expect(found.lines[0]?.fields.origin?.value).toBe('China');
    expect(found.lines[0]?.fields.origin).not.toBe(found.destination);
  });
});

describe('field terms', () => {
  it('normalizes attribute names into words', () => {
    expect(normalizeLabel('commodityCode')).toBe('commodity code');
    expect(normalizeLabel('items[0].hs_code')).toBe('items 0 hs code');
  });

  it.each([
    ['HS Code', true],
    ['hsCode', true],
    ['Harmonized Tariff Code', true],
    ['Kod Tarif / HS Code', true],
    ['mã số HS', true],
    ['รหัสพิกัดศุลกากร', true],
    ['海關編碼', true],
    ['HS编码', true],
    ['Postal code', false],
    ['Promo code', false],
    ['Shipping', false],
    ['Search HS code', false],
    ['hsn', false],
  ])('%s is an HS field: %s', (label, expected) => {
    expect(matchesRole(label, 'hsCode')).toBe(expected);
  });

  it('tells goods descriptions from code descriptions and package fields', () => {
    expect(matchesRole('Mô tả hàng hóa', 'description')).toBe(true);
    expect(matchesRole('HS code description', 'description')).toBe(false);
    expect(matchesRole('Package description', 'description')).toBe(false);
  });
});
