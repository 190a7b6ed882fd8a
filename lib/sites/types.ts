// zod/mini, not classic zod: this schema ships in the content script on every seller-centre page, where
// classic zod would add ~450 KB minified and mini ~12 KB. Both are zod 4 and compose with the shared schemas.
import * as z from 'zod/mini';

/**
 * What a site adapter reads from a product page. Every field but `site`, `url` and `title` is optional because
 * seller centres render forms in steps and sellers fill them in any order; a partial draft is still useful
 * (the engine classifies on the title alone, with lower confidence).
 */
const positive = () => z.number().check(z.positive());

export const DimensionsSchema = z.object({ length: positive(), width: positive(), height: positive() });

export const VariantGroupSchema = z.object({
  name: z.string(),
  options: z.array(z.string()),
});

export const ProductDraftSchema = z.object({
  site: z.string().check(z.minLength(1)),
  itemId: z.optional(z.string()),
  url: z.string(),
  title: z.string().check(z.minLength(1), z.maxLength(2000)),
  description: z.optional(z.string().check(z.maxLength(60_000))),
  /** Category path from the root, e.g. ["Women Clothes", "Dresses"]. */
  categoryPath: z._default(z.array(z.string()), []),
  brand: z.optional(z.string()),
  /** Category attributes as the page labels them (Material, Chất liệu, Bahan, …). */
  attributes: z._default(z.record(z.string(), z.string()), {}),
  price: z.optional(z.number().check(z.nonnegative())),
  /** ISO 4217, from the page's currency prefix or else the seller centre's country. */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  /** Units are fixed so that carrier forms (kg, cm) never have to guess them. */
  weightKg: z.optional(positive()),
  dimensionsCm: z.optional(DimensionsSchema),
  sku: z.optional(z.string()),
  gtin: z.optional(z.string()),
  variants: z._default(z.array(VariantGroupSchema), []),
  imagesCount: z.optional(z.int().check(z.nonnegative())),
});
export type ProductDraft = z.output<typeof ProductDraftSchema>;

/**
 * Where a field lives on a page: CSS selectors tried first (stable `name`/`data-*` anchors), then label texts
 * (localized) looked up in the site's form rows. The first non-empty value wins.
 */
export interface FieldSpec {
  selectors?: readonly string[];
  labels?: readonly string[];
}

export type FieldName =
  | 'title'
  | 'description'
  | 'category'
  | 'brand'
  | 'price'
  | 'currency'
  | 'weight'
  | 'dimensions'
  | 'length'
  | 'width'
  | 'height'
  | 'sku'
  | 'gtin';

/** How a site lays out its form: rows with a label, category attributes, variation groups, image tiles. */
export interface SiteLayout {
  /** A form row holding one label and its control(s). */
  row: string;
  /** The label element inside a row. */
  rowLabel: string;
  /** Category attribute rows (brand and attributes section) with their label. */
  attributeRow?: string;
  attributeLabel?: string;
  /** A variation group, its name and its option values. */
  variantGroup?: string;
  variantName?: string;
  variantOption?: string;
  /** One uploaded image tile. */
  image?: string;
  /** Breadcrumb-like category path segments, or one text joined by a separator. */
  categorySeparator?: RegExp;
  /** Unit of the weight field when the page shows none. */
  defaultWeightUnit: 'g' | 'kg';
}

export interface SiteFields {
  fields: Partial<Record<FieldName, FieldSpec>>;
  layout: SiteLayout;
}

export interface SiteAdapter {
  id: string;
  name: string;
  /** Manifest match patterns; the TLD cannot be wildcarded, so every country host is listed. */
  matches: readonly string[];
  isProductPage(url: string): boolean;
  fields: SiteFields;
  /** Reads the product; null when the page holds no product (wrong page, form not rendered yet). */
  extract(doc: Document, url: string): ProductDraft | null;
}
