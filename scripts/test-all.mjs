#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, formatting, unit tests, Chrome and Firefox builds, end-to-end tests
// in real Chromium — then one closing line `N passed, N failed, N skipped` summed over all of them (each
// non-test step counts as one check). Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
fs.mkdirSync('test-results', { recursive: true });

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `◀ ${label}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return r.status === 0;
}

function step(label, cmd, args) {
  if (run(label, cmd, args)) totals.passed += 1;
  else totals.failed += 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

step('data (public/data from data/ and the lexicon)', 'npx', ['tsx', 'scripts/build-data.ts']);
step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('format (prettier --check)', 'npx', ['prettier', '--check', '.']);

fs.rmSync('test-results/unit.json', { force: true });
const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  if (!unitOk && unit.numFailedTests === 0) totals.failed += 1; // e.g. a suite that failed to load
} else totals.failed += 1;

const builtChrome = run('build (chrome)', 'npx', ['wxt', 'build']);
step('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);

if (builtChrome) {
  totals.passed += 1;
  fs.rmSync('test-results/e2e-report.json', { force: true });
  const e2eOk = run('end-to-end (Chromium)', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e-report.json');
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) totals.failed += 1;
  } else totals.failed += 1;
} else totals.failed += 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
