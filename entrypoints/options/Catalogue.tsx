import { send } from '@/lib/messaging/send';
import { ProductCard } from '@/components/ProductCard';
import { Reclassify } from './Reclassify';
import { useProductSearch } from './useProductSearch';

/** The captured catalogue with search; deciding here writes the same team ruling as the popup. */
export function Catalogue({ version, onChange }: { version: number; onChange: () => void }) {
  const { query, setQuery, data } = useProductSearch(version);

  return (
    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">Catalogue</h2>
      <label>
        Search{' '}
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="title, SKU"
        />
      </label>
      <Reclassify onDone={onChange} />
      {data && (
        <p className="muted">
          {data.total} product{data.total === 1 ? '' : 's'}
        </p>
      )}
      {data?.products.map((p) => (
        <ProductCard
          key={p.id}
          product={p}
          onDecide={async (id, d) => {
            await send('decide', { productId: id, ...d });
            onChange();
          }}
        />
      ))}
    </section>
  );
}
