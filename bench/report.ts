import { cpus, loadavg } from 'node:os';
import type { EngineData } from '../lib/classify/data';
import { AUTO_TARGET } from './evaluate';
import { flagTable } from './flags';
import { accuracy, calibrationError, isRight4, isRight6, type Outcome } from './metrics';
import type { MemoryRow, SpeedRow } from './speed';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

export interface ReportInput {
  cold: Outcome[];
  history: Outcome[];
  /** Per precision target (AUTO_TARGETS order), the high threshold chosen on the other folds, per fold. */
  highByFold: number[][];
  targets: number[];
  data: EngineData;
  speed: SpeedRow[];
  load: { coldMs: number; warmMs: number; coldRuns: number[] };
  peakMb: number;
  memory: MemoryRow | null;
  lexiconEntries: number;
  seconds: number;
}

function accuracyTable(runs: [string, Outcome[]][]): string {
  const lines = [
    '| run | rows | HS2 top-1 | HS4 top-1 | HS6 top-1 | HS6 top-5 recall |',
    '|---|---|---|---|---|---|',
  ];
  for (const [name, rows] of runs) {
    const groups = [...new Set(rows.map((r) => r.group))].sort();
    for (const [label, subset] of [
      ['all', rows] as const,
      ...groups.map((g) => [g, rows.filter((r) => r.group === g)] as const),
    ]) {
      const a = accuracy([...subset]);
      lines.push(
        `| ${name} — ${label} | ${a.n} | ${pct(a.hs2)} | ${pct(a.hs4)} | ${pct(a.hs6)} | ${pct(a.top5)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Auto tier with the threshold chosen on the other folds (so the precision is an honest estimate). */
export function tiers(rows: Outcome[], highByFold: number[], medium: number) {
  const isAuto = (r: Outcome) => r.conf6 >= highByFold[r.fold]! && !r.capped;
  const auto = rows.filter(isAuto);
  const autoReview = rows.filter((r) => r.conf6 >= medium);
  return {
    autoPrecision: auto.filter(isRight6).length / Math.max(1, auto.length),
    autoShare: auto.length / rows.length,
    autoN: auto.length,
    autoWrong: auto.filter((r) => !isRight6(r)).length,
    arPrecision4: autoReview.filter(isRight4).length / Math.max(1, autoReview.length),
    arShare: autoReview.length / rows.length,
    arN: autoReview.length,
  };
}

/** Share of all items that could be automated at a given precision if the threshold were set with hindsight. */
function oracleCoverage(rows: Outcome[], target: number): number {
  const sorted = rows.filter((r) => !r.capped).sort((a, b) => b.conf6 - a.conf6);
  let right = 0;
  let best = 0;
  sorted.forEach((r, i) => {
    if (isRight6(r)) right++;
    if (right / (i + 1) >= target) best = i + 1;
  });
  return best / rows.length;
}

function status(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}

export function targetRows(x: ReportInput): { name: string; floor: string; measured: string; ok: boolean }[] {
  const cal = x.data.calibration;
  const t99 = tiers(x.cold, x.highByFold[x.targets.indexOf(AUTO_TARGET)]!, cal.thresholds.medium);
  const big = x.speed.find((s) => s.rulings === 100_000);
  const a = accuracy(x.cold);
  const h = accuracy(x.history);
  return [
    { name: 'cold HS4 top-1', floor: '50%', measured: pct(a.hs4), ok: a.hs4 >= 0.5 },
    { name: 'cold HS6 top-1', floor: '35%', measured: pct(a.hs6), ok: a.hs6 >= 0.35 },
    { name: 'cold HS6 top-5 recall', floor: '60%', measured: pct(a.top5), ok: a.top5 >= 0.6 },
    { name: 'history HS6 top-1', floor: '45%', measured: pct(h.hs6), ok: h.hs6 >= 0.45 },
    {
      name: 'auto precision @HS6 (cold, out-of-fold)',
      floor: '99%',
      measured: t99.autoN ? `${pct(t99.autoPrecision)} (${t99.autoN} items)` : 'no auto items',
      ok: t99.autoN > 0 && t99.autoPrecision >= 0.99,
    },
    { name: 'auto coverage (cold)', floor: '15%', measured: pct(t99.autoShare), ok: t99.autoShare >= 0.15 },
    {
      name: 'p99 latency, 100k rulings',
      floor: '10 ms',
      measured: big ? `${ms(big.p99)} (best of 3 per item: ${ms(big.bestP99)})` : 'n/a (--quick)',
      ok: !!big && big.p99 <= 10,
    },
    {
      name: 'index build, 100k rulings',
      floor: '2 s',
      measured: big ? ms(big.buildMs) : 'n/a (--quick)',
      ok: !!big && big.buildMs <= 2000,
    },
    {
      name: 'shipped index load (cold start)',
      floor: '200 ms',
      measured: `${ms(x.load.coldMs)} (warm ${ms(x.load.warmMs)})`,
      ok: x.load.coldMs <= 200,
    },
    {
      name: 'peak memory, 100k rulings',
      floor: '150 MB',
      measured:
        x.memory && x.memory.rulings === 100_000
          ? `${x.memory.peak} MB process peak (plain Node; its own baseline ${x.memory.base} MB; live V8 heap ${x.memory.heap.at(-1) ?? '?'} MB)`
          : 'n/a (--quick)',
      ok: !!x.memory && x.memory.rulings === 100_000 && x.memory.peak <= 150,
    },
  ];
}

function limits(x: ReportInput): string {
  const by = (rows: Outcome[], g: string) => accuracy(rows.filter((r) => r.group === g));
  const atlas = by(x.cold, 'ATLAS CBP rulings');
  const listings = by(x.cold, 'HSCodeComp listings');
  const sorted = x.cold.filter((r) => !r.capped).sort((a, b) => b.conf6 - a.conf6);
  const top20 = sorted.slice(0, 20).filter(isRight6).length;
  // History: how often the right code is there to be found among the other folds' rulings at all.
  const labelsOutside = (fold: number) =>
    new Set(x.history.filter((r) => r.fold !== fold).map((r) => r.label));
  const outside = x.history.filter((r) => labelsOutside(r.fold).has(r.label)).length;
  const close = x.history.filter((r) => r.features.knnSim >= 0.5).length;
  return [
    `- Vocabulary. The term lexicon is written for what SEA marketplaces sell; the 200 ATLAS rows are CBP ruling`,
    `  descriptions of industrial goods, chemicals and machinery (chapters 28–29, 39 primary forms, 84–85, 90) that it`,
    `  barely covers, so they rest on BM25 over the short HS descriptions: HS4 ${pct(atlas.hs4)} / HS6 ${pct(atlas.hs6)} on`,
    `  ATLAS against ${pct(listings.hs4)} / ${pct(listings.hs6)} on the marketplace listings.`,
    `- Labels. Labels are US 10-digit codes chosen by one classifier; on marketplace listings several are one defensible`,
    `  reading among others (imitation vs. stone jewellery 7117/7116, knitted vs. woven tops when the listing does not`,
    `  say, toy vs. plastic article), which caps top-1 at HS6 well below HS4.`,
    `- Automation. The calibrated confidence separates good from bad predictions only coarsely: the 20 most confident`,
    `  cold-start predictions are ${top20} of 20 right, so no threshold keeps >= 20 items at 99% (or 95%) precision out-of-fold.`,
    `  The shipped high threshold therefore equals the reused-decision confidence (${x.data.calibration.exactRuling}): only`,
    `  reused team decisions are filled automatically; everything else is a reviewed suggestion. The cold-start auto`,
    `  coverage target (15% at 99%) is not reachable with these features on this data.`,
    `- History. Each row's own code occurs among the other folds' rulings for only ${outside} of ${x.history.length} rows, and the`,
    `  most similar ruling reaches similarity 0.5 for ${close} rows: the dev set holds few near-repeats, which is what a team's`,
    `  history mostly is, so the rulings add ${(100 * (accuracy(x.history).hs6 - accuracy(x.cold).hs6)).toFixed(1)} points at HS6 here.`,
    `- Memory. The engine's live data with 100k rulings is the V8 heap figure above; the process peak adds Node's`,
    `  own baseline and the heap V8 keeps reserved after garbage collection (young generation, freed pages of the`,
    `  JSON parsed at load), which a service worker pays in its own, different form. Measured in plain Node, not tsx.`,
  ].join('\n');
}

/** Precision of the k most confident uncapped items, and the highest confidence reached, per run. */
function headOfCurve(x: ReportInput): string {
  const line = (name: string, rows: Outcome[]) => {
    const sorted = rows.filter((r) => !r.capped && !r.exact).sort((a, b) => b.conf6 - a.conf6);
    const at = (k: number) => {
      const top = sorted.slice(0, k);
      return `top ${k}: ${pct(top.filter(isRight6).length / Math.max(1, top.length))}`;
    };
    const reused = rows.filter((r) => r.exact);
    return `- ${name}: highest model confidence ${(sorted[0]?.conf6 ?? 0).toFixed(3)}; HS6 precision of the most confident model predictions ${[10, 20, 50, 100].map(at).join(', ')}; reused team decisions (same SKU / text): ${reused.length} (${reused.filter(isRight6).length} right).`;
  };
  return [line('cold start', x.cold), line('with history', x.history)].join('\n');
}

function memoryLines(x: ReportInput): string {
  const m = x.memory;
  const lines = [];
  if (m)
    lines.push(
      `- Memory of the engine alone (bench/memory.ts bundled and run in a fresh plain-Node process; resident set / live`,
      `  V8 heap after GC at each stage, MB): Node baseline ${m.base} / ${m.heap[0]}; engine loaded ${m.engine} / ${m.heap[1]};`,
      `  ${m.rulings.toLocaleString('en')} rulings in memory ${m.withRulings} / ${m.heap[2]}; ruling index built ${m.withIndex} / ${m.heap[3]};`,
      `  after classifying the dev set ${m.afterQueries} / ${m.heap[4]}; process peak ${m.peak}.`,
    );
  lines.push(
    `- Peak resident memory of the whole benchmark process (dev runs, speed caches): ${x.peakMb.toFixed(0)} MB.`,
  );
  return lines.join('\n');
}

export function renderReport(x: ReportInput): string {
  const cal = x.data.calibration;
  const speedRows = x.speed.map(
    (s) =>
      `| ${s.rulings.toLocaleString('en')} | ${ms(s.buildMs)} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.max)} | ${ms(s.bestP99)} |`,
  );
  const tierLines = x.targets.flatMap((target, t) => {
    const byFold = x.highByFold[t]!;
    return (
      [
        ['cold start', x.cold],
        ['with history', x.history],
      ] as const
    ).map(([name, rows]) => {
      const s = tiers(rows, byFold, cal.thresholds.medium);
      return `| ${pct(target)} | ${name} | ${byFold.map((h) => h.toFixed(3)).join(', ')} | ${s.autoN ? pct(s.autoPrecision) : '—'} (${s.autoN} items, ${s.autoWrong} wrong) | ${pct(s.autoShare)} | ${pct(oracleCoverage(rows, target))} |`;
    });
  });
  const ar = (name: string, rows: Outcome[]) => {
    const s = tiers(rows, [1, 1, 1, 1, 1], cal.thresholds.medium);
    return `| ${name} | ${pct(s.arPrecision4)} | ${pct(s.arShare)} (${s.arN} items) |`;
  };
  const targets = targetRows(x).map((r) => `| ${r.name} | ${r.floor} | ${r.measured} | ${status(r.ok)} |`);
  return `# ClearLane engine benchmark

Generated by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)} in ${x.seconds.toFixed(0)} s.
Dev set: bench/data/dev.jsonl, ${x.cold.length} rows (316 HSCodeComp marketplace listings, 200 ATLAS / CBP rulings;
see data/SOURCES.md). Labels are US 10-digit codes; only the first 6 digits (HS 2022) are scored.
Term lexicon at the time of the run: ${x.lexiconEntries} entries (lib/classify/lexicon/*.json), written from the
nomenclature, not from dev-set labels.

**LLM rerank (\`--llm\`) is not measured**: this benchmark runs with no network and no API key.

## Targets

| target | floor | measured | status |
|---|---|---|---|
${targets.join('\n')}

## Accuracy

Cold start = no team rulings. With history = 5-fold: each fold is classified with the other four folds loaded
as approved team rulings (never the row itself).

Ranking: each candidate HS6 gets a weighted sum of its evidence (lexicon weight on its heading and on itself,
partial lexicon matches on both, BM25 score over the nomenclature on itself and its heading, the team rulings'
votes on both). The weights are fitted by coordinate ascent (bench/evaluate.ts crossFitRank) on four folds and
applied to the fifth, so **every accuracy below is out-of-fold**; the shipped weights, fitted on all rows:
${Object.entries(x.data.calibration.rank.weights)
  .map(([k, v]) => `${k} ${v}`)
  .join(', ')}.

Top-5 = the five codes the seller is shown (lib/classify/shortlist.ts): the best by that score, at most four from
one heading while others are in the running, and in any case the subheading whose own nomenclature text is
closest (BM25) and the subheading a lexicon term names outright. This composition (not fitted, so not
cross-validated) was chosen on this dev set among five variants: it adds 2.8 points of top-5 recall cold
(57.9% with three per heading and no such leads); the hidden holdout tells whether that carries over.

${accuracyTable([
  ['cold start', x.cold],
  ['with history', x.history],
])}

## Confidence calibration and tiers

Method: the engine computes evidence features per product (softmax share of the top HS6 and its HS4, margin,
lexicon support at HS4/HS6, lexicon disagreement, share of all lexicon weight on the top heading, length of the
longest matched term, accessory/purpose words in the title, BM25 agreement, kNN vote share and similarity). One L2
logistic regression per level (HS4, HS6) maps them to P(correct). Every number below is **out-of-fold**:
for each of 5 folds the models are fitted on the other folds (cold and history runs pooled) and applied to
the held-out fold. The auto threshold is likewise chosen on the other folds (lowest confidence at which the
kept, uncapped items are at least the target precision at HS6, with at least 20 kept items) and applied to
the held-out fold. Fitted parameters ship as data in lib/classify/calibration.json (refit with
\`npm run bench -- --fit\`); the shipped \`high\` is chosen the same way on all out-of-fold confidences.

- Expected calibration error (10 bins, HS6): cold ${pct(calibrationError(x.cold))}, history ${pct(calibrationError(x.history))}.
- Shipped defaults: high = ${cal.thresholds.high}, medium = ${cal.thresholds.medium}. The high threshold is capped at the
  confidence of a reused team decision (exactRuling = ${cal.exactRuling}); when it sits at that cap, no model confidence
  was found safe and only reused team decisions (same SKU / same normalised text) are filled automatically.
- Auto additionally requires no rule cap (flag, conflict, vague text).

Auto tier per precision target (thresholds chosen on the other folds; "hindsight coverage" is the most that
threshold could cover on this run if it were set with the labels in hand, an upper bound, not a result):

| target | run | thresholds per fold | auto precision @HS6 | auto share | hindsight coverage |
|---|---|---|---|---|---|
${tierLines.join('\n')}

Auto + review (confidence >= medium), precision at HS4:

| run | auto+review precision @HS4 | auto+review share |
|---|---|---|
${ar('cold start', x.cold)}
${ar('with history', x.history)}

Risk–coverage curve (HS6 error rate among the most confident items): [risk-coverage.svg](risk-coverage.svg)

${headOfCurve(x)}

## Flags on the dev set

Flags raised by lib/rules while classifying the cold-start run (with candidate codes, no destination):

${flagTable(x.cold.map((r) => ({ text: r.text, flags: r.flags })))}

## Speed and memory

Latency per item over the ${x.cold.length} dev rows after a warm-up pass (p50, p99 and max over three timed
passes), single thread, with generated ruling caches (synthetic descriptions from nomenclature words, random HS6
codes), each cache size in a fresh plain-Node process holding only the shipped engine and that cache, as a service
worker would (bench/latency.ts). Index build = RulingIndex.from(rulings).
Timings are wall-clock on a shared machine (${cpus().length} CPUs, 1-minute load average ${loadavg()[0]!.toFixed(1)} when the report
was written); other processes add noise, mostly to p99 and max, hence the best-of-3 column.

| rulings in cache | index build | p50 | p99 | max | p99, best of 3 per item |
|---|---|---|---|---|---|
${speedRows.join('\n')}

- Shipped index load (public/data: read + JSON parse + shape check + compile nomenclature, prebuilt BM25 index,
  lexicon), as the service worker does it: cold ${ms(x.load.coldMs)} (median of ${x.load.coldRuns.length} fresh processes, each
  its first load: ${x.load.coldRuns.map((v) => v.toFixed(0)).join(', ')} ms), warm ${ms(x.load.warmMs)} (median of 5 more loads in one process), Node.
${memoryLines(x)}

## What limits the numbers

${limits(x)}
`;
}

/** The console summary: the targets table and the headline numbers the architecture contract asks for. */
export function renderSummary(x: ReportInput): string {
  const a = accuracy(x.cold);
  const h = accuracy(x.history);
  const t = tiers(
    x.cold,
    x.highByFold[x.targets.indexOf(AUTO_TARGET)]!,
    x.data.calibration.thresholds.medium,
  );
  const lines = [
    `ClearLane bench — ${x.cold.length} dev rows, ${x.seconds.toFixed(0)} s`,
    `cold start   HS2 ${pct(a.hs2)}  HS4 ${pct(a.hs4)}  HS6 ${pct(a.hs6)}  top-5@HS6 ${pct(a.top5)}`,
    `with history HS2 ${pct(h.hs2)}  HS4 ${pct(h.hs4)}  HS6 ${pct(h.hs6)}  top-5@HS6 ${pct(h.top5)}`,
    `auto tier (cold, out-of-fold, ${pct(AUTO_TARGET)} target): precision ${t.autoN ? pct(t.autoPrecision) : '—'} on ${t.autoN} items (${pct(t.autoShare)}); auto+review@HS4 ${pct(t.arPrecision4)} on ${pct(t.arShare)}`,
    ...x.speed.map(
      (s) =>
        `${s.rulings.toLocaleString('en').padStart(7)} rulings: build ${ms(s.buildMs)}, p50 ${ms(s.p50)}, p99 ${ms(s.p99)} (best of 3 per item ${ms(s.bestP99)})`,
    ),
    `load (shipped): cold ${ms(x.load.coldMs)}, warm ${ms(x.load.warmMs)}; memory (engine process, ${x.memory?.rulings.toLocaleString('en') ?? '?'} rulings): peak ${x.memory?.peak ?? '?'} MB, Node baseline ${x.memory?.base ?? '?'} MB, live heap ${x.memory?.heap.at(-1) ?? '?'} MB`,
    '',
    ...targetRows(x).map(
      (r) => `${r.ok ? '  met   ' : '  MISSED'} ${r.name}: ${r.measured} (floor ${r.floor})`,
    ),
    '',
    'Full report: bench/RESULTS.md, chart: bench/risk-coverage.svg',
  ];
  return lines.join('\n');
}
