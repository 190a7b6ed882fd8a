import type { EngineData } from '../lib/classify/data';
import { normalizeKey } from '../lib/classify/normalize';
import type { Ruling } from '../lib/db/rulings-schema';

/** Peak resident memory seen so far; sampled between phases and inside long loops (the code is synchronous). */
let peakRss = 0;
export function sampleMemory(): number {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return peakRss;
}

/** Deterministic pseudo-random generator so generated caches are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A synthetic team cache: descriptions stitched from nomenclature words (so the vocabulary and the posting
 * list lengths look like a real catalogue) with a code drawn from the HS6 list, and a national suffix.
 */
export function generateRulings(data: EngineData, n: number): Ruling[] {
  const rand = rng(n);
  const hs6 = [...data.nomenclature.hs.keys()].filter((c) => c.length === 6);
  const words = [...data.index.postings.keys()].filter((w) => /^[a-z]{3,}$/.test(w));
  const out: Ruling[] = [];
  for (let i = 0; i < n; i++) {
    const code = hs6[Math.floor(rand() * hs6.length)]!;
    const len = 4 + Math.floor(rand() * 8);
    const description = Array.from({ length: len }, () => words[Math.floor(rand() * words.length)]!).join(
      ' ',
    );
    out.push({
      id: `gen-${i}`,
      description,
      key: normalizeKey(description),
      sku: `SKU-${i}`,
      code: code + '00',
      status: 'approved',
      hsEdition: 'HS2022',
      decidedAt: '2025-01-01T00:00:00Z',
      source: 'bench',
      updatedAt: i,
    });
    if (i % 10000 === 0) sampleMemory();
  }
  return out;
}
