import type { Ruling } from '../db/rulings-schema';
import { normalizeKey } from './normalize';
import { indexTokens } from './query';

/**
 * The team's rulings indexed for reuse: exact SKU, exact normalised key (near-duplicate text), and an
 * inverted index for kNN votes. Mutable on purpose: the sync engine calls add/remove after every import
 * instead of rebuilding 100k rulings. Tombstoned and rejected rulings are never evidence for their code.
 *
 * Memory: a team cache can hold 100k rulings, so documents live in numbered slots and every lookup table
 * holds slot numbers in plain arrays (a Set per token or per key costs several times more per entry).
 */
interface Doc {
  ruling: Ruling;
  tokens: string[];
  key: string;
  sku: string | null;
}

export interface RulingNeighbour {
  ruling: Ruling;
  similarity: number; // 0..1, idf-weighted overlap (cosine over binary tf-idf vectors)
}

export class RulingIndex {
  private slots: (Doc | undefined)[] = [];
  private free: number[] = [];
  private slotById = new Map<string, number>();
  private bySku = new Map<string, number[]>();
  private byKey = new Map<string, number[]>();
  /** Token → slots of the documents holding it. Documents keep the map's own token string (interned). */
  private postings = new Map<string, { token: string; slots: number[] }>();
  private scratch = new Float64Array(0);

  static from(rulings: Iterable<Ruling>): RulingIndex {
    const index = new RulingIndex();
    for (const r of rulings) index.add(r);
    return index;
  }

  get size(): number {
    return this.slotById.size;
  }

  /** Adds or replaces (same id) a ruling; tombstones and rejected decisions just remove it. */
  add(ruling: Ruling): void {
    this.remove(ruling.id);
    if (ruling.deleted || ruling.status === 'rejected') return;
    const tokens = [...new Set(indexTokens(ruling.description))].map((t) => this.intern(t));
    const key = ruling.key || normalizeKey(ruling.description);
    const sku = ruling.sku ? normSku(ruling.sku) : null;
    const slot = this.free.pop() ?? this.slots.length;
    this.slots[slot] = { ruling, tokens, key, sku };
    this.slotById.set(ruling.id, slot);
    if (sku) addTo(this.bySku, sku, slot);
    if (key) addTo(this.byKey, key, slot);
    for (const t of tokens) this.postings.get(t)!.slots.push(slot);
  }

  /** The posting entry's own copy of a token: 100k documents share one string per distinct word. */
  private intern(token: string): string {
    let posting = this.postings.get(token);
    if (!posting) this.postings.set(token, (posting = { token, slots: [] }));
    return posting.token;
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const doc = this.slots[slot]!;
    this.slotById.delete(id);
    this.slots[slot] = undefined;
    this.free.push(slot);
    if (doc.sku) removeFrom(this.bySku, doc.sku, slot);
    if (doc.key) removeFrom(this.byKey, doc.key, slot);
    for (const t of doc.tokens) {
      const posting = this.postings.get(t);
      if (!posting) continue;
      const i = posting.slots.lastIndexOf(slot);
      if (i >= 0) posting.slots.splice(i, 1);
      if (posting.slots.length === 0) this.postings.delete(t);
    }
  }

  /** Rulings for the same SKU, then for the same normalised description: the decision is reused. */
  exact(sku: string | undefined, key: string): { rulings: Ruling[]; by: 'sku' | 'key' } | null {
    const skuSlots = sku ? this.bySku.get(normSku(sku)) : undefined;
    if (skuSlots?.length) return { rulings: this.collect(skuSlots), by: 'sku' };
    const keySlots = key ? this.byKey.get(key) : undefined;
    if (keySlots?.length) return { rulings: this.collect(keySlots), by: 'key' };
    return null;
  }

  /** The k most similar rulings by idf-weighted token overlap. Very common tokens are skipped for speed. */
  neighbours(queryTokens: string[], k = 10): RulingNeighbour[] {
    const n = this.size;
    if (n === 0) return [];
    const q = [...new Set(queryTokens)];
    const idf = (t: string) => Math.log(1 + n / (1 + (this.postings.get(t)?.slots.length ?? 0)));
    const qNorm = Math.sqrt(q.reduce((a, t) => a + idf(t) ** 2, 0)) || 1;
    // One scratch array for every query (a fresh 100k-entry array per query is mostly garbage-collector work);
    // only the touched entries are reset at the end.
    if (this.scratch.length < this.slots.length)
      this.scratch = new Float64Array(Math.max(1024, this.slots.length * 2));
    const dot = this.scratch;
    const touched: number[] = [];
    for (const t of q) {
      const slots = this.postings.get(t)?.slots;
      if (!slots || slots.length > Math.max(2000, n / 10)) continue;
      const w = idf(t) ** 2;
      for (const s of slots) {
        if (dot[s] === 0) touched.push(s);
        dot[s] = dot[s]! + w;
      }
    }
    // Cosine needs each document's norm; computing it only for the best raw overlaps keeps 100k caches fast.
    // The cut-off is found on a typed-array copy (a numeric sort), then only the survivors are sorted.
    const keep = Math.max(50, k * 5);
    let pool = touched;
    if (touched.length > keep * 4) {
      const values = Float64Array.from(touched, (s) => dot[s]!).sort();
      const cut = values[values.length - keep]!;
      pool = touched.filter((s) => dot[s]! >= cut);
    }
    const shortlist = pool
      .map((s) => [s, dot[s]!] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, keep);
    for (const s of touched) dot[s] = 0;
    const scored: RulingNeighbour[] = [];
    for (const [slot, d] of shortlist) {
      const doc = this.slots[slot]!;
      const dNorm = Math.sqrt(doc.tokens.reduce((a, t) => a + idf(t) ** 2, 0)) || 1;
      scored.push({ ruling: doc.ruling, similarity: d / (qNorm * dNorm) });
    }
    return scored.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }

  private collect(slots: number[]): Ruling[] {
    return slots.map((s) => this.slots[s]!.ruling);
  }
}

function normSku(sku: string): string {
  return sku
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

function addTo(map: Map<string, number[]>, key: string, slot: number): void {
  const list = map.get(key);
  if (list) list.push(slot);
  else map.set(key, [slot]);
}

function removeFrom(map: Map<string, number[]>, key: string, slot: number): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.lastIndexOf(slot);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}
