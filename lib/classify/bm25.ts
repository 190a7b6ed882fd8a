import { z } from 'zod';

/**
 * A small BM25 index over the nomenclature, built once by scripts/build-data.ts and shipped prebuilt
 * (public/data/search-index.json) so a service-worker cold start only parses JSON instead of re-tokenising
 * 17,000 lines in three languages. Postings are flat [doc, tf, doc, tf, ...] arrays to keep the file small.
 */
export const Bm25FileSchema = z.object({
  k1: z.number(),
  b: z.number(),
  docs: z.array(z.string()),
  lens: z.array(z.number()),
  postings: z.record(z.string(), z.array(z.number())),
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

export function buildBm25(docs: { id: string; tokens: string[] }[], k1 = 1.2, b = 0.6): Bm25File {
  const postings: Record<string, number[]> = {};
  docs.forEach((doc, i) => {
    const tf = new Map<string, number>();
    for (const t of doc.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) (postings[t] ??= []).push(i, n);
  });
  return { k1, b, docs: docs.map((d) => d.id), lens: docs.map((d) => d.tokens.length), postings };
}

export function loadBm25(file: Bm25File): Bm25Index {
  const lens = Float64Array.from(file.lens);
  const avgLen = lens.reduce((a, n) => a + n, 0) / Math.max(1, lens.length);
  return { k1: file.k1, b: file.b, docs: file.docs, lens, avgLen, postings: new Map(Object.entries(file.postings)) };
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
  return touched
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, k)
    .map((doc) => [index.docs[doc]!, scores[doc]!]);
}
