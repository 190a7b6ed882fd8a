import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../lib/classify/classify';
import type { EngineData } from '../lib/classify/data';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { normalizeKey } from '../lib/classify/normalize';
import { RulingIndex } from '../lib/classify/ruling-index';
import type { Ruling } from '../lib/db/rulings-schema';
import type { DevRow } from './dev';
import { percentile } from './metrics';

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

export interface SpeedRow {
  rulings: number;
  buildMs: number;
  p50: number;
  p99: number;
  max: number;
  bestP99: number;
}

export function measureSpeed(data: EngineData, rows: DevRow[], sizes: number[]): SpeedRow[] {
  return sizes.map((size) => {
    const rulings = generateRulings(data, size);
    const t0 = performance.now();
    const index = size > 0 ? RulingIndex.from(rulings) : undefined;
    const buildMs = performance.now() - t0;
    sampleMemory();
    for (const row of rows) classify(row.product, { data, rulingIndex: index }); // warm-up pass (JIT, caches)
    // Three passes: the first pass is the reported latency; the best of three per item filters out the
    // time slices other processes on a shared machine take (it still includes this engine's own GC).
    const passes: number[][] = [[], [], []];
    for (const times of passes)
      for (const row of rows) {
        const s = performance.now();
        classify(row.product, { data, rulingIndex: index });
        times.push(performance.now() - s);
      }
    sampleMemory();
    const times = passes[0]!;
    const best = times.map((_, i) => Math.min(...passes.map((p) => p[i]!)));
    return {
      rulings: size,
      buildMs,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      max: Math.max(...times),
      bestP99: percentile(best, 99),
    };
  });
}

/**
 * Time to load exactly what the extension ships (public/data: nomenclature, prebuilt BM25 index, lexicon;
 * read + JSON parse + shape check + compile), as the service worker does. Cold = the first load in a fresh
 * process (JIT and ICU warm-up included), median over `runs` fresh processes (bench/load.ts); warm = median of
 * five more loads in this process.
 */
export function measureLoad(runs = 5): { coldMs: number; warmMs: number; coldRuns: number[] } {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
  const coldRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = spawnSync(process.execPath, [tsx, path.join(root, 'bench/load.ts')], {
      cwd: root,
      encoding: 'utf8',
    });
    const line = out.stdout.split('\n').find((l) => l.startsWith('{'));
    if (line) coldRuns.push((JSON.parse(line) as { coldMs: number }).coldMs);
  }
  const time = () => {
    const t0 = performance.now();
    loadEngineDataNode({ shipped: true });
    return performance.now() - t0;
  };
  time();
  const warm = Array.from({ length: 5 }, time);
  return { coldMs: percentile(coldRuns, 50), warmMs: percentile(warm, 50), coldRuns };
}

export interface MemoryRow {
  rulings: number;
  base: number;
  engine: number;
  withRulings: number;
  withIndex: number;
  afterQueries: number;
  peak: number;
}

/** Runs bench/memory.ts in a fresh process (engine + generated cache only) and returns its stages in MB. */
export function measureMemory(rulings = 100_000): MemoryRow | null {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
  const out = spawnSync(
    process.execPath,
    [tsx, '--expose-gc', path.join(root, 'bench/memory.ts'), String(rulings)],
    { cwd: root, encoding: 'utf8' },
  );
  const line = out.stdout.split('\n').find((l) => l.startsWith('{'));
  if (out.status !== 0 || !line) {
    console.warn('memory measurement failed:', out.stderr.slice(0, 500));
    return null;
  }
  return JSON.parse(line) as MemoryRow;
}
