import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import Papa from 'papaparse';
import { commercialInvoicePdf, customsDeclarationPdf, toLatin1 } from '../../../lib/docs/pdf';
import { dhlLineItemsCsv } from '../../../lib/docs/dhl-csv';
import { DocumentRefused, type Shipment } from '../../../lib/docs/lines';

const shipment: Shipment = {
  invoiceNumber: 'INV-2026-0042',
  date: '2026-11-21',
  currency: 'USD',
  seller: { name: 'Toko Maju', address: 'Jl. Sudirman 1, Jakarta', country: 'ID' },
  consignee: { name: 'Lim Trading', address: '1 Raffles Place', country: 'SG' },
  lines: [
    {
      description: 'Ốp lưng điện thoại silicone',
      code: '392690',
      tier: 'auto',
      origin: 'CN',
      quantity: 10,
      unitValue: 1.5,
      weightKg: 0.3,
    },
    {
      description: 'Cotton T-shirt, men',
      code: '61091010',
      tier: 'decided',
      origin: 'ID',
      quantity: 2,
      unitValue: 6,
      weightKg: 0.4,
    },
  ],
};

describe('customs documents', () => {
  it('produces an invoice and a CN23 that parse back as PDFs', async () => {
    for (const make of [commercialInvoicePdf, customsDeclarationPdf]) {
      const bytes = await make(shipment);
      const parsed = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(parsed.getPageCount()).toBe(1);
      expect(parsed.getTitle()).toContain('INV-2026-0042');
      expect(parsed.getProducer()).toBe('ClearLane');
    }
  });

  it('refuses while a line still needs review, naming the line', async () => {
    const pending = {
      ...shipment,
      lines: [
        ...shipment.lines,
        { ...shipment.lines[0]!, description: 'Herbal jamu', code: null, tier: 'review' as const },
      ],
    };
    await expect(commercialInvoicePdf(pending)).rejects.toThrow(DocumentRefused);
    expect(() => dhlLineItemsCsv(pending)).toThrow(/line 3 "Herbal jamu"/);
  });

  it('writes MyDHL+ line items as CSV with the codes', () => {
    const rows = Papa.parse<Record<string, string>>(dhlLineItemsCsv(shipment), { header: true }).data;
    expect(rows.map((r) => r['Commodity Code'])).toEqual(['392690', '61091010']);
    expect(rows[0]!['Country of Manufacture']).toBe('CN');
  });

  it('folds text to what the standard PDF fonts can encode', () => {
    expect(toLatin1('Ốp lưng đẹp')).toBe('Op lung dep');
    expect(toLatin1('เคส')).toBe('???');
  });
});
