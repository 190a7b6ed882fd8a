import {
  type PackHeader,
  PackHeaderSchema,
  PackJsonSchema,
  RulingSchema,
  TeamRuleSchema,
} from './pack-schema';
import { stripUndefined } from './csv-row';
import { packChecksum } from './hash';
import { quickParseRuling } from './ruling-check';
import type { ImportIssue, PackParseResult } from './pack-types';

/**
 * Parsing of ruling packs (format in pack-schema.ts). Records are validated one by one so each bad one is
 * named; the header's count and checksum are then checked against the raw records, and any mismatch makes
 * the whole pack untrusted (`fatal`): nothing from it is imported.
 */
const zodMessage = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
  e.issues
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');

/** Validate raw records, then check the header's count and checksum against them. */
async function finish(
  header: PackHeader,
  raw: { rulings: RawRec[]; teamRules: RawRec[] },
): Promise<PackParseResult> {
  const out: PackParseResult = { header, rulings: [], teamRules: [], errors: [], fatal: null };
  for (const r of raw.rulings) {
    const quick = quickParseRuling(r.value);
    if (quick) {
      out.rulings.push(quick);
      continue;
    }
    const p = RulingSchema.safeParse(r.value);
    if (p.success) out.rulings.push(stripUndefined(p.data));
    else out.errors.push({ ...r.at, message: `invalid ruling: ${zodMessage(p.error)}` });
  }
  for (const t of raw.teamRules) {
    const p = TeamRuleSchema.safeParse(t.value);
    if (p.success) out.teamRules.push(stripUndefined(p.data));
    else out.errors.push({ ...t.at, message: `invalid team rule: ${zodMessage(p.error)}` });
  }
  const count = raw.rulings.length + raw.teamRules.length;
  if (count !== header.count) {
    out.fatal = `the pack says it holds ${header.count} records but contains ${count}: it is incomplete or was edited`;
  } else if (
    (await packChecksum(
      raw.rulings.map((r) => r.value),
      raw.teamRules.map((t) => t.value),
    )) !== header.checksum
  ) {
    out.fatal = 'the pack checksum does not match its records: the file is damaged or was edited by hand';
  }
  return out;
}

interface RawRec {
  value: unknown;
  at: { line?: number; record?: number };
}

function isTeamRuleLine(v: unknown): v is { teamRule: unknown } {
  return typeof v === 'object' && v !== null && 'teamRule' in v;
}

const failed = (fatal: string, errors: ImportIssue[] = []): PackParseResult => ({
  header: null,
  rulings: [],
  teamRules: [],
  errors,
  fatal,
});

export async function parsePackJson(text: string): Promise<PackParseResult> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return failed(`the pack is not valid JSON (${(e as Error).message})`);
  }
  const shape = PackJsonSchema.safeParse(json);
  if (!shape.success) return failed(`this is not a ClearLane ruling pack: ${zodMessage(shape.error)}`);
  const header = PackHeaderSchema.safeParse(shape.data.header);
  if (!header.success) return failed(`the pack header is invalid: ${zodMessage(header.error)}`);
  const rulings = shape.data.rulings.map((value, i) => ({ value, at: { record: i + 1 } }));
  const teamRules = (shape.data.teamRules ?? []).map((value, i) => ({
    value,
    at: { record: rulings.length + i + 1 },
  }));
  return finish(header.data, { rulings, teamRules });
}

export async function parsePackNdjson(text: string): Promise<PackParseResult> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const raw = { rulings: [] as RawRec[], teamRules: [] as RawRec[] };
  const errors: ImportIssue[] = [];
  let header: PackHeader | null = null;
  lines.forEach((lineText, i) => {
    if (!lineText.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch {
      errors.push({ line: i + 1, message: 'not valid JSON' });
      return;
    }
    if (!header) {
      const h = PackHeaderSchema.safeParse(value);
      if (!h.success)
        errors.push({ line: i + 1, message: `first line is not a pack header: ${zodMessage(h.error)}` });
      else header = h.data;
      return;
    }
    if (isTeamRuleLine(value)) raw.teamRules.push({ value: value.teamRule, at: { line: i + 1 } });
    else raw.rulings.push({ value, at: { line: i + 1 } });
  });
  if (!header) return failed('the file has no ClearLane pack header line', errors);
  if (errors.length)
    return { ...failed('the pack has lines that are not JSON; nothing was imported', errors), header };
  return finish(header, raw);
}
