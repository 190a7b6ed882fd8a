import type { Ruling } from '../db/rulings-schema';
import { normalizeKey } from './normalize';
import { indexTokens } from './query';

/**
 * The team's rulings indexed for reuse: exact SKU, exact normalised key (near-duplicate text), and an
 * inverted index for kNN votes. Mutable on purpose: the sync engine calls add/remove after every import
 * instead of rebuilding 100k rulings. Tombstoned and rejected rulings are never evidence for their code.
 */
interface Doc {
  ruling: Ruling;
  tokens: string[];
  key: string;
}

export interface RulingNeighbour {
  ruling: Ruling;
  similarity: number; // 0..1, idf-weighted overlap (cosine over binary tf-idf vectors)
}

export class RulingIndex {
  private docs = new Map<string, Doc>();
  private bySku = new Map<string, Set<string>>();
  private byKey = new Map<string, Set<string>>();
  private postings = new Map<string, Set<string>>();

  static from(rulings: Iterable<Ruling>): RulingIndex {
    const index = new RulingIndex();
    for (const r of rulings) index.add(r);
    return index;
  }

  get size(): number {
    return this.docs.size;
  }

  /** Adds or replaces (same id) a ruling; tombstones and rejected decisions just remove it. */
  add(ruling: Ruling): void {
    this.remove(ruling.id);
    if (ruling.deleted || ruling.status === 'rejected') return;
    const tokens = [...new Set(indexTokens(ruling.description))];
    const key = ruling.key || normalizeKey(ruling.description);
    this.docs.set(ruling.id, { ruling, tokens, key });
    if (ruling.sku) addTo(this.bySku, normSku(ruling.sku), ruling.id);
    if (key) addTo(this.byKey, key, ruling.id);
    for (const t of tokens) addTo(this.postings, t, ruling.id);
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.docs.delete(id);
    if (doc.ruling.sku) removeFrom(this.bySku, normSku(doc.ruling.sku), id);
    if (doc.key) removeFrom(this.byKey, doc.key, id);
    for (const t of doc.tokens) removeFrom(this.postings, t, id);
  }

  /** Rulings for the same SKU, then for the same normalised description: the decision is reused. */
  exact(sku: string | undefined, key: string): { rulings: Ruling[]; by: 'sku' | 'key' } | null {
    const skuIds = sku ? this.bySku.get(normSku(sku)) : undefined;
    if (skuIds?.size) return { rulings: this.collect(skuIds), by: 'sku' };
    const keyIds = key ? this.byKey.get(key) : undefined;
    if (keyIds?.size) return { rulings: this.collect(keyIds), by: 'key' };
    return null;
  }

  /** The k most similar rulings by idf-weighted token overlap. Very common tokens are skipped for speed. */
  neighbours(queryTokens: string[], k = 10): RulingNeighbour[] {
    const n = this.docs.size;
    if (n === 0) return [];
    const q = [...new Set(queryTokens)];
    const idf = (t: string) => Math.log(1 + n / (1 + (this.postings.get(t)?.size ?? 0)));
    const qNorm = Math.sqrt(q.reduce((a, t) => a + idf(t) ** 2, 0)) || 1;
    const dot = new Map<string, number>();
    for (const t of q) {
      const ids = this.postings.get(t);
      if (!ids || ids.size > Math.max(2000, n / 10)) continue;
      const w = idf(t) ** 2;
      for (const id of ids) dot.set(id, (dot.get(id) ?? 0) + w);
    }
    // Cosine needs each document's norm; computing it only for the best raw overlaps keeps 100k caches fast.
    const shortlist = [...dot].sort((a, b) => b[1] - a[1]).slice(0, Math.max(50, k * 5));
    const scored: RulingNeighbour[] = [];
    for (const [id, d] of shortlist) {
      const doc = this.docs.get(id)!;
      const dNorm = Math.sqrt(doc.tokens.reduce((a, t) => a + idf(t) ** 2, 0)) || 1;
      scored.push({ ruling: doc.ruling, similarity: d / (qNorm * dNorm) });
    }
    return scored.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }

  private collect(ids: Set<string>): Ruling[] {
    return [...ids].map((id) => this.docs.get(id)!.ruling);
  }
}

function normSku(sku: string): string {
  return sku.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
