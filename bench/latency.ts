/**
 * Per-item latency with one cache size, in a fresh plain-Node process that holds only what a service worker
 * holds (the shipped engine data and the generated ruling cache), so its garbage collector is not also paying
 * for the benchmark's own runs. Prints one JSON line (SpeedRow). Bundled and run by bench/speed.ts
 * (measureSpeed): `node bench/.build/latency.mjs <rulings> <dev.jsonl>`.
 */
import { classify } from '../lib/classify/classify';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { RulingIndex } from '../lib/classify/ruling-index';
import { generateRulings } from './cache';
import { loadDev } from './dev';
import { percentile } from './metrics';

const size = Number(process.argv[2] ?? 0);
const rows = loadDev(process.argv[3]);
const data = loadEngineDataNode({ shipped: true });
const rulings = generateRulings(data, size);
const t0 = performance.now();
const index = size > 0 ? RulingIndex.from(rulings) : undefined;
const buildMs = performance.now() - t0;
for (const row of rows) classify(row.product, { data, rulingIndex: index }); // warm-up pass (JIT, caches)
// Three timed passes. p50/p99/max are over all of them (3 x 516 samples: a p99 from one pass rests on its five
// slowest items, so one garbage collection or one slice taken by another process moved it by several ms); the
// best of three per item filters out the time other processes on a shared machine take.
const passes: number[][] = [[], [], []];
for (const times of passes)
  for (const row of rows) {
    const s = performance.now();
    classify(row.product, { data, rulingIndex: index });
    times.push(performance.now() - s);
  }
const times = passes.flat();
const best = passes[0]!.map((_, i) => Math.min(...passes.map((p) => p[i]!)));
console.log(
  JSON.stringify({
    rulings: size,
    buildMs,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: Math.max(...times),
    bestP99: percentile(best, 99),
  }),
);
