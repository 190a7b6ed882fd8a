import { extractWithFields, pathOf, type ItemIdRule } from './extract-site';
import { LABELS } from './labels';
import type { SiteAdapter, SiteFields } from './types';

/**
 * Lazada Seller Center, /apps/product/publish (add) and ?productId=<id> (edit). The form is built with
 * Alibaba Fusion "Next" components (`.next-form-item`, `.next-input`, `.next-select`); field names are inferred
 * from Daraz, which runs the same page (target-pages.md A.1, unverified), so labels carry most of the weight
 * and the few `name`/`id` anchors are leads. Price and SellerSKU live in the variant table, first row.
 */
const HOSTS = [
  'sellercenter.lazada.co.id',
  'sellercenter.lazada.com.my',
  'sellercenter.lazada.sg',
  'sellercenter.lazada.co.th',
  'sellercenter.lazada.vn',
  'sellercenter.lazada.com.ph',
];

const FIELDS: SiteFields = {
  fields: {
    title: { selectors: ['input[name="title"]', '#title input'], labels: LABELS.title },
    description: {
      selectors: ['#description [contenteditable]', '.lzd-editor [contenteditable]', '#description textarea'],
      labels: LABELS.description,
    },
    category: { selectors: ['#category .next-cascader-select-values', '#category'], labels: LABELS.category },
    brand: { selectors: ['#brand .next-select-values'], labels: LABELS.brand },
    price: { selectors: ['.sku-table [data-col="price"] input'], labels: LABELS.price },
    weight: { selectors: ['input[name="package_weight"]'], labels: LABELS.weight },
    length: { selectors: ['input[name="package_length"]'], labels: LABELS.length },
    width: { selectors: ['input[name="package_width"]'], labels: LABELS.width },
    height: { selectors: ['input[name="package_height"]'], labels: LABELS.height },
    sku: { selectors: ['.sku-table [data-col="SellerSku"] input'], labels: LABELS.sku },
    gtin: { selectors: ['input[name="ean_code"]'], labels: LABELS.gtin },
  },
  layout: {
    row: '.next-form-item',
    rowLabel: '.next-form-item-label',
    attributeRow: '#product-attributes .next-form-item',
    attributeLabel: '.next-form-item-label',
    variantGroup: '.sale-prop-group',
    variantName: '.sale-prop-name',
    variantOption: '.sale-prop-value',
    image: '.image-list .image-item img',
    // Daraz documents "Package Weight (kg), 0.001–300".
    defaultWeightUnit: 'kg',
  },
};

const ITEM_ID: ItemIdRule[] = [{ query: 'productId' }];

export const lazada: SiteAdapter = {
  id: 'lazada',
  name: 'Lazada Seller Center',
  matches: HOSTS.map((host) => `https://${host}/*`),
  isProductPage: (url) => /^\/apps\/product\/publish\/?$/.test(pathOf(url)),
  fields: FIELDS,
  extract: (doc, url) => extractWithFields(doc, url, { id: 'lazada', fields: FIELDS, itemId: ITEM_ID }),
};
