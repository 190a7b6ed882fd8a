import { extractWithFields, pathOf, type ItemIdRule } from './extract-site';
import { LABELS } from './labels';
import { isTiktokProductPath, TIKTOK_FIELDS, TIKTOK_ITEM_ID } from './tiktok';
import type { FieldName, FieldSpec, SiteAdapter, SiteFields } from './types';

/**
 * Tokopedia seller. The classic page is seller.tokopedia.com/add-product (and /edit-product/<id>, unverified),
 * built with Tokopedia's Unify components (`data-unify`, `data-testid`), Indonesian labels, a weight unit picker
 * (Gram/Kilogram) and "Rp" prices. Tokopedia is merging into TikTok Shop: seller-id.tokopedia.com serves the
 * integrated seller centre, so TikTok's anchors are tried after Tokopedia's own (target-pages.md A.1, [U]).
 */
const OWN: Partial<Record<FieldName, FieldSpec>> = {
  title: {
    selectors: ['[data-testid="inputProductName"] input', 'input[name="product-name"]'],
    labels: LABELS.title,
  },
  description: {
    selectors: ['[data-testid="inputProductDescription"] textarea', 'textarea[name="product-description"]'],
    labels: LABELS.description,
  },
  category: {
    selectors: ['[data-testid="productCategory"] [data-testid="categoryPath"]'],
    labels: LABELS.category,
  },
  brand: { selectors: ['[data-testid="productBrand"] input'], labels: LABELS.brand },
  price: {
    selectors: ['[data-testid="inputProductPrice"] input', 'input[name="price"]'],
    labels: LABELS.price,
  },
  weight: { selectors: ['[data-testid="inputProductWeight"]'], labels: LABELS.weight },
  length: { selectors: ['input[name="length"]'], labels: LABELS.length },
  width: { selectors: ['input[name="width"]'], labels: LABELS.width },
  height: { selectors: ['input[name="height"]'], labels: LABELS.height },
  sku: { selectors: ['[data-testid="inputProductSKU"] input', 'input[name="sku"]'], labels: LABELS.sku },
  gtin: { selectors: ['[data-testid="inputProductBarcode"] input'], labels: LABELS.gtin },
};

/** Tokopedia's own selectors first, then the integrated (TikTok-style) centre's; labels are shared. */
function mergeFields(first: typeof OWN, second: typeof OWN): typeof OWN {
  const names = new Set([...Object.keys(first), ...Object.keys(second)] as FieldName[]);
  const merged: typeof OWN = {};
  for (const name of names) {
    const a = first[name];
    const b = second[name];
    merged[name] = {
      selectors: [...(a?.selectors ?? []), ...(b?.selectors ?? [])],
      labels: a?.labels ?? b?.labels,
    };
  }
  return merged;
}

const tt = TIKTOK_FIELDS.layout;
const FIELDS: SiteFields = {
  fields: mergeFields(OWN, TIKTOK_FIELDS.fields),
  layout: {
    row: `[data-unify="Field"], ${tt.row}`,
    rowLabel: `[data-unify="FieldLabel"], ${tt.rowLabel}`,
    attributeRow: `[data-testid="productSpecification"] [data-unify="Field"], ${tt.attributeRow}`,
    attributeLabel: `[data-unify="FieldLabel"], ${tt.attributeLabel}`,
    variantGroup: `[data-testid="variantType"], ${tt.variantGroup}`,
    variantName: `[data-testid="variantTypeName"], ${tt.variantName}`,
    variantOption: `[data-testid="variantOption"], ${tt.variantOption}`,
    image: `[data-testid="productImage"] img, ${tt.image}`,
    // The classic form defaults its unit picker to Gram.
    defaultWeightUnit: 'g',
  },
};

const ITEM_ID: ItemIdRule[] = [{ path: /^\/edit-product\/(\d+)\/?$/ }, ...TIKTOK_ITEM_ID];

export const tokopedia: SiteAdapter = {
  id: 'tokopedia',
  name: 'Tokopedia Seller',
  matches: ['https://seller.tokopedia.com/*', 'https://seller-id.tokopedia.com/*'],
  isProductPage: (url) => {
    const path = pathOf(url);
    return /^\/(add-product|edit-product\/\d+)\/?$/.test(path) || isTiktokProductPath(path);
  },
  fields: FIELDS,
  extract: (doc, url) => extractWithFields(doc, url, { id: 'tokopedia', fields: FIELDS, itemId: ITEM_ID }),
};
