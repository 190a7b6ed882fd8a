/**
 * `npm run bench` — accuracy, calibration, tiers and speed of the offline engine on bench/data/dev.jsonl,
 * written to bench/RESULTS.md and bench/risk-coverage.svg. `npm run bench -- --fit` also refits
 * lib/classify/calibration.json (logistic weights + default high threshold) from the same CV runs.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { loadDev } from './dev';
import { crossCalibrate, fitFinal, runDev } from './evaluate';
import { riskCoverage } from './metrics';
import { renderReport } from './report';
import { measureLoad, measureSpeed, sampleMemory } from './speed';
import { riskCoverageSvg } from './svg';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));

function main(): void {
  const t0 = performance.now();
  sampleMemory();
  const loadMs = measureLoad();
  let data = loadEngineDataNode();
  const rows = loadDev();
  const raw = [runDev(data, rows, false), runDev(data, rows, true)];
  const { runs, highByFold } = crossCalibrate(raw, data.calibration.exactRuling);
  if (args.has('--fit')) {
    const calibration = fitFinal(raw, runs, data.calibration);
    writeFileSync(path.join(HERE, '../lib/classify/calibration.json'), JSON.stringify(calibration, null, 2) + '\n');
    data = loadEngineDataNode({ calibration });
    console.log('calibration.json refitted; high threshold', calibration.thresholds.high);
  }
  sampleMemory();
  const speed = measureSpeed(data, rows, args.has('--quick') ? [0, 10_000] : [0, 10_000, 100_000]);
  const peakMb = sampleMemory() / 1024 / 1024;
  const [cold, history] = runs as [typeof runs[0], typeof runs[0]];
  writeFileSync(
    path.join(HERE, 'risk-coverage.svg'),
    riskCoverageSvg([
      { name: 'cold start (no rulings)', color: '#1f77b4', points: riskCoverage(cold) },
      { name: 'with history (5-fold rulings)', color: '#ff7f0e', points: riskCoverage(history) },
    ]),
  );
  const report = renderReport({ cold, history, highByFold, data, speed, loadMs, peakMb, lexiconEntries: data.lexicon.entries.length, seconds: (performance.now() - t0) / 1000 });
  writeFileSync(path.join(HERE, 'RESULTS.md'), report);
  console.log(report);
}

main();
