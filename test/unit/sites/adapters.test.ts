// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  findBadgeAnchor,
  findSellerAdapter,
  matchesPattern,
  SELLER_ADAPTERS,
  SELLER_MATCHES,
  toCapturedProduct,
} from '../../../lib/sites/index';
import { ProductDraftSchema } from '../../../lib/sites/types';

/** Site data is checked like Dark Reader's fix lists: valid, canonical, and pointing at real page kinds. */
describe('adapter data', () => {
  it('lists only valid match patterns, with no wildcard in the TLD', () => {
    for (const pattern of SELLER_MATCHES) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    }
    expect(new Set(SELLER_MATCHES).size).toBe(SELLER_MATCHES.length);
  });

  it('covers every SEA seller-centre host named in target-pages.md', () => {
    for (const url of [
      'https://seller.shopee.co.id/portal/product/new',
      'https://seller.shopee.com.my/portal/product/new?from=sidebar',
      'https://seller.shopee.sg/portal/product/new',
      'https://seller.shopee.co.th/portal/product/new',
      'https://seller.shopee.ph/portal/product/new',
      'https://banhang.shopee.vn/portal/product/new',
      'https://sellercenter.lazada.vn/apps/product/publish',
      'https://sellercenter.lazada.co.id/apps/product/publish?productId=1',
      'https://seller-vn.tiktok.com/product/create?shop_region=VN',
      'https://seller-id.tiktok.com/product/create/1729384756',
      'https://seller.tokopedia.com/add-product',
      'https://seller-id.tokopedia.com/product/create',
    ]) {
      const adapter = findSellerAdapter(url);
      expect(adapter, url).toBeDefined();
      expect(adapter?.isProductPage(url), url).toBe(true);
    }
  });

  it('tells product forms from the other pages of the same seller centre', () => {
    for (const url of [
      'https://seller.shopee.co.id/portal/product/list/unpublished/draft',
      'https://seller.shopee.co.id/portal/sale/order',
      'https://sellercenter.lazada.sg/apps/order/detail?tradeOrderId=1',
      'https://seller-my.tiktok.com/product/manage?shop_region=MY',
    ]) {
      expect(findSellerAdapter(url)?.isProductPage(url), url).toBe(false);
    }
    expect(findSellerAdapter('https://shopee.co.id/product/1/2')).toBeUndefined();
    expect(findSellerAdapter('https://seller.shopee.co.id.evil.example/portal/product/new')).toBeUndefined();
    expect(findSellerAdapter('not a url')).toBeUndefined();
  });

  it('has every selector in site data parse as CSS', () => {
    for (const adapter of SELLER_ADAPTERS) {
      const { fields, layout } = adapter.fields;
      const selectors = [
        ...Object.values(fields).flatMap((spec) => spec?.selectors ?? []),
        ...Object.values(layout).filter((v): v is string => typeof v === 'string'),
      ];
      for (const selector of selectors) {
        expect(() => document.querySelectorAll(selector), `${adapter.id}: ${selector}`).not.toThrow();
      }
    }
  });
});

describe('matchesPattern', () => {
  it('follows manifest match-pattern rules for hosts', () => {
    expect(matchesPattern('https://*/*', 'https://shop.example/p/1')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'https://a.example.com/x')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'https://example.com.evil/x')).toBe(false);
    expect(matchesPattern('https://seller.shopee.sg/*', 'http://seller.shopee.sg/x')).toBe(false);
  });
});

describe('toCapturedProduct', () => {
  it('joins the category path and carries brand, size and variants as attribute text', () => {
    const draft = ProductDraftSchema.parse({
      site: 'shopee',
      url: 'https://seller.shopee.sg/portal/product/7',
      itemId: '7',
      title: 'Bamboo cutting board',
      categoryPath: ['Home & Living', 'Kitchenware'],
      brand: 'Chopz',
      attributes: { Material: 'Bamboo' },
      weightKg: 0.8,
      dimensionsCm: { length: 40, width: 28, height: 2 },
      variants: [{ name: 'Size', options: ['M', 'L'] }],
    });
    expect(toCapturedProduct(draft)).toEqual({
      site: 'shopee',
      url: 'https://seller.shopee.sg/portal/product/7',
      itemId: '7',
      title: 'Bamboo cutting board',
      category: 'Home & Living > Kitchenware',
      attributes: {
        Material: 'Bamboo',
        brand: 'Chopz',
        'weight (kg)': '0.8',
        'package (cm)': '40 x 28 x 2',
        'variant: Size': 'M, L',
      },
    });
  });
});

describe('toCapturedProduct with a Vietnamese listing', () => {
  it('gives material and origin under English keys, keeping the page labels', () => {
    const draft = ProductDraftSchema.parse({
      site: 'shopee',
      url: 'https://banhang.shopee.vn/portal/product/1',
      title: 'Đầm maxi lụa',
      attributes: { 'Chất liệu': 'Lụa', 'Xuất xứ': 'Việt Nam', 'Kiểu dáng': 'Suông' },
    });
    expect(toCapturedProduct(draft).attributes).toEqual({
      'Chất liệu': 'Lụa',
      'Xuất xứ': 'Việt Nam',
      'Kiểu dáng': 'Suông',
      material: 'Lụa',
      origin: 'Việt Nam',
    });
  });
});

describe('findBadgeAnchor', () => {
  it('puts the badge in the product-name label of a seller centre, and on the h1 elsewhere', () => {
    const shopee = SELLER_ADAPTERS.find((a) => a.id === 'shopee');
    if (!shopee) throw new Error('shopee adapter missing');
    const doc = new DOMParser().parseFromString(
      '<h1>Add product</h1><div class="edit-row" data-product-edit-field-unique-id="name">' +
        '<div class="edit-label">Product Name</div><input class="eds-input__input" value="Tumbler"></div>',
      'text/html',
    );
    expect(findBadgeAnchor(doc, shopee)).toEqual({
      element: doc.querySelector('.edit-label'),
      placement: 'append',
    });
    const empty = new DOMParser().parseFromString('<h1>Shop</h1>', 'text/html');
    expect(findBadgeAnchor(empty, shopee)).toEqual({
      element: empty.querySelector('h1'),
      placement: 'append',
    });
    expect(findBadgeAnchor(new DOMParser().parseFromString('<p>x</p>', 'text/html'), shopee)).toBeNull();
  });
});
