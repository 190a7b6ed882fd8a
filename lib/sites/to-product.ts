import { canonicalAttribute } from './labels';
import type { ProductDraft } from './types';

/**
 * The message payload (`capture-product`) and engine input built from a draft: the category path becomes one
 * "A > B" string and brand, weight and size join the attributes, because the engine reads attributes as text
 * (brand and material help it; a weight of 0.2 kg separates a phone case from a phone). Localized attribute
 * labels that the engine relies on (material, origin, use) are also given under their English key.
 */
export function toCapturedProduct(draft: ProductDraft): {
  site: string;
  url: string;
  itemId?: string;
  title: string;
  description?: string;
  category?: string;
  attributes?: Record<string, string>;
  sku?: string;
} {
  const attributes: Record<string, string> = { ...draft.attributes };
  for (const [label, value] of Object.entries(draft.attributes)) {
    const key = canonicalAttribute(label);
    if (key && key !== label.toLowerCase()) attributes[key] ??= value;
  }
  if (draft.brand) attributes.brand ??= draft.brand;
  if (draft.gtin) attributes.gtin ??= draft.gtin;
  if (draft.weightKg !== undefined) attributes['weight (kg)'] ??= String(draft.weightKg);
  const dims = draft.dimensionsCm;
  if (dims) attributes['package (cm)'] ??= `${dims.length} x ${dims.width} x ${dims.height}`;
  for (const group of draft.variants) attributes[`variant: ${group.name}`] ??= group.options.join(', ');
  const captured = {
    site: draft.site,
    url: draft.url,
    itemId: draft.itemId,
    title: draft.title,
    description: draft.description,
    category: draft.categoryPath.length > 0 ? draft.categoryPath.join(' > ') : undefined,
    attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    sku: draft.sku,
  };
  return Object.fromEntries(Object.entries(captured).filter(([, v]) => v !== undefined)) as typeof captured;
}
