import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { percentile } from './metrics';

export interface SpeedRow {
  rulings: number;
  buildMs: number;
  p50: number;
  p99: number;
  max: number;
  bestP99: number;
}

/** Latency per cache size, each in a fresh process (bench/latency.ts). */
export function measureSpeed(sizes: number[]): SpeedRow[] {
  return sizes.flatMap(
    (size) =>
      runBundled<SpeedRow>('latency', [], [String(size), path.join(ROOT, 'bench/data/dev.jsonl')]) ?? [],
  );
}

/**
 * Time to load exactly what the extension ships (public/data: nomenclature, prebuilt BM25 index, lexicon;
 * read + JSON parse + shape check + compile), as the service worker does. Cold = the first load in a fresh
 * process (JIT and ICU warm-up included), median over `runs` fresh processes (bench/load.ts); warm = median of
 * five more loads in this process.
 */
export function measureLoad(runs = 5): { coldMs: number; warmMs: number; coldRuns: number[] } {
  const coldRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const row = runBundled<{ coldMs: number }>('load', []);
    if (row) coldRuns.push(row.coldMs);
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
  /** Live V8 heap after GC at each stage above, MB. */
  heap: number[];
}

/** Runs bench/memory.ts in a fresh process (engine + generated cache only) and returns its stages in MB. */
export function measureMemory(rulings = 100_000): MemoryRow | null {
  return runBundled<MemoryRow>(
    'memory',
    ['--expose-gc'],
    [String(rulings), path.join(ROOT, 'bench/data/dev.jsonl')],
  );
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles bench/<name>.ts into bench/.build/<name>.mjs and runs it in a fresh plain-Node process, so what is
 * measured is the engine, not tsx's loader (~50 MB and a compile on every start). Returns the JSON line it prints.
 */
function runBundled<T>(name: string, nodeFlags: string[], args: string[] = []): T | null {
  const outfile = path.join(ROOT, 'bench/.build', `${name}.mjs`);
  buildSync({
    entryPoints: [path.join(ROOT, 'bench', `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  const out = spawnSync(process.execPath, [...nodeFlags, outfile, ...args], { cwd: ROOT, encoding: 'utf8' });
  const line = out.stdout.split('\n').find((l) => l.startsWith('{'));
  if (out.status !== 0 || !line) {
    console.warn(`bench/${name}.ts failed:`, out.stderr.slice(0, 500));
    return null;
  }
  return JSON.parse(line) as T;
}
