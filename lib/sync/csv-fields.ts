import type { RulingStatus } from '../db/rulings-schema';

/**
 * Cell-level parsing for the ruling CSV. Each function returns either a value or a plain-language reason,
 * so the importer can name the line and what is wrong with it.
 */
export type Cell<T> = { ok: true; value: T; warning?: string } | { ok: false; reason: string };

/**
 * "8507.60", "8507 60 00", "8507-60-00" → "85076000". HS codes are 4, 6, 8 or 10 digits; an odd count from a
 * 3-digit heading ("901.11") is the typical spreadsheet damage of a code that lost its leading zero when the
 * cell was read as a number, so that one pattern is repaired, with a warning the preview shows.
 */
export function parseHsCode(raw: string): Cell<string> {
  const cell = raw.trim();
  if (!cell) return { ok: false, reason: 'hs_code is empty' };
  if (!/^[\d\s.-]+$/.test(cell))
    return { ok: false, reason: `hs_code "${cell}" contains characters other than digits` };
  let digits = cell.replace(/\D/g, '');
  let warning: string | undefined;
  if (digits.length % 2 === 1 && /^\d{3}(\.\d+)*$/.test(cell)) {
    digits = `0${digits}`;
    warning = `hs_code "${cell}" read as ${digits} (leading zero restored; a spreadsheet had turned it into a number)`;
  }
  if (digits.length < 4 || digits.length > 10) {
    return { ok: false, reason: `hs_code "${cell}" has ${digits.length} digits; expected 4 to 10` };
  }
  if (digits.length % 2 === 1) {
    return {
      ok: false,
      reason: `hs_code "${cell}" has an odd number of digits (${digits.length}); HS codes have 4, 6, 8 or 10`,
    };
  }
  return warning ? { ok: true, value: digits, warning } : { ok: true, value: digits };
}

/** Spellings teams use for a decision's status, folded to lower case. */
const STATUS_WORDS: Readonly<Record<string, RulingStatus>> = {
  approved: 'approved',
  approve: 'approved',
  ok: 'approved',
  yes: 'approved',
  final: 'approved',
  confirmed: 'approved',
  rejected: 'rejected',
  reject: 'rejected',
  no: 'rejected',
  pending: 'pending',
  draft: 'pending',
  review: 'pending',
  'in review': 'pending',
};

/** An empty status means approved: a team sheet lists decisions it has made. */
export function parseStatus(raw: string): Cell<RulingStatus> {
  const folded = raw.trim().toLowerCase();
  if (!folded) return { ok: true, value: 'approved' };
  const status = STATUS_WORDS[folded];
  return status
    ? { ok: true, value: status }
    : { ok: false, reason: `status "${raw.trim()}" is not approved, rejected or pending` };
}

/** ISO 3166 alpha-2, upper-cased; empty means "any destination". */
export function parseCountry(raw: string): Cell<string | undefined> {
  const c = raw.trim().toUpperCase();
  if (!c) return { ok: true, value: undefined };
  return /^[A-Z]{2}$/.test(c)
    ? { ok: true, value: c }
    : { ok: false, reason: `country "${raw.trim()}" is not a 2-letter ISO code` };
}

/**
 * Dates must be ISO ("2024-03-05", "2024-03-05T10:00:00Z") or epoch milliseconds: "05/03/2024" means
 * different days in Vietnam and in the US, so it is refused rather than guessed.
 */
export function parseDate(raw: string, column: string): Cell<number | undefined> {
  const d = raw.trim();
  if (!d) return { ok: true, value: undefined };
  if (/^\d{12,14}$/.test(d)) return { ok: true, value: Number(d) };
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(d)) {
    return { ok: false, reason: `${column} "${d}" is not an ISO date (YYYY-MM-DD)` };
  }
  const ms = Date.parse(d.length === 10 ? `${d}T00:00:00Z` : d.replace(' ', 'T'));
  return Number.isNaN(ms)
    ? { ok: false, reason: `${column} "${d}" is not a real date` }
    : { ok: true, value: ms };
}

export function parseBool(raw: string): boolean {
  return /^(true|yes|1|x|deleted)$/i.test(raw.trim());
}

/**
 * Undo the formula-injection guard our CSV export adds: a cell written as "'=SUM(…)" reads back as
 * "=SUM(…)". Only a quote before a dangerous first character is removed, so ordinary text is untouched.
 */
export function unguardCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The export side of `unguardCell`: spreadsheets execute cells starting with = + - @ (OWASP CSV injection). */
export function guardCell(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
