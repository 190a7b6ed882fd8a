import Papa from 'papaparse';
import { assertCleared, type Shipment } from './lines';

/**
 * Line items in the column layout of MyDHL+'s "upload line items" CSV template (description, commodity code,
 * quantity, units, value, weight, country of manufacture). The template's exact header wording is
 * unverified here (no network); the columns are those the MyDHL+ line-item form asks for.
 */
export function dhlLineItemsCsv(shipment: Shipment): string {
  assertCleared(shipment);
  const rows = shipment.lines.map((l) => ({
    'Item Description': l.description,
    'Commodity Code': l.code ?? '',
    Quantity: l.quantity,
    Units: 'PCS',
    'Item Value': l.unitValue.toFixed(2),
    Currency: shipment.currency,
    'Net Weight (kg)': l.weightKg.toFixed(3),
    'Gross Weight (kg)': l.weightKg.toFixed(3),
    'Country of Manufacture': l.origin,
  }));
  return Papa.unparse(rows, { newline: '\r\n' });
}
