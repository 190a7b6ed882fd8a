import { describe, expect, it } from 'vitest';
import { isSkuOnly, lintDescription } from '../../../lib/rules/lint';

const lint = (
  title: string,
  extra: { description?: string; category?: string; attributes?: Record<string, string> } = {},
) => lintDescription({ title, ...extra });

/** Descriptions customs would reject, one or more per language. */
const VAGUE: [string, string][] = [
  ['en', 'Accessories'],
  ['en', 'Gift'],
  ['en', 'Car parts'],
  ['en', 'Sample goods 5 pcs'],
  ['en', 'Daily necessities'],
  ['id', 'Aksesoris'],
  ['id', 'Barang hadiah'],
  ['ms', 'Barangan keperluan harian'],
  ['vi', 'Phụ kiện'],
  ['vi', 'Quà tặng'],
  ['vi', 'qua tang'],
  ['th', 'อุปกรณ์เสริม'],
  ['th', 'ของขวัญ'],
  ['zh', '配件'],
  ['zh', '礼品'],
  ['tl', 'Regalo'],
];

const SPECIFIC: [string, string][] = [
  ['en', 'Silicone phone case for iPhone 15'],
  ['en', 'Brake pads for Honda Civic front axle'],
  ['en', 'Gift box of dark chocolate truffles'],
  ['id', 'Kaos katun pria lengan pendek'],
  ['ms', 'Baju kurung kain sutera'],
  ['vi', 'Ốp lưng điện thoại silicon'],
  ['th', 'กระเป๋าสะพายหนังผู้หญิง'],
  ['zh', '纯棉男士T恤'],
  ['tl', 'Tsinelas na goma para sa bahay'],
];

describe('description lint', () => {
  it.each(VAGUE)('%s: fails "%s" and says what is missing', (_lang, title) => {
    const result = lint(title);
    expect(result).toHaveLength(1);
    expect(result[0]!.rule).toBe('vague-description');
    expect(result[0]!.missing).toContain('what');
  });

  it.each(SPECIFIC)('%s: passes "%s"', (_lang, title) => {
    expect(lint(title)).toEqual([]);
  });

  it('names the vague word as written and lists material and use when absent', () => {
    const [result] = lint('ACCESSORIES');
    expect(result?.word).toBe('ACCESSORIES');
    expect(result?.missing).toEqual(['what', 'material', 'use']);
    expect(result?.message).toMatch(/what the item is.*made of.*for/);
  });

  it('does not ask for material or use the product already gives', () => {
    const [result] = lint('Accessories', { attributes: { Material: 'ABS plastic' }, category: 'Automotive' });
    expect(result?.missing).toEqual(['what']);
  });

  it('fails SKU-only text in any script-free form', () => {
    expect(isSkuOnly('SKU-88921-BLK')).toBe(true);
    expect(isSkuOnly('AB1234 XL')).toBe(true);
    expect(isSkuOnly('Tea 500g')).toBe(false);
    expect(isSkuOnly('电池 2000')).toBe(false);
    expect(lint('SKU-88921-BLK')[0]?.rule).toBe('sku-only');
  });

  it('lets a specific description rescue a vague title', () => {
    expect(
      lint('Accessories', { description: 'Stainless steel watch strap, 20 mm, for Samsung Galaxy Watch' }),
    ).toEqual([]);
  });
});
