import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import calibration from './calibration.json';
import { ALL_PREBUILT, buildEngineData, type EngineData } from './data';

/**
 * Node loader (CLI, benchmark, tests): reads the shipped files from public/data (built and validated by
 * scripts/build-data.ts, so only shape-checked here). The lexicon is read from lib/classify/lexicon/*.json
 * and fully validated, so an edited lexicon takes effect without rebuilding public/data; `shipped: true`
 * instead loads exactly what the extension loads (public/data/lexicon.json, shape-checked only).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8'));
}

export function readLexiconDir(dir = path.join(ROOT, 'lib/classify/lexicon')): unknown {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return { files: files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown) };
}

export function loadEngineDataNode(options: { calibration?: unknown; shipped?: boolean } = {}): EngineData {
  return buildEngineData(
    {
      nomenclature: readJson('public/data/nomenclature.json'),
      searchIndex: readJson('public/data/search-index.json'),
      lexicon: options.shipped ? readJson('public/data/lexicon.json') : readLexiconDir(),
      calibration: options.calibration ?? calibration,
    },
    { prebuilt: { ...ALL_PREBUILT.prebuilt, lexicon: options.shipped === true } },
  );
}
