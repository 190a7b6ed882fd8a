import { browser } from 'wxt/browser';
import calibration from './calibration.json';
import { ALL_PREBUILT, buildEngineData, type EngineData } from './data';

/**
 * Extension loader: fetches the prebuilt files shipped in public/data (built by scripts/build-data.ts).
 * The service worker calls this once and keeps the result; the index is prebuilt so this is parse-only.
 */
async function fetchJson(file: string): Promise<unknown> {
  // The path is cast because WXT types getURL with the list of public files, which is generated at build time.
  const url = browser.runtime.getURL(`/data/${file}` as '/');
  const res = await fetch(url);
  if (!res.ok) throw new Error(`ClearLane data file ${file} failed to load: HTTP ${res.status}`);
  return res.json() as Promise<unknown>;
}

export async function loadEngineDataBrowser(): Promise<EngineData> {
  const [nomenclature, searchIndex, lexicon] = await Promise.all(
    ['nomenclature.json', 'search-index.json', 'lexicon.json'].map(fetchJson),
  );
  // Built and fully validated by scripts/build-data.ts: a shape check is enough at service-worker start.
  return buildEngineData({ nomenclature, searchIndex, lexicon, calibration }, ALL_PREBUILT);
}
