import { z } from 'zod';
import { ShipmentSchema, type Shipment } from '../docs/lines';
import type { DocLineFacts } from '../messages-review';

/** What the person types per line: the catalogue knows the product, not the parcel. */
export interface LineEntry {
  quantity: number;
  unitValue: number;
  weightKg: number;
  origin: string;
}
export const DEFAULT_LINE_ENTRY: LineEntry = { quantity: 1, unitValue: 0, weightKg: 0.1, origin: '' };

export interface ShipmentHeader {
  invoiceNumber: string;
  date: string;
  currency: string;
  seller: { name: string; address: string; country: string };
  consignee: { name: string; address: string; country: string };
}

/**
 * The shipment for lib/docs, or a plain-language list of what is missing. Lines that still need a person are
 * not reported here: lib/docs refuses them itself, naming each line.
 */
export function buildShipment(
  header: ShipmentHeader,
  facts: DocLineFacts[],
  entries: Record<string, LineEntry>,
  defaultOrigin: string,
): { ok: true; shipment: Shipment } | { ok: false; message: string } {
  const lines = facts.map((f) => {
    const e = entries[f.productId] ?? DEFAULT_LINE_ENTRY;
    return {
      description: f.description.slice(0, 200),
      code: f.code,
      tier: f.tier,
      origin: (e.origin || defaultOrigin).toUpperCase(),
      quantity: e.quantity,
      unitValue: e.unitValue,
      weightKg: e.weightKg,
    };
  });
  const parsed = ShipmentSchema.safeParse({
    ...header,
    currency: header.currency.toUpperCase(),
    seller: { ...header.seller, country: header.seller.country.toUpperCase() },
    consignee: { ...header.consignee, country: header.consignee.country.toUpperCase() },
    lines,
  });
  if (!parsed.success)
    return { ok: false, message: `Please check the form: ${z.prettifyError(parsed.error)}` };
  return { ok: true, shipment: parsed.data };
}

/** "INV-20261121-1430" from the current time, a unique-enough default the person can overwrite. */
export function defaultInvoiceNumber(now = new Date()): string {
  const iso = now.toISOString();
  return `INV-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 16).replace(':', '')}`;
}
