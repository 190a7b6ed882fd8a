import { inlineText } from './dom';

/** What structured data (JSON-LD, microdata, Open Graph) says of a product, as raw strings where unparsed. */
export interface StructuredProduct {
  title?: string;
  description?: string;
  category?: string;
  brand?: string;
  sku?: string;
  gtin?: string;
  price?: string;
  currency?: string;
  weightKg?: number;
  dimensionsCm?: { length: number; width: number; height: number };
  attributes: Record<string, string>;
  imagesCount?: number;
}

const PRODUCT_SCOPE = '[itemscope][itemtype*="schema.org/Product"]';

/** An itemprop's value per the microdata rules: `content`, then `src`/`href`, then text. */
function propValue(el: Element | null): string | undefined {
  if (!el) return undefined;
  const scopeName = el.hasAttribute('itemscope') ? el.querySelector('[itemprop="name"]') : null;
  const value =
    el.getAttribute('content') ?? (scopeName ? inlineText(scopeName) : undefined) ?? inlineText(el);
  return value.trim() || undefined;
}

/** schema.org Product in microdata (itemscope/itemprop), common on older shop templates. */
export function productFromMicrodata(doc: Document): StructuredProduct | undefined {
  const scope = doc.querySelector(PRODUCT_SCOPE);
  if (!scope) return undefined;
  const prop = (name: string) => propValue(scope.querySelector(`[itemprop="${name}"]`));
  const attributes: Record<string, string> = {};
  for (const name of ['material', 'color']) {
    const value = prop(name);
    if (value) attributes[name] = value;
  }
  return {
    title: prop('name'),
    description: prop('description'),
    category: prop('category'),
    brand: prop('brand'),
    sku: prop('sku') ?? prop('mpn'),
    gtin: prop('gtin13') ?? prop('gtin') ?? prop('gtin12') ?? prop('gtin8'),
    price: prop('price') ?? prop('lowPrice'),
    currency: prop('priceCurrency'),
    attributes,
    imagesCount: scope.querySelectorAll('[itemprop="image"]').length || undefined,
  };
}

/** Open Graph and its product extension (og:type=product, product:price:amount). */
export function productFromOpenGraph(
  doc: Document,
): (StructuredProduct & { isProduct: boolean }) | undefined {
  const meta = (property: string) =>
    doc
      .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
      ?.getAttribute('content')
      ?.trim() || undefined;
  const title = meta('og:title');
  if (!title) return undefined;
  const price = meta('product:price:amount') ?? meta('og:price:amount');
  const type = meta('og:type') ?? '';
  return {
    isProduct: /product/i.test(type) || price !== undefined,
    title,
    description: meta('og:description'),
    brand: meta('product:brand'),
    sku: meta('product:retailer_item_id'),
    price,
    currency: meta('product:price:currency') ?? meta('og:price:currency'),
    category: meta('product:category'),
    attributes: {},
    imagesCount: doc.querySelectorAll('meta[property="og:image"]').length || undefined,
  };
}
