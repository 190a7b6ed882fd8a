/**
 * Peak memory of the engine alone with a 100k-ruling cache, measured in a fresh process (the benchmark's own
 * process also holds the dev runs and the speed caches, which the extension never does). Prints one JSON line:
 * resident memory after each stage (after a forced GC when --expose-gc is on) and the process peak.
 * Run by bench/run.ts as `tsx --expose-gc bench/memory.ts [rulings]`.
 */
import { classify } from '../lib/classify/classify';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { RulingIndex } from '../lib/classify/ruling-index';
import { loadDev } from './dev';
import { generateRulings } from './speed';

const gc = (globalThis as { gc?: () => void }).gc;
const mb = () => {
  gc?.();
  return Math.round(process.memoryUsage().rss / 1024 / 1024);
};

const size = Number(process.argv[2] ?? 100_000);
const base = mb();
const data = loadEngineDataNode({ shipped: true });
const engine = mb();
const rulings = generateRulings(data, size);
const withRulings = mb();
const index = RulingIndex.from(rulings);
const withIndex = mb();
for (const row of loadDev()) classify(row.product, { data, rulingIndex: index });
const afterQueries = mb();
const peak = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ rulings: size, base, engine, withRulings, withIndex, afterQueries, peak }));
