import { z } from 'zod';

/**
 * A small BM25 index over the nomenclature, built once by scripts/build-data.ts and shipped prebuilt
 * (public/data/search-index.json) so a service-worker cold start only parses JSON instead of re-tokenising
 * 17,000 lines in three languages. Postings are flat [doc, tf, doc, tf, ...] arrays to keep the file small,
 * stored as two parallel arrays (terms, lists): JSON arrays parse several times faster than an object with tens
 * of thousands of keys.
 */
export const Bm25FileSchema = z.object({
  k1: z.number(),
  b: z.number(),
  docs: z.array(z.string()),
  lens: z.array(z.number()),
  terms: z.array(z.string()),
  lists: z.array(z.array(z.number())),
});
export type Bm25File = z.infer<typeof Bm25FileSchema>;

export interface Bm25Index {
  k1: number;
  b: number;
  docs: string[];
  lens: Float64Array;
  avgLen: number;
  postings: Map<string, number[]>;
}

/**
 * b = 0.3 (weak length normalisation): a subheading's document is its HS text plus all its national lines in
 * three languages, so its length says how finely countries split it, not how diluted its words are.
 */
export function buildBm25(docs: { id: string; tokens: string[] }[], k1 = 1.2, b = 0.3): Bm25File {
  const postings = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    const tf = new Map<string, number>();
    for (const t of doc.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      const list = postings.get(t);
      if (list) list.push(i, n);
      else postings.set(t, [i, n]);
    }
  });
  return {
    k1,
    b,
    docs: docs.map((d) => d.id),
    lens: docs.map((d) => d.tokens.length),
    terms: [...postings.keys()],
    lists: [...postings.values()],
  };
}

export function loadBm25(file: Bm25File): Bm25Index {
  const lens = Float64Array.from(file.lens);
  const avgLen = lens.reduce((a, n) => a + n, 0) / Math.max(1, lens.length);
  return {
    k1: file.k1,
    b: file.b,
    docs: file.docs,
    lens,
    avgLen,
    postings: new Map(file.terms.map((t, i) => [t, file.lists[i]!])),
  };
}

/** Scores every document sharing a query token; returns the top `k` as [docId, score], best first. */
export function searchBm25(index: Bm25Index, tokens: string[], k = 50): [string, number][] {
  const n = index.docs.length;
  const scores = new Float64Array(n);
  const touched: number[] = [];
  // A repeated query token (the engine repeats title words) weighs more, as in BM25 with query term frequency.
  const qtf = new Map<string, number>();
  for (const t of tokens) qtf.set(t, (qtf.get(t) ?? 0) + 1);
  for (const [t, q] of qtf) {
    const post = index.postings.get(t);
    if (!post) continue;
    const df = post.length / 2;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let i = 0; i < post.length; i += 2) {
      const doc = post[i]!;
      const tf = post[i + 1]!;
      const norm = index.k1 * (1 - index.b + (index.b * index.lens[doc]!) / index.avgLen);
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = scores[doc]! + (q * idf * (tf * (index.k1 + 1))) / (tf + norm);
    }
  }
  return topK(touched, scores, k).map((doc) => [index.docs[doc]!, scores[doc]!]);
}

/** The k best documents, best first (ties: lower doc index first), without sorting every touched document. */
function topK(touched: number[], scores: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  if (touched.length <= k * 4)
    return touched.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(0, k);
  // Min-heap of the best k seen so far: its root is the weakest of them.
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && better(heap[m]!, heap[l]!)) m = l;
      if (r < heap.length && better(heap[m]!, heap[r]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const doc of touched) {
    if (heap.length < k) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (better(doc, heap[0]!)) {
      heap[0] = doc;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
