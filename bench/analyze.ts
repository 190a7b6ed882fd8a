/**
 * `npx tsx bench/analyze.ts [-v CHAPTERS]`: cold-start errors grouped by the label's chapter, to see where the
 * engine loses accuracy (a development aid; it prints dev rows and must never feed labels into the lexicon).
 */
import { classify } from '../lib/classify/classify';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { loadDev } from './dev';

const data = loadEngineDataNode();
const rows = loadDev();
const verbose = process.argv[2] === '-v' ? new Set((process.argv[3] ?? '').split(',')) : null;
const byChapter = new Map<string, { n: number; hs4: number; hs6: number; top5: number }>();
for (const r of rows) {
  const res = classify(r.product, { data });
  const ch = r.hs6.slice(0, 2);
  const s = byChapter.get(ch) ?? { n: 0, hs4: 0, hs6: 0, top5: 0 };
  s.n++;
  const ok4 = res.hs6?.slice(0, 4) === r.hs6.slice(0, 4);
  if (ok4) s.hs4++;
  if (res.hs6 === r.hs6) s.hs6++;
  if (res.candidates.some((c) => c.code.slice(0, 6) === r.hs6)) s.top5++;
  byChapter.set(ch, s);
  if (verbose?.has(ch) && res.hs6 !== r.hs6)
    console.log(
      `${r.hs6} ${res.hs6} ${ok4 ? '4ok' : '   '} ${res.candidates.map((c) => c.code.slice(0, 6) + ':' + c.source[0]).join(' ')} | ${r.text.slice(0, 100)}`,
    );
}
const list = [...byChapter].sort((a, b) => b[1].n - b[1].hs4 - (a[1].n - a[1].hs4));
console.log('ch   n  miss4 hs4  hs6  top5');
for (const [ch, s] of list)
  console.log(
    `${ch} ${String(s.n).padStart(4)} ${String(s.n - s.hs4).padStart(5)} ${String(s.hs4).padStart(4)} ${String(s.hs6).padStart(4)} ${String(s.top5).padStart(4)}`,
  );
