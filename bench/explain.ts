/** `npx tsx bench/explain.ts "product title"`: lexicon hits, BM25 top codes and the ranking, for debugging. */
import { classifyDetailed } from '../lib/classify/classify';
import { gatherEvidence } from '../lib/classify/evidence';
import { loadEngineDataNode } from '../lib/classify/load-node';

const data = loadEngineDataNode();
const title = process.argv.slice(2).join(' ');
const ev = gatherEvidence(data, { title });
console.log(
  'lexicon',
  ev.lexHits.map((h) => `${h.id}:${h.code} "${h.term}" w=${h.weight.toFixed(2)}`),
);
console.log(
  'bm25',
  ev.bm
    .slice(0, 5)
    .map(([c, s]) => `${c}:${s.toFixed(1)}`)
    .join(' '),
  'accessory',
  ev.accessory,
);
const d = classifyDetailed({ title }, { data });
console.log(d.result.candidates.map((c) => `${c.code} ${c.confidence.toFixed(2)} ${c.source}`).join(' | '));
console.log(d.features);
