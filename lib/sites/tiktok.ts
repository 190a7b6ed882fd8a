import { extractWithFields, pathOf, type ItemIdRule } from './extract-site';
import { LABELS } from './labels';
import type { SiteAdapter, SiteFields } from './types';

/**
 * TikTok Shop Seller Center, seller-<region>.tiktok.com/product/create[/<id>]?shop_region=XX. Fields carry
 * `data-id="product.publish.*"` anchors, number inputs `data-tid="m4b_input_number"`, the description is a
 * ProseMirror editor (target-pages.md A.1). The SEA hosts other than VN are assumed from the pattern.
 * The field data is exported because Tokopedia's integrated seller centre reuses this page.
 */
const REGIONS = ['vn', 'th', 'my', 'ph', 'sg', 'id'];

const anchor = (id: string, inner = '') => `[data-id="product.publish.${id}"]${inner ? ' ' + inner : ''}`;

export const TIKTOK_FIELDS: SiteFields = {
  fields: {
    title: {
      selectors: [`input${anchor('product_name')}`, anchor('product_name', 'input')],
      labels: LABELS.title,
    },
    description: {
      selectors: [anchor('description', '.ProseMirror'), '.ProseMirror'],
      labels: LABELS.description,
    },
    category: { selectors: [anchor('category')], labels: LABELS.category },
    brand: { selectors: [anchor('brand')], labels: LABELS.brand },
    price: { selectors: [anchor('price', "input[data-tid='m4b_input_number']")], labels: LABELS.price },
    weight: { selectors: [anchor('package_weight')], labels: LABELS.weight },
    dimensions: { selectors: [anchor('package_dimensions')], labels: LABELS.dimensions },
    sku: { selectors: [anchor('seller_sku', 'input')], labels: LABELS.sku },
    gtin: { selectors: [anchor('identifier_code', 'input')], labels: LABELS.gtin },
  },
  layout: {
    row: '.core-form-item',
    rowLabel: '.core-form-item-label',
    attributeRow: `${anchor('product_attributes')} .core-form-item`,
    attributeLabel: '.core-form-item-label',
    variantGroup: `${anchor('variations')} .sale-property-item`,
    variantName: '.sale-property-name',
    variantOption: '.sale-property-value',
    image: `${anchor('main_images')} .image-item`,
    defaultWeightUnit: 'kg',
  },
};

export const TIKTOK_ITEM_ID: ItemIdRule[] = [{ path: /^\/product\/(?:create|edit)\/(\d+)\/?$/ }];

export const isTiktokProductPath = (path: string): boolean =>
  /^\/product\/(?:create|edit)(?:\/\d+)?\/?$/.test(path);

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  name: 'TikTok Shop Seller Center',
  matches: REGIONS.map((region) => `https://seller-${region}.tiktok.com/*`),
  isProductPage: (url) => isTiktokProductPath(pathOf(url)),
  fields: TIKTOK_FIELDS,
  extract: (doc, url) =>
    extractWithFields(doc, url, { id: 'tiktok', fields: TIKTOK_FIELDS, itemId: TIKTOK_ITEM_ID }),
};
