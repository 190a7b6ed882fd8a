/**
 * ClearLane command-line tool, on the same engine as the extension (architecture notes, "CLI" contract):
 *   clearlane classify [--to SG,MY] [--rulings FILE] [--format jsonl|csv] [--high X] [--medium Y] < in > out
 *   clearlane classify "power bank 20000mAh" --to ID,VN      (readable summary of one product)
 * Per-row problems become warnings/errors in that row's output; the run never stops on a bad row.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { CSV_COLUMNS, csvRow, errorRow, outputRow, parseCsvRows, parseJsonl, type BatchRow } from '../lib/classify/batch';
import { classify, type ClassifyContext } from '../lib/classify/classify';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { RulingIndex } from '../lib/classify/ruling-index';
import { summarize } from '../lib/classify/summary';
import { parseRulingCsv } from '../lib/sync/csv';

const USAGE = `usage: clearlane classify [--to SG,MY,ID,TH,VN,PH] [--rulings FILE] [--format jsonl|csv] [--high X] [--medium Y] [TEXT]`;

function fail(message: string): never {
  process.stderr.write(`clearlane: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function threshold(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) fail(`--${name} must be a number between 0 and 1, got "${value}"`);
  return n;
}

function loadRulings(file: string): RulingIndex {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read rulings file ${file}: ${(e as Error).message}`);
  }
  const { rulings, errors } = parseRulingCsv(text);
  for (const err of errors) process.stderr.write(`clearlane: ${file} line ${err.line}: ${err.message} (row skipped)\n`);
  process.stderr.write(`clearlane: ${rulings.length} rulings loaded from ${file}\n`);
  return RulingIndex.from(rulings);
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      rulings: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      high: { type: 'string' },
      medium: { type: 'string' },
      llm: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...text] = positionals;
  if (values.help || command !== 'classify') fail(command ? `unknown command "${command}"` : 'missing command');
  if (values.format !== 'jsonl' && values.format !== 'csv') fail(`--format must be jsonl or csv, got "${values.format}"`);
  if (values.llm) process.stderr.write('clearlane: --llm needs a configured model endpoint; this run is offline-only\n');
  const data = loadEngineDataNode();
  const defaults = data.calibration.thresholds;
  const thresholds = { high: threshold(values.high, 'high', defaults.high), medium: threshold(values.medium, 'medium', defaults.medium) };
  if (thresholds.medium > thresholds.high) fail('--medium must not be above --high');
  const ctx: ClassifyContext = {
    data,
    thresholds,
    destinations: values.to ? values.to.split(',').map((c) => c.trim()).filter(Boolean) : [],
    rulingIndex: values.rulings ? loadRulings(values.rulings) : undefined,
  };
  if (text.length > 0) {
    const result = classify({ title: text.join(' ') }, ctx);
    process.stdout.write(summarize(data.nomenclature, result) + '\n');
    return;
  }
  const input = readFileSync(0, 'utf8');
  const rows = values.format === 'csv' ? parseCsvRows(input) : parseJsonl(input);
  writeRows(rows, ctx, values.format);
}

function runRow(row: BatchRow, ctx: ClassifyContext) {
  if (row.error !== undefined) return errorRow(row.id, row.error);
  try {
    return outputRow(classify(row.product, ctx));
  } catch (e) {
    // A bug on one row must not cost the other rows their results.
    return errorRow(row.product.id ?? '', `internal error: ${(e as Error).message}`);
  }
}

function writeRows(rows: BatchRow[], ctx: ClassifyContext, format: 'jsonl' | 'csv'): void {
  const out = rows.map((r) => runRow(r, ctx));
  if (format === 'csv') process.stdout.write(Papa.unparse(out.map(csvRow), { columns: CSV_COLUMNS }) + '\n');
  else process.stdout.write(out.map((o) => JSON.stringify(o)).join('\n') + (out.length ? '\n' : ''));
}

main(process.argv.slice(2));
