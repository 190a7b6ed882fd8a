import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/send';
import { blockingLines, type Shipment } from '@/lib/docs/lines';
import { commercialInvoicePdf, customsDeclarationPdf } from '@/lib/docs/pdf';
import { dhlLineItemsCsv } from '@/lib/docs/dhl-csv';
import {
  buildShipment,
  defaultInvoiceNumber,
  type LineEntry,
  type ShipmentHeader,
} from '@/lib/review/shipment';
import { TierSchema } from '@/lib/classify/types';
import { TierBadge } from '@/components/TierBadge';
import { downloadFile, fileSlug } from '@/components/download';
import { DocsHeaderForm } from './DocsHeaderForm';
import { DocsLineInputs } from './DocsLineInputs';
import { useProductSearch } from './useProductSearch';

type Kind = 'invoice' | 'cn23' | 'csv';
const MAKERS: Record<
  Kind,
  { name: (s: Shipment) => string; type: string; make: (s: Shipment) => Promise<BlobPart> | BlobPart }
> = {
  invoice: {
    name: (s) => `invoice-${fileSlug(s.invoiceNumber)}.pdf`,
    type: 'application/pdf',
    make: (s) => commercialInvoicePdf(s) as Promise<BlobPart>,
  },
  cn23: {
    name: (s) => `cn23-${fileSlug(s.invoiceNumber)}.pdf`,
    type: 'application/pdf',
    make: (s) => customsDeclarationPdf(s) as Promise<BlobPart>,
  },
  csv: {
    name: (s) => `mydhl-lines-${fileSlug(s.invoiceNumber)}.csv`,
    type: 'text/csv',
    make: (s) => dhlLineItemsCsv(s),
  },
};

/**
 * Shipping documents for selected catalogue items (captured listings or a carrier form's saved lines):
 * commercial invoice, CN23 and the MyDHL+ line-item CSV. Refused, naming the lines, while any still needs review.
 */
export function DocsPanel({ version }: { version: number }) {
  const { query, setQuery, data } = useProductSearch(version);
  const products = data?.products ?? [];
  const [selected, setSelected] = useState<string[]>([]);
  const [entries, setEntries] = useState<Record<string, LineEntry>>({});
  const [header, setHeader] = useState<ShipmentHeader | null>(null);
  const [origin, setOrigin] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    send('get-settings', {}).then((s) => {
      const { seller, consignee, currency } = s.docs;
      setHeader({
        invoiceNumber: defaultInvoiceNumber(),
        date: new Date().toISOString().slice(0, 10),
        currency,
        seller,
        consignee,
      });
      setOrigin(s.docs.origin);
    });
  }, []);

  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  async function generate(kind: Kind) {
    if (!header) return;
    setMessage('');
    try {
      const { lines } = await send('docs-lines', { productIds: selected });
      const built = buildShipment(header, lines, entries, origin);
      if (!built.ok) return setMessage(built.message);
      const blocking = blockingLines(built.shipment.lines);
      if (blocking.length)
        return setMessage(
          `Cannot make documents yet: ${blocking.join('; ')}. Decide them in the review queue first.`,
        );
      const maker = MAKERS[kind];
      downloadFile(maker.name(built.shipment), await maker.make(built.shipment), maker.type);
      setMessage(`Saved ${maker.name(built.shipment)}.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  const chosen = selected.flatMap((id) => products.filter((p) => p.id === id));
  return (
    <div>
      <h2>Shipping documents</h2>
      <label>
        Find items{' '}
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="title, SKU"
        />
      </label>
      <ul className="review-list" aria-label="Catalogue items" style={{ maxHeight: 240, overflow: 'auto' }}>
        {products.map((p) => {
          const tier = TierSchema.safeParse(p.tier);
          return (
            <li key={p.id}>
              <label>
                <input type="checkbox" checked={selected.includes(p.id)} onChange={() => toggle(p.id)} />{' '}
                {tier.success && <TierBadge tier={tier.data} />} {p.title || '(no title)'}{' '}
                <span className="muted">{p.site}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <DocsLineInputs products={chosen} entries={entries} onChange={setEntries} />
      {header && <DocsHeaderForm header={header} origin={origin} onChange={setHeader} onOrigin={setOrigin} />}
      <div className="decide">
        <button type="button" disabled={!selected.length} onClick={() => generate('invoice')}>
          Commercial invoice (PDF)
        </button>
        <button type="button" disabled={!selected.length} onClick={() => generate('cn23')}>
          CN23 declaration (PDF)
        </button>
        <button type="button" disabled={!selected.length} onClick={() => generate('csv')}>
          MyDHL+ line items (CSV)
        </button>
      </div>
      {message && (
        <p role="status" data-testid="docs-message">
          {message}
        </p>
      )}
    </div>
  );
}
