import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { assertCleared, dotted, type Shipment } from './lines';

/**
 * The standard PDF fonts only encode Latin-1, so text is folded to it (Vietnamese diacritics dropped, other
 * scripts replaced by "?"). The HS codes, numbers and countries — what customs reads — are unaffected.
 */
export function toLatin1(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
}

interface Cursor {
  page: PDFPage;
  y: number;
}

function write(c: Cursor, font: PDFFont, text: string, x: number, size = 9): void {
  c.page.drawText(toLatin1(text).slice(0, 120), { x, y: c.y, size, font });
}

async function render(shipment: Shipment, title: string, footer: string): Promise<Uint8Array> {
  assertCleared(shipment);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(`${title} ${shipment.invoiceNumber}`);
  pdf.setProducer('ClearLane');
  pdf.setCreationDate(new Date(`${shipment.date}T00:00:00Z`));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const c: Cursor = { page: pdf.addPage([595, 842]), y: 800 };
  write(c, bold, title, 40, 16);
  c.y -= 24;
  write(c, font, `No. ${shipment.invoiceNumber}   Date ${shipment.date}   Currency ${shipment.currency}`, 40);
  c.y -= 20;
  write(c, bold, 'Sender', 40);
  write(c, bold, 'Consignee', 300);
  c.y -= 12;
  write(c, font, `${shipment.seller.name}, ${shipment.seller.address} (${shipment.seller.country})`, 40, 8);
  write(
    c,
    font,
    `${shipment.consignee.name}, ${shipment.consignee.address} (${shipment.consignee.country})`,
    300,
    8,
  );
  c.y -= 24;
  const cols = [40, 250, 330, 370, 420, 480, 530];
  ['Description', 'HS code', 'Origin', 'Qty', 'Unit value', 'Total', 'kg'].forEach((h, i) =>
    write(c, bold, h, cols[i]!),
  );
  let total = 0;
  let weight = 0;
  for (const l of shipment.lines) {
    c.y -= 14;
    if (c.y < 60) Object.assign(c, { page: pdf.addPage([595, 842]), y: 800 });
    const lineTotal = l.quantity * l.unitValue;
    total += lineTotal;
    weight += l.weightKg;
    const cells = [
      l.description.slice(0, 40),
      dotted(l.code ?? ''),
      l.origin,
      String(l.quantity),
      l.unitValue.toFixed(2),
      lineTotal.toFixed(2),
      l.weightKg.toFixed(2),
    ];
    cells.forEach((v, i) => write(c, font, v, cols[i]!));
  }
  c.y -= 20;
  write(
    c,
    bold,
    `Total value ${total.toFixed(2)} ${shipment.currency}   Total weight ${weight.toFixed(2)} kg`,
    40,
  );
  c.y -= 20;
  write(c, font, footer, 40, 8);
  return pdf.save();
}

export function commercialInvoicePdf(shipment: Shipment): Promise<Uint8Array> {
  return render(
    shipment,
    'COMMERCIAL INVOICE',
    'I declare that the information on this invoice is true and correct.',
  );
}

/** CN23-style customs declaration (the UPU form's fields: contents, HS tariff number, origin, value, weight). */
export function customsDeclarationPdf(shipment: Shipment): Promise<Uint8Array> {
  return render(
    shipment,
    'CUSTOMS DECLARATION CN23 (Sale of goods)',
    'I certify that the particulars given in this customs declaration are correct and that this item does not contain any dangerous article prohibited by postal regulations.',
  );
}
