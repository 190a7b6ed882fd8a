import type { ProductSummary } from '@/lib/messages';
import { DEFAULT_LINE_ENTRY, type LineEntry } from '@/lib/review/shipment';

const FIELDS = [
  { key: 'quantity', label: 'Quantity', step: '1' },
  { key: 'unitValue', label: 'Unit value', step: '0.01' },
  { key: 'weightKg', label: 'Weight (kg)', step: '0.001' },
] as const;

/** Quantity, value, weight and origin per selected item: what the parcel holds, which the catalogue cannot know. */
export function DocsLineInputs({
  products,
  entries,
  onChange,
}: {
  products: ProductSummary[];
  entries: Record<string, LineEntry>;
  onChange: (e: Record<string, LineEntry>) => void;
}) {
  if (!products.length) return <p className="muted">Tick the items that go into the parcel.</p>;
  const set = (id: string, patch: Partial<LineEntry>) =>
    onChange({ ...entries, [id]: { ...(entries[id] ?? DEFAULT_LINE_ENTRY), ...patch } });
  return (
    <table className="review-table" aria-label="Lines">
      <thead>
        <tr>
          <th>Item</th>
          {FIELDS.map((f) => (
            <th key={f.key}>{f.label}</th>
          ))}
          <th>Origin (ISO)</th>
        </tr>
      </thead>
      <tbody>
        {products.map((p) => {
          const e = entries[p.id] ?? DEFAULT_LINE_ENTRY;
          return (
            <tr key={p.id}>
              <td>{p.title}</td>
              {FIELDS.map((f) => (
                <td key={f.key}>
                  <input
                    type="number"
                    min="0"
                    step={f.step}
                    aria-label={`${f.label} of ${p.title}`}
                    value={e[f.key]}
                    onChange={(ev) => set(p.id, { [f.key]: Number(ev.target.value) })}
                    style={{ width: 80 }}
                  />
                </td>
              ))}
              <td>
                <input
                  aria-label={`Origin of ${p.title}`}
                  value={e.origin}
                  maxLength={2}
                  placeholder="default"
                  onChange={(ev) => set(p.id, { origin: ev.target.value })}
                  style={{ width: 60 }}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
