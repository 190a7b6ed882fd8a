/**
 * ClearLane command-line tool, on the same engine as the extension (architecture notes, "CLI" contract):
 *   clearlane classify [--to SG,MY] [--rulings FILE] [--format jsonl|csv] [--high X] [--medium Y] < in > out
 *   clearlane classify "power bank 20000mAh" --to ID,VN      (readable summary of one product)
 *   clearlane classify --llm [--llm-always] …   (asks the model about rows that are not `auto`; cli/llm.ts)
 * Per-row problems become warnings/errors in that row's output; the run never stops on a bad row.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import {
  CSV_COLUMNS,
  csvRow,
  errorRow,
  outputRow,
  parseCsvRows,
  parseJsonl,
  type BatchRow,
} from '../lib/classify/batch';
import { classify, type ClassifyContext } from '../lib/classify/classify';
import { loadEngineDataNode } from '../lib/classify/load-node';
import { RulingIndex } from '../lib/classify/ruling-index';
import { summarize } from '../lib/classify/summary';
import { parseRulingCsv } from '../lib/sync/csv';
import type { ProductInput } from '../lib/classify/types';
import { adviseRow, llmConfigFromEnv, type AdviceColumn, type CliLlm } from './llm';

const USAGE = `usage: clearlane classify [--to SG,MY,ID,TH,VN,PH] [--rulings FILE] [--format jsonl|csv] [--high X] [--medium Y] [--llm [--llm-always]] [TEXT]
  --llm reads OPENAI_API_KEY, OPENAI_BASE_URL and CLEARLANE_MODEL from the environment`;

function fail(message: string): never {
  process.stderr.write(`clearlane: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function threshold(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    fail(`--${name} must be a number between 0 and 1, got "${value}"`);
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
  for (const err of errors)
    process.stderr.write(`clearlane: ${file} line ${err.line}: ${err.message} (row skipped)\n`);
  process.stderr.write(`clearlane: ${rulings.length} rulings loaded from ${file}\n`);
  return RulingIndex.from(rulings);
}

async function main(argv: string[]): Promise<void> {
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
      'llm-always': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...text] = positionals;
  if (values.help || command !== 'classify')
    fail(command ? `unknown command "${command}"` : 'missing command');
  if (values.format !== 'jsonl' && values.format !== 'csv')
    fail(`--format must be jsonl or csv, got "${values.format}"`);
  let llm: CliLlm | undefined;
  if (values.llm || values['llm-always']) {
    const env = llmConfigFromEnv(process.env);
    if ('error' in env) fail(env.error);
    llm = { config: env.config, always: values['llm-always'] };
  }
  const data = loadEngineDataNode();
  const defaults = data.calibration.thresholds;
  const thresholds = {
    high: threshold(values.high, 'high', defaults.high),
    medium: threshold(values.medium, 'medium', defaults.medium),
  };
  if (thresholds.medium > thresholds.high) fail('--medium must not be above --high');
  const ctx: ClassifyContext = {
    data,
    thresholds,
    destinations: values.to
      ? values.to
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
      : [],
    rulingIndex: values.rulings ? loadRulings(values.rulings) : undefined,
  };
  if (text.length > 0) {
    const product = { title: text.join(' ') };
    const { result, advice } = await classifyRow(product, ctx, llm);
    process.stdout.write(summarize(data.nomenclature, result) + '\n');
    if (advice)
      process.stdout.write(
        `model (${advice.model}, ${advice.latencyMs} ms): ${advice.status} ${advice.code ?? ''} — ${advice.message}\n`,
      );
    return;
  }
  const input = readFileSync(0, 'utf8');
  const rows = values.format === 'csv' ? parseCsvRows(input) : parseJsonl(input);
  await writeRows(rows, ctx, values.format, llm);
}

async function classifyRow(product: ProductInput, ctx: ClassifyContext, llm: CliLlm | undefined) {
  const result = classify(product, ctx);
  return llm ? adviseRow(product, result, ctx, llm) : { result, advice: undefined };
}

type OutRow = (ReturnType<typeof outputRow> | ReturnType<typeof errorRow>) & { advice?: AdviceColumn };

async function runRow(row: BatchRow, ctx: ClassifyContext, llm: CliLlm | undefined): Promise<OutRow> {
  if (row.error !== undefined) return errorRow(row.id, row.error);
  try {
    const { result, advice } = await classifyRow(row.product, ctx, llm);
    return advice ? { ...outputRow(result), advice } : outputRow(result);
  } catch (e) {
    // A bug on one row must not cost the other rows their results.
    return errorRow(row.product.id ?? '', `internal error: ${(e as Error).message}`);
  }
}

const ADVICE_COLUMNS = ['advice_status', 'advice_code', 'advice_message'];

async function writeRows(
  rows: BatchRow[],
  ctx: ClassifyContext,
  format: 'jsonl' | 'csv',
  llm: CliLlm | undefined,
): Promise<void> {
  // One row at a time: a model server's rate limit is the bottleneck, and output stays in input order.
  const out: OutRow[] = [];
  for (const r of rows) out.push(await runRow(r, ctx, llm));
  if (format === 'csv') {
    const csv = out.map((o) => {
      const { advice } = o;
      return {
        ...csvRow(o),
        advice_status: advice?.status ?? '',
        advice_code: advice?.code ?? '',
        advice_message: advice?.message ?? '',
      };
    });
    process.stdout.write(
      Papa.unparse(csv, { columns: llm ? [...CSV_COLUMNS, ...ADVICE_COLUMNS] : CSV_COLUMNS }) + '\n',
    );
  } else process.stdout.write(out.map((o) => JSON.stringify(o)).join('\n') + (out.length ? '\n' : ''));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`clearlane: ${(e as Error).message}\n`);
  process.exit(1);
});
