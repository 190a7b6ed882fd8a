import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { currentTab } from './current-tab';
import { send } from '@/lib/messaging/send';
import type { ProductSummary } from '@/lib/messages';
import { ProductCard } from '@/components/ProductCard';
import { ClassifyPage } from './ClassifyPage';
import { RERUN_MESSAGE } from '@/lib/content/rerun';

/** This tab's products first; when the tab has none (or the popup is open in its own tab), the latest ones. */
async function loadProducts(): Promise<{ products: ProductSummary[]; scope: 'tab' | 'recent' }> {
  const tab = await currentTab();
  const url = tab?.url ?? '';
  if (url.startsWith('http')) {
    const forTab = await send('list-products', { query: '', url, limit: 20 });
    if (forTab.total > 0) return { products: forTab.products, scope: 'tab' };
  }
  const recent = await send('list-products', { limit: 10 });
  return { products: recent.products, scope: 'recent' };
}

/** After a decision, the carrier form in this tab runs again: the new team ruling fills its line. */
async function rerunOnTab(): Promise<void> {
  const tab = await currentTab();
  if (tab?.id !== undefined && tab.url?.startsWith('http')) {
    await browser.tabs.sendMessage(tab.id, { type: RERUN_MESSAGE }).catch(() => undefined);
  }
}

export function App() {
  const [state, setState] = useState<{ products: ProductSummary[]; scope: string } | null>(null);
  const [error, setError] = useState('');

  const refresh = useCallback(() => {
    loadProducts().then(setState, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(refresh, [refresh]);

  return (
    <main style={{ width: 420, padding: 12 }}>
      <h1>ClearLane</h1>
      {error && <p role="alert">{error}</p>}
      {!state && !error && <p role="status">Loading…</p>}
      {state && state.products.length === 0 && (
        <p>No products captured yet. Open a product in a seller centre or a carrier declaration form.</p>
      )}
      {state && state.products.length > 0 && (
        <p className="muted">{state.scope === 'tab' ? 'On this page' : 'Recently captured'}</p>
      )}
      {state?.products.map((p) => (
        <ProductCard
          key={p.id}
          product={p}
          onDecide={async (id, d) => {
            await send('decide', { productId: id, ...d });
            await rerunOnTab();
            refresh();
          }}
        />
      ))}
      <ClassifyPage onDone={refresh} />
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Catalogue, rulings and settings
        </a>
      </p>
    </main>
  );
}
