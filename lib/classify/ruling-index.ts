import type { Ruling } from '../db/rulings-schema';
import { normalizeKey } from './normalize';
import { indexTokens } from './query';

/**
 * The team's rulings indexed for reuse: exact SKU, exact normalised key (near-duplicate text), and an
 * inverted index for kNN votes. Mutable on purpose: the sync engine calls add/remove after every import
 * instead of rebuilding 100k rulings. Tombstoned and rejected rulings are never evidence for their code.
 *
 * Memory: a team cache can hold 100k rulings, so the index keeps nothing per ruling but the ruling itself in
 * a numbered slot. SKU and key lookups are keyed by a 32-bit hash (a number key costs a fraction of a string
 * key) and confirmed against the ruling on a hit; a slot list is a bare number until a second ruling shares
 * it; a ruling's tokens are recomputed from its description when needed (removal, and the few best matches
 * of a query) rather than stored.
 */
export interface RulingNeighbour {
  ruling: Ruling;
  similarity: number; // 0..1, idf-weighted overlap (cosine over binary tf-idf vectors)
}

/** One slot, or several once two rulings share a SKU or key. */
type Slots = number | number[];

export class RulingIndex {
  private slots: (Ruling | undefined)[] = [];
  private free: number[] = [];
  private slotById = new Map<string, number>();
  private bySku = new Map<number, Slots>();
  private byKey = new Map<number, Slots>();
  private postings = new Map<string, number[]>();
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
    const slot = this.free.pop() ?? this.slots.length;
    this.slots[slot] = ruling;
    this.slotById.set(ruling.id, slot);
    const sku = skuOf(ruling);
    if (sku) addTo(this.bySku, hash(sku), slot);
    const key = keyOf(ruling);
    if (key) addTo(this.byKey, hash(key), slot);
    for (const t of tokensOf(ruling)) {
      const list = this.postings.get(t);
      if (list) list.push(slot);
      else this.postings.set(t, [slot]);
    }
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const ruling = this.slots[slot]!;
    this.slotById.delete(id);
    this.slots[slot] = undefined;
    this.free.push(slot);
    const sku = skuOf(ruling);
    if (sku) removeFrom(this.bySku, hash(sku), slot);
    const key = keyOf(ruling);
    if (key) removeFrom(this.byKey, hash(key), slot);
    for (const t of tokensOf(ruling)) {
      const list = this.postings.get(t);
      if (!list) continue;
      const i = list.lastIndexOf(slot);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.postings.delete(t);
    }
  }

  /** Rulings for the same SKU, then for the same normalised description: the decision is reused. */
  exact(sku: string | undefined, key: string): { rulings: Ruling[]; by: 'sku' | 'key' } | null {
    const wantSku = sku ? normSku(sku) : '';
    const bySku = wantSku ? this.collect(this.bySku, wantSku, (r) => skuOf(r) === wantSku) : [];
    if (bySku.length) return { rulings: bySku, by: 'sku' };
    const byKey = key ? this.collect(this.byKey, key, (r) => keyOf(r) === key) : [];
    if (byKey.length) return { rulings: byKey, by: 'key' };
    return null;
  }

  /** The k most similar rulings by idf-weighted token overlap. Very common tokens are skipped for speed. */
  neighbours(queryTokens: string[], k = 10): RulingNeighbour[] {
    const n = this.size;
    if (n === 0) return [];
    const q = [...new Set(queryTokens)];
    const idf = (t: string) => Math.log(1 + n / (1 + (this.postings.get(t)?.length ?? 0)));
    const qNorm = Math.sqrt(q.reduce((a, t) => a + idf(t) ** 2, 0)) || 1;
    // One scratch array for every query (a fresh 100k-entry array per query is mostly garbage-collector work);
    // only the touched entries are reset at the end.
    if (this.scratch.length < this.slots.length)
      this.scratch = new Float64Array(Math.max(1024, this.slots.length * 2));
    const dot = this.scratch;
    const touched: number[] = [];
    for (const t of q) {
      const slots = this.postings.get(t);
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
      const ruling = this.slots[slot]!;
      const dNorm = Math.sqrt(tokensOf(ruling).reduce((a, t) => a + idf(t) ** 2, 0)) || 1;
      scored.push({ ruling, similarity: d / (qNorm * dNorm) });
    }
    return scored.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }

  private collect(map: Map<number, Slots>, value: string, same: (r: Ruling) => boolean): Ruling[] {
    const slots = map.get(hash(value));
    if (slots === undefined) return [];
    const rulings = (typeof slots === 'number' ? [slots] : slots).map((s) => this.slots[s]!);
    return rulings.filter(same); // a hash collision is possible; the ruling itself decides
  }
}

const tokensOf = (r: Ruling): string[] => [...new Set(indexTokens(r.description))];
const keyOf = (r: Ruling): string => r.key || normalizeKey(r.description);
const skuOf = (r: Ruling): string => (r.sku ? normSku(r.sku) : '');

function normSku(sku: string): string {
  return sku
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** FNV-1a over UTF-16 code units: a stable 32-bit number key for a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function addTo(map: Map<number, Slots>, key: number, slot: number): void {
  const slots = map.get(key);
  if (slots === undefined) map.set(key, slot);
  else if (typeof slots === 'number') map.set(key, [slots, slot]);
  else slots.push(slot);
}

function removeFrom(map: Map<number, Slots>, key: number, slot: number): void {
  const slots = map.get(key);
  if (slots === undefined) return;
  if (typeof slots === 'number') {
    if (slots === slot) map.delete(key);
    return;
  }
  const i = slots.lastIndexOf(slot);
  if (i >= 0) slots.splice(i, 1);
  if (slots.length === 1) map.set(key, slots[0]!);
}
