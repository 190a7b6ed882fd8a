import { getDb } from '@/lib/db';
import { classifyProduct } from './engine';
import { saveProduct } from './products';
import { readSettings } from './settings-store';

/**
 * Re-classifies one batch of the catalogue (products in id order, from `offset`), e.g. after new team
 * rulings or a data update. The options page calls it batch by batch so it can show progress and so a
 * service-worker restart loses at most one batch of work.
 */
export async function reclassifyBatch(
  offset: number,
  limit: number,
): Promise<{ done: number; total: number }> {
  const db = getDb();
  const settings = await readSettings();
  const [total, batch] = await Promise.all([
    db.products.count(),
    db.products.orderBy('id').offset(offset).limit(limit).toArray(),
  ]);
  for (const p of batch) {
    const destinations = p.destinations?.length ? p.destinations : settings.destinations;
    const input = {
      title: p.title,
      description: p.description,
      category: p.category,
      attributes: p.attributes,
      sku: p.sku,
      destinations,
    };
    const result = await classifyProduct(input);
    await saveProduct({ ...input, site: p.site, url: p.url }, result, p.id);
  }
  return { done: Math.min(total, offset + batch.length), total };
}
