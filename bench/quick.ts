import { classify } from '../lib/classify/classify';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { loadDev } from './dev';
const data = loadEngineDataNode();
const rows = loadDev();
let h4 = 0,
  h6 = 0,
  t5 = 0;
const per: Record<string, [number, number, number]> = {};
for (const r of rows) {
  const res = classify(r.product, { data });
  const g = (per[r.group] ??= [0, 0, 0]);
  g[0]++;
  if (res.hs6?.slice(0, 4) === r.hs6.slice(0, 4)) {
    h4++;
    g[1]++;
  }
  if (res.hs6 === r.hs6) {
    h6++;
    g[2]++;
  }
  if (res.candidates.some((c) => c.code.slice(0, 6) === r.hs6)) t5++;
  if (process.argv[2] === '-v' && res.hs6?.slice(0, 4) !== r.hs6.slice(0, 4))
    console.log(r.hs6, res.hs6, r.text.slice(0, 90));
}
console.log({ n: rows.length, hs4: h4 / rows.length, hs6: h6 / rows.length, top5: t5 / rows.length, per });
