/**
 * Peak memory of the engine alone with a 100k-ruling cache, measured in a fresh plain-Node process (the
 * benchmark's own process also holds the dev runs and the speed caches, which the extension never does, and
 * tsx's loader alone adds ~50 MB). Prints one JSON line: resident set and live V8 heap after each stage (after a
 * forced GC), and the process peak. Bundled and run by bench/speed.ts (measureMemory):
 * `node --expose-gc bench/.build/memory.mjs <rulings> <dev.jsonl>`.
 */
import { classify } from '../lib/classify/classify';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { RulingIndex } from '../lib/classify/ruling-index';
import { loadDev } from './dev';
import { generateRulings } from './cache';

const gc = (globalThis as { gc?: () => void }).gc;
const heap: number[] = [];
const mb = () => {
  gc?.();
  const m = process.memoryUsage();
  heap.push(Math.round(m.heapUsed / 1024 / 1024));
  return Math.round(m.rss / 1024 / 1024);
};

const size = Number(process.argv[2] ?? 100_000);
const base = mb();
const data = loadEngineDataNode({ shipped: true });
const engine = mb();
const rulings = generateRulings(data, size);
const withRulings = mb();
const index = RulingIndex.from(rulings);
const withIndex = mb();
for (const row of loadDev(process.argv[3])) classify(row.product, { data, rulingIndex: index });
const afterQueries = mb();
const peak = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  JSON.stringify({ rulings: size, base, engine, withRulings, withIndex, afterQueries, peak, heap }),
);
