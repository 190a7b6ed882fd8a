import { getDb } from '@/lib/db';
import { clearRulings, countRulings } from '@/lib/db/rulings-store';
import type { Handlers } from '@/lib/messaging/router';
import { normalizeKey } from '@/lib/classify/normalize';
import { classifyProduct, rulingsChanged } from './engine';
import { listProducts, saveProduct } from './products';
import { readSettings, writeApiKey, writeSettings } from './settings-store';
import { adviseProduct, testConnection } from './llm';
import { scheduleAdvice } from './llm-auto';
import { classifyTab } from './page-assist';
import { showAttentionCount } from './toolbar';
import { reclassifyBatch } from './reclassify';
import { syncHandlers } from './sync-handlers';
import { reviewHandlers } from './review-handlers';
import { decideProduct } from './review-decide';

/** The background's message handlers; the router has already checked the sender and parsed the input. */
export const handlers: Partial<Handlers> = {
  async 'capture-product'(p) {
    const settings = await readSettings();
    const destinations = p.destinations?.length ? p.destinations : settings.destinations;
    const result = await classifyProduct({ ...p, destinations });
    const productId = await saveProduct({ ...p, destinations }, result);
    scheduleAdvice(productId, result);
    return { productId, result };
  },

  // classifyProduct falls back to the default destinations itself (ClassifyContext.destinations).
  classify: async ({ product }) => ({ result: await classifyProduct(product) }),

  async 'classify-lines'({ site, url, lines }, sender) {
    const settings = await readSettings();
    const results = [];
    for (const line of lines) {
      const destinations = line.destination ? [line.destination] : settings.destinations;
      const result = await classifyProduct({ title: line.description, destinations });
      if (line.description.trim()) {
        // A declared line is the product its description names: the same text on any form is the same item.
        const itemId = `line:${normalizeKey(line.description)}`.slice(0, 200);
        scheduleAdvice(
          await saveProduct({ site, url, itemId, title: line.description, destinations }, result),
          result,
        );
      }
      results.push({ index: line.index, result });
    }
    await showAttentionCount(sender.tab?.id, results);
    return { results };
  },

  async 'log-fill'(input) {
    await getDb().decisions.add({
      productId: `${input.site}:fill`,
      at: Date.now(),
      kind: input.action === 'fill' ? 'fill' : 'undo',
      code: input.code,
      detail: { url: input.url, description: input.description, provenance: input.provenance },
    });
    return { ok: true as const };
  },

  'list-products': ({ query, url, limit }) => listProducts(query, url, limit),
  reclassify: ({ offset, limit }) => reclassifyBatch(offset, limit),

  decide: (input) => decideProduct(input),

  'llm-advise': ({ productId }) => adviseProduct(productId),
  'test-llm': () => testConnection(),
  'classify-tab': ({ tabId }) => classifyTab(tabId),
  'get-settings': () => readSettings(),
  'set-settings': (patch) => writeSettings(patch),
  async 'set-thresholds'({ high, medium }) {
    await writeSettings({ highThreshold: high, mediumThreshold: medium });
    return { ok: true as const };
  },
  async 'set-api-key'({ key, remember }) {
    await writeApiKey(key, remember);
    return { ok: true as const };
  },

  async 'clear-cache'() {
    const db = getDb();
    await db.transaction('rw', [db.rulingBuckets, db.products, db.exceptions], async () => {
      await Promise.all([clearRulings(db), db.products.clear(), db.exceptions.clear()]);
    });
    rulingsChanged();
    return { ok: true as const };
  },

  async 'get-status'() {
    const db = getDb();
    const [products, rulings, openExceptions] = await Promise.all([
      db.products.count(),
      countRulings(db),
      db.exceptions.where('status').equals('open').count(),
    ]);
    return { products, rulings, openExceptions };
  },

  ...syncHandlers,
  ...reviewHandlers,
};
