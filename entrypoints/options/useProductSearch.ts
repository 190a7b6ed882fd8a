import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/send';
import type { ProductSummary } from '@/lib/messages';

/**
 * The catalogue search the options panels share: the query as typed, and the matching products, fetched 150 ms
 * after the last keystroke and again whenever `version` changes. A failed request shows an empty list.
 */
export function useProductSearch(version: number) {
  const [query, setQuery] = useState('');
  const [data, setData] = useState<{ products: ProductSummary[]; total: number } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      send('list-products', { query, limit: 100 }).then(setData, () => setData({ products: [], total: 0 }));
    }, 150);
    return () => clearTimeout(timer);
  }, [query, version]);
  return { query, setQuery, data };
}
