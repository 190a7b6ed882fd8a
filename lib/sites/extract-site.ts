import { findField } from './fields';
import { currencyFromText, currencyOfRegion, regionOf } from './region';
import { parseGtin, parseNumber, splitPath, toKilograms } from './parse';
import { readDimensions } from './dimensions';
import { readAttributes, readVariants, takeBrand } from './sections';
import { ProductDraftSchema, type ProductDraft, type SiteFields } from './types';

/** Reads the item id a seller centre puts in its edit URL (path segment or query parameter). */
export interface ItemIdRule {
  path?: RegExp;
  query?: string;
}

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

export function itemIdFromUrl(url: string, rules: readonly ItemIdRule[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  for (const rule of rules) {
    const fromQuery = rule.query ? parsed.searchParams.get(rule.query) : null;
    if (fromQuery && /^[\w-]{1,64}$/.test(fromQuery)) return fromQuery;
    const fromPath = rule.path?.exec(parsed.pathname)?.[1];
    if (fromPath) return fromPath;
  }
  return undefined;
}

/** Drops undefined and empty values so the draft only says what the page said. */
function compact<T extends Record<string, unknown>>(draft: T): T {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/**
 * Builds a draft from a site's field map. Returns null when there is no product name: the page is not a
 * product form, or it has not rendered yet (the SPA watcher will call again).
 */
export function extractWithFields(
  doc: Document,
  url: string,
  site: { id: string; fields: SiteFields; itemId: readonly ItemIdRule[] },
): ProductDraft | null {
  const { fields, layout } = site.fields;
  const root = doc.body ?? doc;
  const title = findField(root, fields.title, layout)?.value;
  if (!title) return null;
  const priceField = findField(root, fields.price, layout);
  const currency =
    priceField?.affixes.map(currencyFromText).find((c) => c !== undefined) ??
    findField(root, fields.currency, layout)?.value.toUpperCase() ??
    currencyOfRegion(regionOf(url));
  const price = priceField ? parseNumber(priceField.value, currency) : undefined;
  const weightField = findField(root, fields.weight, layout);
  const attributes = readAttributes(root, layout);
  const brand = takeBrand(root, site.fields, attributes);
  const category = findField(root, fields.category, layout)?.value;
  const gtinText = findField(root, fields.gtin, layout)?.value;
  const draft = compact({
    site: site.id,
    itemId: itemIdFromUrl(url, site.itemId),
    url,
    title: title.slice(0, 2000),
    description: findField(root, fields.description, layout)?.value.slice(0, 60_000),
    categoryPath: category ? splitPath(category, layout.categorySeparator) : [],
    brand,
    attributes,
    price,
    // A currency is only worth stating for a price the page actually shows.
    currency: price !== undefined && currency && /^[A-Z]{3}$/.test(currency) ? currency : undefined,
    weightKg: weightField
      ? toKilograms(parseNumber(weightField.value), weightField.context, layout.defaultWeightUnit)
      : undefined,
    dimensionsCm: readDimensions(root, site.fields),
    sku: findField(root, fields.sku, layout)?.value,
    gtin: gtinText ? parseGtin(gtinText) : undefined,
    variants: readVariants(root, layout),
    imagesCount: layout.image ? root.querySelectorAll(layout.image).length : undefined,
  });
  const parsed = ProductDraftSchema.safeParse(draft);
  return parsed.success ? parsed.data : null;
}
