import type { ClearLaneDb } from '@/lib/db';
import type { DecisionRow, ProductRow } from '@/lib/db/rows';
import { loadAllRulings } from '@/lib/db/rulings-store';
import type {
  CalibrationData,
  DecisionEntry,
  DecisionRecord,
  DocLineFacts,
  OutboxEntry,
  QueueItem,
} from '@/lib/messages-review';
import { normalizeKey } from '@/lib/classify/normalize';
import { codesAgree } from '@/lib/review/calibration';
import { docLineFacts } from '@/lib/review/doc-lines';
import { readSettings } from './settings-store';
import calibration from '@/lib/classify/calibration.json';

/** Read models for the options page: IndexedDB rows shaped into the review messages' outputs. */

function productPart(p: ProductRow | undefined, fallbackId: string): QueueItem['product'] {
  if (!p) return { id: fallbackId, site: '', url: '', title: '(no longer in the catalogue)' };
  const { id, site, url, title, description, category, sku, destinations, result } = p;
  return {
    id,
    site,
    url,
    title,
    description: description?.slice(0, 2000),
    category,
    sku,
    destinations,
    result,
  };
}

export async function readQueue(
  db: ClearLaneDb,
  status: 'open' | 'decided',
  limit = 1000,
): Promise<{ items: QueueItem[] }> {
  const exceptions = (await db.exceptions.where('status').equals(status).toArray())
    .sort((a, b) => (status === 'open' ? a.createdAt - b.createdAt : (b.decidedAt ?? 0) - (a.decidedAt ?? 0)))
    .slice(0, limit);
  const products = await db.products.bulkGet(exceptions.map((e) => e.productId));
  const items = exceptions.map((e, i) => ({
    id: e.id,
    status: e.status,
    tier: e.tier,
    reasons: e.reasons,
    createdAt: e.createdAt,
    decidedAt: e.decidedAt,
    product: productPart(products[i], e.productId),
  }));
  return { items };
}

const HUMAN_KINDS = new Set(['accept', 'override', 'reject']);

function toEntry(d: DecisionRow): DecisionEntry {
  const detail = d.detail ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    at: d.at,
    kind: d.kind,
    code: d.code,
    by: d.by,
    note: d.note,
    confidence: typeof detail.confidence === 'number' ? detail.confidence : undefined,
    engineCode: str(detail.engineCode),
    rulingId: str(detail.rulingId),
  };
}

export async function readDecisionRecord(db: ClearLaneDb, productId: string): Promise<DecisionRecord> {
  const product = await db.products.get(productId);
  if (!product) throw new Error('That product is no longer in the catalogue.');
  const decisions = (await db.decisions.where('productId').equals(productId).sortBy('at')).filter(
    (d) => HUMAN_KINDS.has(d.kind) || d.kind === 'model-call',
  );
  const entries = decisions.map(toEntry);
  // Rulings relied on: the ones these decisions wrote, and any team ruling stored under the same product key or
  // SKU. Rulings are stored in hash buckets without per-field indexes (lib/db/rulings-store.ts), so this is one
  // pass over all of them; it runs once per opened record.
  const key = normalizeKey(product.title);
  const written = new Set(entries.flatMap((e) => (e.rulingId ? [e.rulingId] : [])));
  const rulings = new Map(
    (await loadAllRulings(db))
      .filter(
        (r) => !r.deleted && (r.key === key || (!!product.sku && r.sku === product.sku) || written.has(r.id)),
      )
      .map((r) => [r.id, r]),
  );
  return {
    item: {
      ...productPart(product, productId),
      description: product.description,
      attributes: product.attributes,
    },
    decisions: entries,
    rulings: [...rulings.values()].map(
      ({ id, code, description, country, status, decidedAt, decidedBy, source }) => ({
        id,
        code,
        description,
        country,
        status,
        decidedAt,
        decidedBy,
        source,
      }),
    ),
  };
}

function summarise(payload: unknown): string {
  const p = payload as { text?: unknown } | null;
  return typeof p?.text === 'string' ? p.text : '';
}

export async function readOutbox(db: ClearLaneDb, limit = 200): Promise<OutboxEntry[]> {
  const rows = await db.outbox.toArray();
  return rows
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, limit)
    .map(({ id, state, attempts, nextAttemptAt, lastError, createdAt, payload }) => ({
      id,
      state,
      attempts,
      nextAttemptAt,
      lastError,
      createdAt,
      summary: summarise(payload),
    }));
}

export async function readDocLines(db: ClearLaneDb, productIds: string[]): Promise<DocLineFacts[]> {
  const lines: DocLineFacts[] = [];
  for (const id of productIds) {
    const product = await db.products.get(id);
    if (!product) throw new Error(`Product ${id} is no longer in the catalogue.`);
    const decisions = await db.decisions.where('productId').equals(id).sortBy('at');
    const latest = decisions.filter((d) => HUMAN_KINDS.has(d.kind)).at(-1);
    lines.push(docLineFacts(product, latest));
  }
  return lines;
}

/**
 * Decisions with the engine's confidence at the time (recorded since the review workflow; older ones lack it
 * and are skipped), every product's current confidence, and the thresholds in force.
 */
export async function readCalibrationData(db: ClearLaneDb): Promise<CalibrationData> {
  const [decisions, products, settings] = await Promise.all([
    db.decisions.where('kind').anyOf('accept', 'override').toArray(),
    db.products.toArray(),
    readSettings(),
  ]);
  const points = decisions.flatMap((d) => {
    const confidence = d.detail?.confidence;
    if (typeof confidence !== 'number' || !d.code) return [];
    const engineCode = typeof d.detail?.engineCode === 'string' ? d.detail.engineCode : undefined;
    return [{ confidence, correct: codesAgree(d.code, engineCode), capped: d.detail?.capped === true }];
  });
  const defaults = calibration.thresholds;
  return {
    points,
    products: products.flatMap((p) =>
      p.result ? [{ confidence: p.result.confidence, capped: p.result.capped.length > 0 }] : [],
    ),
    thresholds: {
      high: settings.highThreshold ?? defaults.high,
      medium: settings.mediumThreshold ?? defaults.medium,
    },
    defaults,
  };
}
