import { z } from 'zod';
import type { TextField } from '../../fill/dom';

/**
 * What an HS field accepts. `digits` lists the code lengths the carrier takes (FedEx autocompletes 6 digits,
 * national forms take 8, a few 10); `dotted` writes "9018.90" rather than "901890"; `autocomplete` means the
 * value only counts once an option of the widget's list is picked (typing alone is not enough).
 */
export const HsFormatSchema = z.object({
  digits: z.array(z.number().int().min(4).max(12)).min(1),
  dotted: z.boolean(),
  autocomplete: z.boolean(),
});
export type HsFormat = z.infer<typeof HsFormatSchema>;

/** CSS selectors relative to one line container; each may be a comma-separated list of alternatives. */
export const LineFieldMapSchema = z.object({
  description: z.string().min(1),
  hsCode: z.string().min(1),
  quantity: z.string().optional(),
  value: z.string().optional(),
  weight: z.string().optional(),
  origin: z.string().optional(),
});
export type LineFieldMap = z.infer<typeof LineFieldMapSchema>;

/** The data half of an adapter: validated in tests so a typo in a selector or match pattern fails loudly. */
export const CarrierAdapterDataSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Manifest match patterns; the host's TLD cannot be wildcarded, so each ccTLD is listed. */
  matches: z.array(z.string().regex(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*$/)).min(1),
  /** False where the page structure comes from inference, not an observed page (target-pages.md [U]). */
  verified: z.boolean(),
  /** One line's container; absent when unknown, then each HS field's widest single-line ancestor is its row. */
  lineSelector: z.string().min(1).optional(),
  fields: LineFieldMapSchema,
  /** Shipment-level destination country field, searched in the whole document. */
  destination: z.string().min(1),
  hsFormat: HsFormatSchema,
  /** Options of the code autocomplete, when the widget does not link its list with aria-controls. */
  optionSelector: z.string().optional(),
});
export type CarrierAdapterData = z.infer<typeof CarrierAdapterDataSchema>;

/** How a line was found: by the adapter's own selectors, or by the generic finder in lib/fill. */
export const LineSourceSchema = z.enum(['adapter', 'generic']);

/** One declared line as the extension sends it to the background: plain data, no DOM. */
export const DeclarationLineSchema = z.object({
  carrier: z.string(),
  index: z.number().int().min(0),
  source: LineSourceSchema,
  description: z.string(),
  quantity: z.number().nullable(),
  value: z.number().nullable(),
  weight: z.number().nullable(),
  /** Country of origin/manufacture as shown, and its ISO code when recognised. */
  origin: z.string(),
  originCode: z.string().length(2).nullable(),
  destination: z.string(),
  destinationCode: z.string().length(2).nullable(),
  /** What the HS field holds now: non-empty means someone (the user, the page) already typed a code. */
  hsValue: z.string(),
});
export type DeclarationLineData = z.infer<typeof DeclarationLineSchema>;

/** The DOM half, kept out of the schema: it never leaves the content script. */
export interface LineElements {
  row: Element | null;
  hsCode: TextField;
  description: TextField | null;
  quantity: TextField | null;
  value: TextField | null;
  weight: TextField | null;
  origin: TextField | null;
  destination: TextField | null;
}

export type DeclarationLine = DeclarationLineData & { elements: LineElements };

export interface CarrierAdapter extends CarrierAdapterData {
  findLines(doc?: Document): DeclarationLine[];
}
