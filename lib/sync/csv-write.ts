import Papa from 'papaparse';
import type { Ruling } from '../db/rulings-schema';
import { guardCell } from './csv-fields';

/**
 * Rulings → CSV that opens cleanly in Sheets, Excel and Notion and re-imports losslessly with
 * parseRulingCsv: UTF-8 with a BOM (Excel otherwise reads UTF-8 as ANSI and garbles Thai/Vietnamese),
 * CRLF, ISO dates, and cells guarded against formula injection.
 */
export const CSV_COLUMNS = [
  'id',
  'description',
  'hs_code',
  'country',
  'status',
  'sku',
  'note',
  'decided_at',
  'decided_by',
  'hs_edition',
  'updated_at',
  'deleted',
  'source',
] as const;

/** "85076000" → "8507.60.00": the familiar written form, and two dots keep Excel from reading a number. */
export function formatHsCode(digits: string): string {
  const groups = [digits.slice(0, 4)];
  for (let i = 4; i < digits.length; i += 2) groups.push(digits.slice(i, i + 2));
  return groups.join('.');
}

function knownCells(r: Ruling): string[] {
  return [
    r.id,
    r.description,
    formatHsCode(r.code),
    r.country ?? '',
    r.status,
    r.sku ?? '',
    r.note ?? '',
    r.decidedAt,
    r.decidedBy ?? '',
    r.hsEdition,
    new Date(r.updatedAt).toISOString(),
    r.deleted ? 'true' : '',
    r.source,
  ];
}

export function rulingsToCsv(rulings: readonly Ruling[]): string {
  const extraNames = [...new Set(rulings.flatMap((r) => Object.keys(r.extra ?? {})))].sort();
  const fields = [...CSV_COLUMNS, ...extraNames];
  const data = rulings.map((r) =>
    [...knownCells(r), ...extraNames.map((n) => r.extra?.[n] ?? '')].map(guardCell),
  );
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}
