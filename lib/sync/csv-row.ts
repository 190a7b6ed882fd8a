import { RulingSchema, type Ruling } from '../db/rulings-schema';
import { normalizeKey, normalizeText } from '../classify/normalize';
import type { HeaderMap, RulingColumn } from './csv-columns';
import {
  parseBool,
  parseCountry,
  parseDate,
  parseHsCode,
  parseStatus,
  unguardCell,
  type Cell,
} from './csv-fields';
import { stableId } from './hash';

export interface RowContext {
  header: HeaderMap;
  source: string | undefined; // overrides a `source` column when given
  now: number;
}

export type RowResult = { ok: true; ruling: Ruling; warnings: string[] } | { ok: false; reason: string };

function cellOf(row: readonly string[], header: HeaderMap, col: RulingColumn): string {
  const i = header.known[col];
  return i === undefined ? '' : unguardCell((row[i] ?? '').trim());
}

function extraOf(row: readonly string[], header: HeaderMap): Record<string, string> | undefined {
  const extra: Record<string, string> = {};
  for (const { name, index } of header.unknown) {
    const v = unguardCell((row[index] ?? '').trim());
    if (v) extra[name] = v;
  }
  return Object.keys(extra).length ? extra : undefined;
}

/** Collects cell results; the first failure becomes the row's reason. */
function take<T>(cell: Cell<T>, warnings: string[]): T {
  if (!cell.ok) throw new RowError(cell.reason);
  if (cell.warning) warnings.push(cell.warning);
  return cell.value;
}

class RowError extends Error {}

/** One CSV data row → a validated Ruling, or the reason it cannot be one. */
export function rowToRuling(row: readonly string[], ctx: RowContext): RowResult {
  const warnings: string[] = [];
  try {
    const get = (c: RulingColumn) => cellOf(row, ctx.header, c);
    const description = get('description');
    if (!description) return { ok: false, reason: 'description/title is empty' };
    const code = take(parseHsCode(get('hs_code')), warnings);
    const country = take(parseCountry(get('country')), warnings);
    const status = take(parseStatus(get('status')), warnings);
    const decided = take(parseDate(get('decided_at'), 'decided_at'), warnings);
    const updated = take(parseDate(get('updated_at'), 'updated_at'), warnings);
    const sku = get('sku') || undefined;
    // Without an id column the id hashes what identifies the product, not its code, so a corrected code
    // in the next version of the sheet replaces the old ruling instead of adding a second one.
    const id = get('id') || stableId([normalizeText(description), country ?? '', sku ?? '']);
    const candidate = {
      id,
      description,
      key: normalizeKey(description),
      sku,
      code,
      country,
      status,
      hsEdition: get('hs_edition') || 'HS2022',
      decidedAt: new Date(decided ?? updated ?? ctx.now).toISOString(),
      decidedBy: get('decided_by') || undefined,
      note: get('note') || undefined,
      source: ctx.source ?? (get('source') || 'import:csv'),
      updatedAt: updated ?? decided ?? ctx.now,
      deleted: parseBool(get('deleted')) || undefined,
      extra: extraOf(row, ctx.header),
    };
    const parsed = RulingSchema.safeParse(candidate);
    if (!parsed.success)
      return {
        ok: false,
        reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      };
    return { ok: true, ruling: stripUndefined(parsed.data), warnings };
  } catch (e) {
    if (e instanceof RowError) return { ok: false, reason: e.message };
    throw e;
  }
}

/** IndexedDB stores `undefined` keys too; dropping them keeps rows small and comparisons exact. */
export function stripUndefined<T extends object>(o: T): T {
  const out = {} as T;
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
