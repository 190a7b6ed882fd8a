import type { ClearLaneDb } from '../db';
import type { TeamRuleRow } from '../db/rows';
import type { Ruling } from '../db/rulings-schema';
import { loadAllRulings } from '../db/rulings-store';
import { rulingsToCsv } from './csv-write';
import { buildPack, serializePackJson, serializePackNdjson } from './pack';

/**
 * Export the cache so a team member can publish it back: the whole cache, or only this device's own
 * decisions (source "local") changed since a date, as a JSON pack, an NDJSON pack or a CSV.
 */
export interface ExportOptions {
  format: 'json' | 'ndjson' | 'csv';
  /** Only rulings decided on this device (source "local"). */
  ownOnly?: boolean;
  /** Only records updated at or after this time (epoch ms). */
  since?: number;
  /** Pack header `source`, e.g. the team name. */
  source?: string;
  now?: number;
}

export interface ExportedFile {
  text: string;
  mime: string;
  filename: string;
  count: number;
}

export async function selectForExport(
  db: ClearLaneDb,
  opts: Pick<ExportOptions, 'ownOnly' | 'since'>,
): Promise<{ rulings: Ruling[]; teamRules: TeamRuleRow[] }> {
  const since = opts.since ?? -Infinity;
  return db.transaction('r', db.rulingBuckets, db.teamRules, async () => {
    const rulings = (await loadAllRulings(db)).filter(
      (r) => r.updatedAt >= since && (!opts.ownOnly || r.source === 'local'),
    );
    const teamRules = await db.teamRules.where('updatedAt').aboveOrEqual(since).toArray();
    // Oldest first, ties by id: bucket order means nothing, and a stable order keeps exports diffable.
    rulings.sort((a, b) => a.updatedAt - b.updatedAt || a.id.localeCompare(b.id));
    return { rulings, teamRules };
  });
}

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function exportRulings(db: ClearLaneDb, opts: ExportOptions): Promise<ExportedFile> {
  const now = opts.now ?? Date.now();
  const { rulings, teamRules } = await selectForExport(db, opts);
  const base = `clearlane-rulings-${opts.ownOnly ? 'own-' : ''}${stamp(now)}`;
  if (opts.format === 'csv') {
    // CSV carries rulings only; team rules need the pack format.
    return {
      text: rulingsToCsv(rulings),
      mime: 'text/csv;charset=utf-8',
      filename: `${base}.csv`,
      count: rulings.length,
    };
  }
  const pack = await buildPack(rulings, teamRules, { source: opts.source, now });
  const count = pack.header.count;
  return opts.format === 'json'
    ? { text: serializePackJson(pack), mime: 'application/json', filename: `${base}.json`, count }
    : { text: serializePackNdjson(pack), mime: 'application/x-ndjson', filename: `${base}.ndjson`, count };
}
