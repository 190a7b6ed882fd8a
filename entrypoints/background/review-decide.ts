import { getDb } from '@/lib/db';
import { putRulings } from '@/lib/db/rulings-store';
import type { Ruling } from '@/lib/db/rulings-schema';
import { normalizeKey } from '@/lib/classify/normalize';
import { codesAgree } from '@/lib/review/calibration';
import { rulingsChanged } from './engine';
import { readSettings } from './settings-store';

export interface DecideInput {
  productId: string;
  code: string;
  status: 'approved' | 'rejected';
  note?: string;
  country?: string;
}

/**
 * One human decision: a local team ruling (so the same product is automatic next time), an audit record, and
 * the product's exception closed, in one transaction. The audit keeps what the engine said at that moment
 * (its code and confidence) so the calibration view can tell an accept from an override.
 * Used by the popup's `decide` and by the review queue, so both write exactly the same records.
 */
export async function decideProduct({
  productId,
  code,
  status,
  note,
  country,
}: DecideInput): Promise<{ rulingId: string }> {
  const db = getDb();
  const product = await db.products.get(productId);
  if (!product) throw new Error('That product is no longer in the catalogue.');
  const settings = await readSettings();
  const now = Date.now();
  const ruling: Ruling = {
    id: `local-${crypto.randomUUID()}`,
    description: product.title,
    key: normalizeKey(product.title),
    sku: product.sku,
    code,
    country,
    status,
    hsEdition: 'HS2022',
    decidedAt: new Date(now).toISOString(),
    decidedBy: settings.decidedBy || undefined,
    note,
    source: 'local',
    updatedAt: now,
  };
  const result = product.result;
  const engineCode = result?.code ?? result?.candidates[0]?.code;
  const agrees = codesAgree(code, engineCode);
  const kind = status === 'rejected' ? 'reject' : agrees ? 'accept' : 'override';
  const detail = {
    rulingId: ruling.id,
    engineCode,
    confidence: result?.confidence,
    tier: product.tier,
    capped: (result?.capped.length ?? 0) > 0,
  };
  await db.transaction('rw', [db.rulingBuckets, db.decisions, db.exceptions], async () => {
    await putRulings(db, [ruling]);
    await db.decisions.add({ productId, at: now, kind, code, note, by: ruling.decidedBy, detail });
    await db.exceptions.update(productId, { status: 'decided', decidedAt: now });
  });
  rulingsChanged([ruling]);
  return { rulingId: ruling.id };
}
