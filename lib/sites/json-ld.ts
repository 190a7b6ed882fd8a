import type { StructuredProduct } from './structured';

/**
 * schema.org Product from JSON-LD blocks: the richest and most stable source on ordinary shop pages. Blocks
 * are page data, so every access is defensive: malformed JSON, arrays, `@graph` wrappers and nested objects
 * where a string is expected all occur in the wild.
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** A string from a string, a number, or an object with `name`/`@value` (brand: {"@type":"Brand","name":…}). */
export function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v.name ?? v['@value']);
  return undefined;
}

function hasType(node: Json, type: string): boolean {
  return asArray(node['@type']).some((t) => typeof t === 'string' && t.replace(/^.*[/#]/, '') === type);
}

function nodesOf(value: unknown): Json[] {
  return asArray(value).flatMap((v) => (isObject(v) ? [v, ...nodesOf(v['@graph'])] : []));
}

/** Quantity in a target unit from a QuantitativeValue; UN/CEFACT codes KGM, GRM, CMT, MMT, MTR, INH. */
function quantity(v: unknown, target: 'kg' | 'cm'): number | undefined {
  const node = isObject(v) ? v : { value: v };
  const value = Number(typeof node.value === 'string' ? node.value.replace(',', '.') : node.value);
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const unit = String(node.unitCode ?? node.unitText ?? '').toUpperCase();
  const factors: Record<string, number> =
    target === 'kg'
      ? { KGM: 1, KG: 1, GRM: 0.001, G: 0.001, LBR: 0.4536, LB: 0.4536, '': 1 }
      : { CMT: 1, CM: 1, MMT: 0.1, MM: 0.1, MTR: 100, M: 100, INH: 2.54, IN: 2.54, '': 1 };
  const factor = factors[unit];
  return factor === undefined ? undefined : Math.round(value * factor * 1000) / 1000;
}

function fromNode(node: Json): StructuredProduct {
  const offer = nodesOf(node.offers).flatMap((o) =>
    hasType(o, 'AggregateOffer') ? [o, ...nodesOf(o.offers)] : [o],
  )[0];
  const attributes: Record<string, string> = {};
  for (const prop of nodesOf(node.additionalProperty)) {
    const name = text(prop.name);
    const value = text(prop.value);
    if (name && value) attributes[name] = value;
  }
  for (const key of ['material', 'color', 'pattern', 'size'] as const) {
    const value = text(node[key]);
    if (value && !(key in attributes)) attributes[key] = value;
  }
  const [length, width, height] = [node.depth, node.width, node.height].map((v) => quantity(v, 'cm'));
  return {
    title: text(node.name),
    description: text(node.description),
    category: text(node.category),
    brand: text(node.brand) ?? text(node.manufacturer),
    sku: text(node.sku) ?? text(node.mpn),
    gtin: text(node.gtin13 ?? node.gtin ?? node.gtin14 ?? node.gtin12 ?? node.gtin8),
    price: text(offer?.price ?? offer?.lowPrice),
    currency: text(offer?.priceCurrency),
    weightKg: node.weight === undefined ? undefined : quantity(node.weight, 'kg'),
    dimensionsCm: length && width && height ? { length, width, height } : undefined,
    attributes,
    imagesCount: asArray(node.image).length || undefined,
  };
}

/** The first Product (or ProductGroup) described in the page's JSON-LD, or undefined. */
export function productFromJsonLd(doc: Document): StructuredProduct | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const product = nodesOf(parsed).find((n) => hasType(n, 'Product') || hasType(n, 'ProductGroup'));
    if (product) return fromNode(product);
  }
  return undefined;
}
