/**
 * `npm run bench` — accuracy, calibration, tiers and speed of the offline engine on bench/data/dev.jsonl,
 * written to bench/RESULTS.md and bench/risk-coverage.svg, with a summary on stdout.
 * `npm run bench -- --fit` also refits lib/classify/calibration.json (logistic weights + default high
 * threshold) from the same CV runs. `--quick` skips the 100k-ruling speed run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshShippedLexicon, loadEngineDataNode } from '../lib/classify/load-node';
import { loadDev } from './dev';
import { AUTO_TARGET, crossCalibrate, crossFitRank, fitFinal, rankExamples, runDev } from './evaluate';
import { riskCoverage } from './metrics';
import { renderReport, renderSummary } from './report';
import { sampleMemory } from './cache';
import { measureLoad, measureMemory, measureSpeed } from './speed';
import { riskCoverageSvg } from './svg';
import { LLM_SECTION, renderLlmSection, runLlmBench, writeLlmSection } from './llm';
import { llmConfigFromEnv } from '../cli/llm';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const args = new Set(process.argv.slice(2));
/** Precision targets reported for the auto tier; the first is the architecture's default. */
const TARGETS = [AUTO_TARGET, 0.95];

/** Sections of RESULTS.md owned by other scripts (bench/import.ts), kept verbatim when the report is rewritten. */
const FOREIGN_SECTIONS = ['## Ruling import', LLM_SECTION];

function foreignSections(file: string): string {
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  const kept: string[] = [];
  for (const heading of FOREIGN_SECTIONS) {
    const start = text.indexOf(`\n${heading}`);
    if (start < 0) continue;
    const next = text.indexOf('\n## ', start + heading.length + 1);
    kept.push(text.slice(start + 1, next < 0 ? undefined : next + 1).trimEnd());
  }
  return kept.length ? `\n${kept.join('\n\n')}\n` : '';
}

/** The shipped public/data/lexicon.json must match the source lexicon, or the load time measures stale data. */
function warnIfStale(): void {
  if (!freshShippedLexicon())
    console.warn(
      'warning: public/data/lexicon.json was not built from lib/classify/lexicon as it is now; run `npm run build:data`',
    );
}

function main(): void {
  const t0 = performance.now();
  warnIfStale();
  sampleMemory();
  const load = measureLoad();
  let data = loadEngineDataNode();
  const rows = loadDev();
  const rank = crossFitRank(rankExamples(data, rows));
  const raw = [runDev(data, rows, false, rank.byFold), runDev(data, rows, true, rank.byFold)];
  const { runs, highByFold } = crossCalibrate(raw, data.calibration.exactRuling, TARGETS);
  if (args.has('--fit')) {
    const calibration = fitFinal(raw, runs, data.calibration, rank.final);
    writeFileSync(
      path.join(ROOT, 'lib/classify/calibration.json'),
      JSON.stringify(calibration, null, 2) + '\n',
    );
    data = loadEngineDataNode({ calibration });
    console.log('calibration.json refitted; high threshold', calibration.thresholds.high);
  }
  sampleMemory();
  const speed = measureSpeed(args.has('--quick') ? [0, 10_000] : [0, 10_000, 100_000]);
  const peakMb = sampleMemory() / 1024 / 1024;
  const memory = measureMemory(args.has('--quick') ? 10_000 : 100_000);
  const [cold, history] = runs as [(typeof runs)[0], (typeof runs)[0]];
  writeFileSync(
    path.join(HERE, 'risk-coverage.svg'),
    riskCoverageSvg([
      { name: 'cold start (no rulings)', color: '#1f77b4', points: riskCoverage(cold) },
      { name: 'with history (5-fold rulings)', color: '#ff7f0e', points: riskCoverage(history) },
    ]),
  );
  const input = {
    cold,
    history,
    highByFold,
    targets: TARGETS,
    data,
    speed,
    load,
    peakMb,
    memory,
    lexiconEntries: data.lexicon.entries.length,
    seconds: (performance.now() - t0) / 1000,
  };
  const resultsFile = path.join(HERE, 'RESULTS.md');
  writeFileSync(resultsFile, renderReport(input) + foreignSections(resultsFile));
  console.log(renderSummary(input));
}

/** `--llm`: only the model-assisted table; it needs a model server, so it is never part of the default run. */
async function mainLlm(): Promise<void> {
  const env = llmConfigFromEnv(process.env);
  if ('error' in env) {
    console.error(
      `Model-assisted benchmark not run: ${env.error}. (This machine has no internet, so it was never measured here.)`,
    );
    process.exit(2);
  }
  const limit = Number(process.env.BENCH_LLM_LIMIT) || undefined;
  const rows = loadDev().slice(0, limit);
  const r = await runLlmBench(loadEngineDataNode(), rows, env.config);
  writeLlmSection(path.join(HERE, 'RESULTS.md'), renderLlmSection(r, new Date().toISOString().slice(0, 10)));
  console.log(renderLlmSection(r, new Date().toISOString().slice(0, 10)));
}

if (args.has('--llm')) void mainLlm();
else main();
