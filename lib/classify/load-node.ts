import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import calibration from './calibration.json';
import { ALL_PREBUILT, buildEngineData, type EngineData } from './data';

/**
 * Node loader (CLI, benchmark, tests): reads the shipped files from public/data (built and validated by
 * scripts/build-data.ts, so only shape-checked here). The lexicon comes from public/data/lexicon.json when it
 * was built from the lexicon source files as they are now (its `source` digest matches), and otherwise from
 * lib/classify/lexicon/*.json, fully validated and compiled (about 1.5 s more), so an edited lexicon takes
 * effect without rebuilding public/data. `shipped: true` always loads exactly what the extension loads;
 * `shipped: false` always compiles the source files.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LEXICON_DIR = path.join(ROOT, 'lib/classify/lexicon');
const SHIPPED_LEXICON = 'public/data/lexicon.json';

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8'));
}

const lexiconFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

export function readLexiconDir(dir = LEXICON_DIR): unknown {
  return {
    files: lexiconFiles(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown),
  };
}

/** SHA-256 over the lexicon source files' names and bytes: recorded in lexicon.json by scripts/build-data.ts. */
export function lexiconSourceDigest(dir = LEXICON_DIR): string {
  const hash = createHash('sha256');
  for (const f of lexiconFiles(dir))
    hash
      .update(`${f}\0`)
      .update(readFileSync(path.join(dir, f)))
      .update('\0');
  return hash.digest('hex');
}

/** The shipped lexicon if it was built from the current source files, else null. */
export function freshShippedLexicon(): unknown {
  if (!existsSync(path.join(ROOT, SHIPPED_LEXICON))) return null;
  const shipped = readJson(SHIPPED_LEXICON);
  const source = (shipped as { source?: unknown }).source;
  return source === lexiconSourceDigest() ? shipped : null;
}

export function loadEngineDataNode(options: { calibration?: unknown; shipped?: boolean } = {}): EngineData {
  const lexicon =
    options.shipped === true
      ? readJson(SHIPPED_LEXICON)
      : options.shipped === false
        ? null
        : freshShippedLexicon();
  return buildEngineData(
    {
      nomenclature: readJson('public/data/nomenclature.json'),
      searchIndex: readJson('public/data/search-index.json'),
      lexicon: lexicon ?? readLexiconDir(),
      calibration: options.calibration ?? calibration,
    },
    { prebuilt: { ...ALL_PREBUILT.prebuilt, lexicon: lexicon !== null } },
  );
}
