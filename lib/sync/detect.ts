import type { TeamRuleRow } from '../db/rows';
import type { Ruling } from '../db/rulings-schema';
import { parseRulingCsv } from './csv';
import { parsePackJson, parsePackNdjson, type ImportIssue } from './pack';
import { PACK_FORMAT } from './pack-schema';

/**
 * One entry point for any team source (a picked file, a dropped file, a URL body): the format is decided by
 * content, not by file name or Content-Type, because shared drives and static hosts label files wrongly.
 */
export type ImportFormat = 'json-pack' | 'ndjson-pack' | 'csv';

export interface ParsedImport {
  format: ImportFormat;
  rulings: Ruling[];
  teamRules: TeamRuleRow[];
  invalid: ImportIssue[];
  warnings: ImportIssue[];
  /** The whole source is unusable; import nothing and show this. */
  fatal: string | null;
  checksum?: string;
}

export function detectFormat(text: string): ImportFormat {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return 'csv';
  const nl = t.indexOf('\n');
  if (nl === -1) return 'json-pack';
  try {
    const first: unknown = JSON.parse(t.slice(0, nl));
    // An NDJSON pack opens with its bare header line; a one-line-per-object JSON file would fail here.
    if (first && typeof first === 'object' && (first as { format?: unknown }).format === PACK_FORMAT)
      return 'ndjson-pack';
  } catch {
    // A pretty-printed JSON pack: its first line alone is not JSON.
  }
  return 'json-pack';
}

export async function parseImportText(
  text: string,
  opts: { source?: string; now?: number } = {},
): Promise<ParsedImport> {
  const format = detectFormat(text);
  if (format === 'csv') {
    const csv = parseRulingCsv(text, opts);
    const fatal =
      csv.rulings.length === 0 && csv.errors.length > 0 && csv.errors.every((e) => e.line === 1)
        ? (csv.errors[0]?.message ?? null)
        : null;
    return {
      format,
      rulings: csv.rulings,
      teamRules: [],
      invalid: csv.errors,
      warnings: csv.warnings,
      fatal,
    };
  }
  const pack = format === 'ndjson-pack' ? await parsePackNdjson(text) : await parsePackJson(text);
  // The parser's records are its own fresh copies (zod output or quickParseRuling), so they can be labelled
  // in place: a second copy of 100k rulings only made the service worker collect more garbage.
  if (opts.source) for (const r of pack.rulings) r.source = opts.source;
  const rulings = pack.rulings;
  const out: ParsedImport = {
    format,
    rulings,
    teamRules: pack.teamRules,
    invalid: pack.errors,
    warnings: [],
    fatal: pack.fatal,
  };
  if (pack.header) out.checksum = pack.header.checksum;
  return out;
}
