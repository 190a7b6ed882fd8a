/**
 * One cold start, as a service worker does it: a fresh process loads the shipped files (public/data) and builds
 * the engine data. Prints the milliseconds. Run by bench/run.ts several times (fresh processes) for a median.
 */
import { loadEngineDataNode } from '../lib/classify/load-node';

const t0 = performance.now();
loadEngineDataNode({ shipped: true });
console.log(JSON.stringify({ coldMs: performance.now() - t0 }));
