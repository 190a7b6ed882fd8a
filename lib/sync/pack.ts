import type { Ruling } from '../db/rulings-schema';
import type { TeamRuleRow } from '../db/rows';
import { packChecksum } from './hash';
import { PACK_FORMAT, PACK_VERSION, type PackHeader } from './pack-schema';
import type { Pack } from './pack-types';

/** Building and writing ruling packs (format: pack-schema.ts); parsing lives in pack-parse.ts. */
export type { ImportIssue, Pack, PackParseResult } from './pack-types';
export { packChecksum };

export async function buildPack(
  rulings: Ruling[],
  teamRules: TeamRuleRow[] = [],
  opts: { source?: string; now?: number } = {},
): Promise<Pack> {
  const header: PackHeader = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    created_at: new Date(opts.now ?? Date.now()).toISOString(),
    source: opts.source ?? 'clearlane',
    count: rulings.length + teamRules.length,
    checksum: await packChecksum(rulings, teamRules),
  };
  return { header, rulings, teamRules };
}

export function serializePackJson(pack: Pack): string {
  const body: Record<string, unknown> = { header: pack.header, rulings: pack.rulings };
  if (pack.teamRules.length) body.teamRules = pack.teamRules;
  return JSON.stringify(body);
}

export function serializePackNdjson(pack: Pack): string {
  const lines = [JSON.stringify(pack.header), ...pack.rulings.map((r) => JSON.stringify(r))];
  for (const t of pack.teamRules) lines.push(JSON.stringify({ teamRule: t }));
  return `${lines.join('\n')}\n`;
}

export { parsePackJson, parsePackNdjson } from './pack-parse';
