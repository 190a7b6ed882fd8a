import Papa from 'papaparse';
import type { Ruling } from '../db/rulings-schema';
import { mapHeader } from './csv-columns';
import { rowToRuling } from './csv-row';

/**
 * Team ruling CSV → Rulings. Accepts what Google Sheets, Excel and Notion export: a UTF-8 BOM, `,` `;` tab
 * or `|` delimiters, CRLF, quoted cells with newlines. Every bad row is reported with the line it starts on
 * (the line a text editor shows; equal to the spreadsheet row when no cell holds a newline).
 */
export interface LineIssue {
  line: number;
  message: string;
}

export interface CsvParseResult {
  rulings: Ruling[];
  errors: LineIssue[];
  warnings: LineIssue[];
}

export interface CsvParseOptions {
  /** Provenance written into each ruling's `source`, e.g. "import:team.csv"; overrides a `source` column. */
  source?: string;
  /** Timestamp used for rows without updated_at/decided_at (epoch ms). */
  now?: number;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The header line decides the delimiter: the candidate that occurs most outside quotes. */
export function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function parseRulingCsv(text: string, opts: CsvParseOptions = {}): CsvParseResult {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const result: CsvParseResult = { rulings: [], errors: [], warnings: [] };
  const firstLine = clean.slice(0, clean.indexOf('\n') === -1 ? undefined : clean.indexOf('\n'));
  const rows: { cells: string[]; line: number; papaError?: string }[] = [];
  let prevCursor = 0;
  let line = 1;
  Papa.parse<string[]>(clean, {
    delimiter: detectDelimiter(firstLine),
    newline: '\n',
    step: (r) => {
      // A row starts where the previous one ended, so its line is 1 + the newlines consumed so far.
      const cells = r.data;
      const papaError = r.errors[0]?.message;
      if (cells.some((c) => c.trim() !== '') || papaError) rows.push({ cells, line, papaError });
      line += countNewlines(clean, prevCursor, r.meta.cursor);
      prevCursor = r.meta.cursor;
    },
  });
  const [head, ...data] = rows;
  if (!head) return { ...result, errors: [{ line: 1, message: 'the file is empty' }] };
  const header = mapHeader(head.cells);
  const missing = (['description', 'hs_code'] as const).filter((c) => header.known[c] === undefined);
  if (missing.length) {
    const names = missing
      .map((c) => (c === 'description' ? 'description (or title)' : 'hs_code'))
      .join(' and ');
    return { ...result, errors: [{ line: head.line, message: `the header has no ${names} column` }] };
  }
  for (const name of header.duplicates) {
    result.warnings.push({
      line: head.line,
      message: `column "${name}" repeats another column; kept as extra data`,
    });
  }
  if (header.known.updated_at === undefined && header.known.decided_at === undefined) {
    result.warnings.push({
      line: head.line,
      message:
        'no updated_at or decided_at column: rows count as changed now, so they win over older local decisions',
    });
  }
  const ctx = { header, source: opts.source, now: opts.now ?? Date.now() };
  const seen = new Map<string, number>();
  for (const row of data) {
    if (row.papaError) {
      result.errors.push({ line: row.line, message: `unreadable row: ${row.papaError}` });
      continue;
    }
    if (row.cells.length > head.cells.length && row.cells.slice(head.cells.length).some((c) => c.trim())) {
      result.errors.push({
        line: row.line,
        message: `row has ${row.cells.length} cells but the header has ${head.cells.length}`,
      });
      continue;
    }
    const r = rowToRuling(row.cells, ctx);
    if (!r.ok) {
      result.errors.push({ line: row.line, message: r.reason });
      continue;
    }
    const first = seen.get(r.ruling.id);
    if (first !== undefined) {
      result.errors.push({ line: row.line, message: `same product (id ${r.ruling.id}) as line ${first}` });
      continue;
    }
    seen.set(r.ruling.id, row.line);
    for (const w of r.warnings) result.warnings.push({ line: row.line, message: w });
    result.rulings.push(r.ruling);
  }
  return result;
}
