// Bundled by bench/capture-browser.ts and injected into a Chromium page: the same adapters the content
// scripts run, timed on the real DOM.
import { findSellerAdapter } from '../../lib/sites/index';
import { findCarrierAdapter } from '../../lib/sites/carriers/index';

function time(fn: () => unknown, runs: number): { first: number; median: number; found: unknown } {
  const times: number[] = [];
  let found: unknown;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    found = fn();
    times.push(performance.now() - t);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return { first: times[0]!, median: warm[Math.floor(warm.length / 2)]!, found };
}

export function measure(url: string, runs: number): { first: number; median: number; found: string } | null {
  // A content script runs at document_idle, after the page's first layout: do that layout outside the timing
  // (the adapters check visibility, which would otherwise pay for it).
  void document.body?.offsetHeight;
  const carrier = findCarrierAdapter(url);
  if (carrier) {
    const r = time(() => carrier.findLines(document), runs);
    return { ...r, found: `${(r.found as unknown[]).length} lines` };
  }
  const seller = findSellerAdapter(url);
  if (!seller) return null;
  const r = time(() => seller.extract(document, url), runs);
  return { ...r, found: r.found ? 'product' : 'no product' };
}
