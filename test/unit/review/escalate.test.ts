import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../../lib/db';
import { clearRulings, countRulings } from '../../../lib/db/rulings-store';
import type { ClassifyResult } from '../../../lib/classify/types';
import { saveProduct } from '../../../entrypoints/background/products';
import { decideProduct } from '../../../entrypoints/background/review-decide';

const review: ClassifyResult = {
  code: null,
  hs6: '850760',
  confidence: 0.72,
  levels: { hs4: 0.9, hs6: 0.72 },
  tier: 'review',
  candidates: [{ code: '850760', confidence: 0.72, source: 'lexicon' }],
  flags: [],
  conflicts: [],
  lint: [],
  capped: [{ kind: 'flag', detail: 'power-banks: dangerous-goods in SG' }],
  warnings: [],
};
const product = {
  site: 'shopee',
  url: 'https://seller.shopee.co.id/p/1',
  itemId: '1',
  title: 'Power bank 20000mAh',
  destinations: ['SG'],
};

beforeEach(async () => {
  fakeBrowser.reset();
  const db = getDb();
  await Promise.all([
    db.products.clear(),
    db.exceptions.clear(),
    db.outbox.clear(),
    db.decisions.clear(),
    clearRulings(db),
  ]);
});

describe('escalation and decisions in the background', () => {
  it('queues one webhook event when an exception first opens, none without a URL', async () => {
    const fetch = vi.fn(async () => new Response('ok'));
    vi.stubGlobal('fetch', fetch);
    await saveProduct(product, review);
    expect(await getDb().outbox.count()).toBe(0);

    await getDb().exceptions.clear();
    await fakeBrowser.storage.local.set({
      settings: { webhookUrl: 'http://127.0.0.1:9/hook', notifyExceptions: false },
    });
    await saveProduct(product, review);
    await saveProduct(product, review); // still open: not a new exception
    const rows = await getDb().outbox.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({
      type: 'exception.created',
      product: { id: 'shopee:1' },
      suggested_code: '850760',
    });
    await vi.waitFor(async () => expect((await getDb().outbox.get(rows[0]!.id))?.state).toBe('delivered'));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('records the engine confidence with each decision, and tells an accept from an override', async () => {
    await saveProduct(product, review);
    await decideProduct({ productId: 'shopee:1', code: '85076090', status: 'approved' });
    await saveProduct({ ...product, itemId: '2' }, review);
    await decideProduct({ productId: 'shopee:2', code: '940540', status: 'approved', note: 'it is a lamp' });
    const decisions = await getDb().decisions.orderBy('seq').toArray();
    expect(decisions.map((d) => d.kind)).toEqual(['accept', 'override']);
    expect(decisions[0]!.detail).toMatchObject({ confidence: 0.72, engineCode: '850760', capped: true });
    expect((await getDb().exceptions.get('shopee:1'))?.status).toBe('decided');
    expect(await countRulings(getDb())).toBe(2);
  });
});
