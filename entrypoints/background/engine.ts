import { classify, RulingIndex, type EngineData } from '@/lib/classify';
import { loadEngineDataBrowser } from '@/lib/classify/load-browser';
import { indexTokens } from '@/lib/classify/query';
import { describe, isValidCode as isValidIn } from '@/lib/hs/nomenclature';
import { getDb } from '@/lib/db';
import { loadAllRulings } from '@/lib/db/rulings-store';
import type { Ruling } from '@/lib/db/rulings-schema';
import type { TeamRuleRow } from '@/lib/db/rows';
import type { ClassifyResult, ProductInput } from '@/lib/classify/types';
import { readSettings } from './settings-store';

interface Engine {
  data: EngineData;
  index: RulingIndex;
  teamRules: TeamRuleRow[];
}

/**
 * The engine is loaded once per service-worker life: the shipped data is prebuilt (parse only), and the
 * ruling index is built from IndexedDB, then kept up to date incrementally as decisions and imports land.
 */
let engine: Promise<Engine> | undefined;
let loaded: Engine | undefined;

async function loadEngine(): Promise<Engine> {
  const db = getDb();
  const [data, rulings, teamRules] = await Promise.all([
    loadEngineDataBrowser(),
    loadAllRulings(db),
    db.teamRules.toArray(),
  ]);
  loaded = { data, index: RulingIndex.from(rulings), teamRules: teamRules.filter((r) => !r.deleted) };
  return loaded;
}

function getEngine(): Promise<Engine> {
  engine ??= loadEngine().catch((error: unknown) => {
    engine = undefined; // try again on the next message rather than staying broken
    throw error;
  });
  return engine;
}

export async function classifyProduct(product: ProductInput): Promise<ClassifyResult> {
  const [{ data, index, teamRules }, settings] = await Promise.all([getEngine(), readSettings()]);
  const thresholds =
    settings.highThreshold !== undefined && settings.mediumThreshold !== undefined
      ? { high: settings.highThreshold, medium: settings.mediumThreshold }
      : undefined;
  return classify(product, {
    data,
    rulingIndex: index,
    thresholds,
    teamRules,
    destinations: settings.destinations,
    regimeMaxAgeDays: settings.regimeMaxAgeDays,
  });
}

/** Incremental update after a decision or an import; with no list, everything is reloaded on next use. */
export function rulingsChanged(changed?: Ruling[], removedIds: string[] = []): void {
  if (!changed || !loaded) {
    engine = undefined;
    loaded = undefined;
    return;
  }
  for (const id of removedIds) loaded.index.remove(id);
  for (const r of changed) loaded.index.add(r);
}

export async function describeCode(code: string): Promise<string> {
  return describe((await getEngine()).data.nomenclature, code) ?? '';
}

/** Valid in HS 2022 (4/6 digits) or AHTN 2022 (8 digits); false until the data is loaded. */
export function isValidCode(code: string): boolean {
  return !!loaded && isValidIn(loaded.data.nomenclature, code);
}

export async function similarRulings(
  product: ProductInput,
): Promise<{ description: string; code: string; country?: string }[]> {
  const { index } = await getEngine();
  return index
    .neighbours(indexTokens(product.title), 5)
    .map((n) => ({ description: n.ruling.description, code: n.ruling.code, country: n.ruling.country }));
}
