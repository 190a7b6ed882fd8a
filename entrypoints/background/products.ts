import { getDb } from '@/lib/db';
import type { ExceptionRow, ProductRow } from '@/lib/db/rows';
import type { CapturedProduct, ProductSummary } from '@/lib/messages';
import type { ClassifyResult } from '@/lib/classify/types';
import type { Advice } from '@/lib/llm/answer';
import { adviceTextKey } from '@/lib/llm/run-advice';
import { escalateException } from './review-escalate';

/** Stable catalogue id: the site's item id, else the SKU, else the page path (query and hash dropped). */
export function productIdOf(p: Pick<CapturedProduct, 'site' | 'itemId' | 'sku' | 'url'>): string {
  if (p.itemId) return `${p.site}:${p.itemId}`;
  if (p.sku) return `${p.site}:sku:${p.sku}`;
  let path = p.url;
  try {
    const u = new URL(p.url);
    path = `${u.host}${u.pathname}`;
  } catch {
    // Keep the raw string: it is still a stable key for this capture.
  }
  return `${p.site}:url:${path}`;
}

export async function saveProduct(
  p: CapturedProduct,
  result: ClassifyResult,
  id = productIdOf(p),
): Promise<string> {
  const db = getDb();
  const now = Date.now();
  const previous = await db.products.get(id);
  const row: ProductRow = {
    id,
    site: p.site,
    url: p.url,
    title: p.title,
    description: p.description,
    category: p.category,
    attributes: p.attributes,
    sku: p.sku,
    destinations: p.destinations,
    result,
    tier: result.tier,
    // Advice about the same text stays; advice about text that has since changed would mislead.
    advice: previous?.advice?.textKey === adviceTextKey(p) ? previous.advice : undefined,
    capturedAt: previous?.capturedAt ?? now,
    updatedAt: now,
  };
  const opened = await db.transaction('rw', db.products, db.exceptions, async () => {
    await db.products.put(row);
    return syncException(row);
  });
  // After the transaction: escalation reads settings and posts, which must not run inside an IndexedDB one.
  if (opened) await escalateException(opened, row);
  return id;
}

/**
 * A product that is not `auto` is an open exception until someone decides; an `auto` one closes it.
 * Returns the exception when this capture opened a new one (the first time this product needs a person).
 */
async function syncException(row: ProductRow): Promise<ExceptionRow | undefined> {
  const db = getDb();
  const existing = await db.exceptions.get(row.id);
  if (row.tier === 'auto') {
    if (existing?.status === 'open') await db.exceptions.update(row.id, { status: 'dismissed' });
    return undefined;
  }
  if (existing && existing.status !== 'open') return undefined;
  const reasons = [
    ...(row.result?.capped.map((c) => `${c.kind}: ${c.detail}`) ?? []),
    ...(row.tier === 'manual' ? ['low confidence'] : []),
  ];
  const exception: ExceptionRow = {
    id: row.id,
    productId: row.id,
    status: 'open',
    tier: row.tier ?? 'manual',
    reasons,
    site: row.site,
    url: row.url,
    destinations: row.destinations,
    createdAt: existing?.createdAt ?? Date.now(),
  };
  await db.exceptions.put(exception);
  return existing ? undefined : exception;
}

export async function listProducts(
  query = '',
  url = '',
  limit = 200,
): Promise<{ products: ProductSummary[]; total: number }> {
  const db = getDb();
  const q = query.trim().toLowerCase();
  const all = await db.products.orderBy('updatedAt').reverse().toArray();
  const matching = all.filter(
    (p) =>
      (!url || p.url === url) &&
      (!q ||
        p.title.toLowerCase().includes(q) ||
        (p.sku ?? '').toLowerCase().includes(q) ||
        p.id.includes(q)),
  );
  const products = matching.slice(0, limit).map((p) => ({
    id: p.id,
    site: p.site,
    url: p.url,
    title: p.title,
    sku: p.sku,
    tier: p.tier,
    result: p.result,
    advice: p.advice,
    updatedAt: p.updatedAt,
  }));
  return { products, total: matching.length };
}

/** Stores the latest model advice on a product; a product deleted meanwhile is simply not updated. */
export async function setProductAdvice(id: string, advice: Advice): Promise<void> {
  await getDb().products.update(id, { advice });
}
