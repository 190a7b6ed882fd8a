import { Readability } from '@mozilla/readability';
import { inlineText } from './dom';
import { productFromJsonLd } from './json-ld';
import { parseGtin, parseNumber, splitPath } from './parse';
import { currencyFromText } from './region';
import { productFromMicrodata, productFromOpenGraph, type StructuredProduct } from './structured';
import { ProductDraftSchema, type ProductDraft, type SiteAdapter } from './types';

/**
 * Any other product page (a marketplace listing, a supplier page, the seller's own shop), run only when the user
 * asks ("Classify this product"). Structured data is trusted first (JSON-LD, then microdata, then Open Graph);
 * Readability fills a missing description, and reads pages with no structured data only when their main
 * text shows a price, so that an article or a login page yields no product.
 */
const PRICE_IN_TEXT =
  /(?:RM|Rp|S\$|US\$|\$|₫|฿|₱|€|£|\b(?:IDR|MYR|SGD|THB|VND|PHP|USD)\b)\s?\d[\d.,]*|\d[\d.,]*\s?(?:₫|đ|VND|€)/;
const DESCRIPTION_MIN = 40;

function readable(doc: Document): { title: string; text: string } | undefined {
  try {
    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    if (!article?.textContent) return undefined;
    return { title: (article.title ?? '').trim(), text: article.textContent.replace(/\s+/g, ' ').trim() };
  } catch {
    // Readability throws on some malformed documents; structured data alone is still useful.
    return undefined;
  }
}

/** Earlier sources win field by field; attributes are merged with the earlier source's values kept. */
function merge(sources: (StructuredProduct | undefined)[]): StructuredProduct | undefined {
  const present = sources.filter((s): s is StructuredProduct => s !== undefined);
  if (present.length === 0) return undefined;
  const merged: StructuredProduct = { attributes: {} };
  for (const source of present.reverse()) {
    const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined));
    Object.assign(merged, defined, { attributes: { ...merged.attributes, ...source.attributes } });
  }
  return merged;
}

function toDraft(url: string, product: StructuredProduct, title: string): ProductDraft | null {
  const currency =
    product.currency?.toUpperCase() ?? (product.price ? currencyFromText(product.price) : undefined);
  const draft = {
    site: 'generic',
    url,
    title: title.slice(0, 2000),
    description: product.description?.slice(0, 60_000),
    categoryPath: product.category ? splitPath(product.category) : [],
    brand: product.brand,
    attributes: product.attributes,
    price: product.price ? parseNumber(product.price, currency) : undefined,
    currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : undefined,
    weightKg: product.weightKg,
    dimensionsCm: product.dimensionsCm,
    sku: product.sku,
    gtin: product.gtin ? parseGtin(product.gtin) : undefined,
    variants: [],
    imagesCount: product.imagesCount,
  };
  const clean = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
  const parsed = ProductDraftSchema.safeParse(clean);
  return parsed.success ? parsed.data : null;
}

/** The page's h1 when the document title is that h1 plus the shop name ("Product — Shop"). */
function pageTitle(doc: Document, title: string): string {
  const h1 = inlineText(doc.querySelector('h1'));
  return h1 && title.includes(h1) ? h1 : title;
}

export function extractGeneric(doc: Document, url: string): ProductDraft | null {
  const og = productFromOpenGraph(doc);
  const structured = merge([
    productFromJsonLd(doc),
    productFromMicrodata(doc),
    og?.isProduct ? og : undefined,
  ]);
  if (structured?.title) {
    if ((structured.description ?? '').length < DESCRIPTION_MIN) {
      const article = readable(doc);
      if (article && article.text.length > (structured.description ?? '').length) {
        structured.description = article.text.slice(0, 2000);
      }
    }
    return toDraft(url, structured, structured.title);
  }
  const article = readable(doc);
  const priceMatch = article ? PRICE_IN_TEXT.exec(article.text) : null;
  const title = pageTitle(doc, og?.title ?? article?.title ?? doc.title.trim());
  if (!article || !priceMatch || !title) return null;
  return toDraft(
    url,
    { attributes: {}, description: article.text.slice(0, 2000), price: priceMatch[0] },
    title,
  );
}

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Any product page',
  // Requested as optional host permissions at the moment the user asks, never at install.
  matches: ['https://*/*', 'http://*/*'],
  isProductPage: (url) => /^https?:/.test(url),
  fields: { fields: {}, layout: { row: '', rowLabel: '', defaultWeightUnit: 'kg' } },
  extract: extractGeneric,
};
