import { describe, expect, it } from 'vitest';
import { parseGtin, parseNumber, splitPath, toKilograms } from '../../../lib/sites/parse';
import { currencyFromText, currencyOfRegion, regionOf } from '../../../lib/sites/region';
import { labelMatches, LABELS, normalizeLabel } from '../../../lib/sites/labels';
import { sideOrder } from '../../../lib/sites/dimensions';

describe('parseNumber', () => {
  it.each([
    ['Rp 1.250.000', 'IDR', 1_250_000],
    ['189.000', 'IDR', 189_000],
    ['1.290.000 ₫', 'VND', 1_290_000],
    ['39.90', 'MYR', 39.9],
    ['1,299.00', 'PHP', 1299],
    ['1,250', 'MYR', 1250],
    ['24,90', 'BRL', 24.9],
    ['2.490,00', 'BRL', 2490],
    ['0,5', undefined, 0.5],
    ['1.250', undefined, 1.25],
    ['RM 12', 'MYR', 12],
  ] as const)('%s (%s) → %d', (raw, currency, expected) => {
    expect(parseNumber(raw, currency)).toBe(expected);
  });

  it('returns undefined when there is no number', () => {
    expect(parseNumber('Please select')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });
});

describe('units and paths', () => {
  it('converts weights to kg from the unit the page shows, else the site default', () => {
    expect(toKilograms(350, 'gr', 'kg')).toBe(0.35);
    expect(toKilograms(1.5, 'Berat (kg)', 'g')).toBe(1.5);
    expect(toKilograms(420, '', 'g')).toBe(0.42);
    expect(toKilograms(2, 'Kilogram (kg)', 'g')).toBe(2);
    expect(toKilograms(0, 'kg', 'kg')).toBeUndefined();
  });

  it('splits category paths on arrows but keeps slashes inside names', () => {
    expect(splitPath('Thời Trang Nữ > Đầm/Váy > Đầm maxi')).toEqual(['Thời Trang Nữ', 'Đầm/Váy', 'Đầm maxi']);
    expect(splitPath('Kitchen & Dining / Dinnerware')).toEqual(['Kitchen & Dining', 'Dinnerware']);
  });

  it('keeps only well-formed GTINs', () => {
    expect(parseGtin('955 6789 012347')).toBe('9556789012347');
    expect(parseGtin('12345')).toBeUndefined();
    expect(parseGtin('N/A')).toBeUndefined();
  });

  it('orders package sides by placeholder, per language', () => {
    expect(sideOrder(['W', 'L', 'H'])).toEqual([1, 0, 2]);
    expect(sideOrder(['R', 'D', 'C'])).toEqual([1, 0, 2]);
    expect(sideOrder(['P', 'L', 'T'])).toEqual([0, 1, 2]);
    expect(sideOrder(['Lebar', 'Panjang', 'Tinggi'])).toEqual([1, 0, 2]);
    expect(sideOrder(['', '', ''])).toEqual([0, 1, 2]);
  });
});

describe('region and currency', () => {
  it.each([
    ['https://seller.shopee.co.id/portal/product/new', 'ID', 'IDR'],
    ['https://banhang.shopee.vn/portal/product/1', 'VN', 'VND'],
    ['https://sellercenter.lazada.com.ph/apps/product/publish', 'PH', 'PHP'],
    ['https://seller-th.tiktok.com/product/create', 'TH', 'THB'],
    ['https://seller-us.tiktok.com/product/create?shop_region=MY', 'MY', 'MYR'],
    ['https://seller.tokopedia.com/add-product', 'ID', 'IDR'],
  ])('%s → %s', (url, region, currency) => {
    expect(regionOf(url)).toBe(region);
    expect(currencyOfRegion(regionOf(url))).toBe(currency);
  });

  it('reads currency prefixes without mistaking Vietnamese words for the đồng sign', () => {
    expect(currencyFromText('RM')).toBe('MYR');
    expect(currencyFromText('Rp')).toBe('IDR');
    expect(currencyFromText('S$')).toBe('SGD');
    expect(currencyFromText('₫')).toBe('VND');
    expect(currencyFromText('đóng gói')).toBeUndefined();
    expect(regionOf('not a url')).toBeUndefined();
  });
});

describe('labels', () => {
  it('matches localized labels ignoring stars, colons and a unit in brackets', () => {
    expect(normalizeLabel('* Weight (kg):')).toBe('weight');
    expect(labelMatches('*Berat Produk', LABELS.weight)).toBe(true);
    expect(labelMatches('Cân nặng (Sau khi đóng gói)', LABELS.weight)).toBe(true);
    expect(labelMatches('Special Price', LABELS.price)).toBe(false);
  });
});
