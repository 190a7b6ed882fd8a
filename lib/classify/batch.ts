import Papa from 'papaparse';
import { z } from 'zod';
import type { ClassifyResult, ProductInput } from './types';

/**
 * Batch rows for the CLI (architecture notes, "CLI" contract): JSONL or CSV in, one output row per input
 * row. A row that cannot be read still produces an output row with its error, so nothing is dropped.
 */
export const InputRowSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  attributes: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String))
    .optional(),
  category: z.string().optional(),
  sku: z.string().optional(),
  destinations: z.union([z.array(z.string()), z.string()]).optional(),
});

export type BatchRow =
  { product: ProductInput; error?: undefined } | { product?: undefined; id: string; error: string };

function splitCountries(v: string[] | string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const list = Array.isArray(v) ? v : v.split(/[,;\s]+/);
  return list.map((c) => c.trim()).filter(Boolean);
}

function toRow(raw: unknown, fallbackId: string): BatchRow {
  const parsed = InputRowSchema.safeParse(raw);
  if (!parsed.success) {
    const id =
      typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : fallbackId;
    return {
      id,
      error: `invalid row: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ')}`,
    };
  }
  const r = parsed.data;
  const product: ProductInput = { id: r.id ?? fallbackId, title: r.title ?? '' };
  if (r.description !== undefined) product.description = r.description;
  if (r.attributes) product.attributes = r.attributes;
  if (r.category) product.category = r.category;
  if (r.sku) product.sku = r.sku;
  const dest = splitCountries(r.destinations);
  if (dest?.length) product.destinations = dest;
  return { product };
}

export function parseJsonl(text: string): BatchRow[] {
  const rows: BatchRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      rows.push(toRow(JSON.parse(line), `line-${i + 1}`));
    } catch (e) {
      rows.push({ id: `line-${i + 1}`, error: `line ${i + 1} is not JSON: ${(e as Error).message}` });
    }
  });
  return rows;
}

const KNOWN_COLUMNS = new Set([
  'id',
  'title',
  'name',
  'description',
  'category',
  'sku',
  'destinations',
  'destination',
  'country',
]);

/** CSV: known columns map to fields; every other column becomes an attribute (a catalogue export has many). */
export function parseCsvRows(text: string): BatchRow[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  return parsed.data.map((rec, i) => {
    const attributes = Object.fromEntries(
      Object.entries(rec).filter(([k, v]) => !KNOWN_COLUMNS.has(k.toLowerCase()) && v),
    );
    return toRow(
      {
        id: rec.id || undefined,
        title: rec.title ?? rec.name ?? '',
        description: rec.description || undefined,
        category: rec.category || undefined,
        sku: rec.sku || undefined,
        destinations: rec.destinations ?? rec.destination ?? rec.country ?? undefined,
        attributes: Object.keys(attributes).length ? attributes : undefined,
      },
      `row-${i + 1}`,
    );
  });
}

/** The output row of the CLI contract, plus levels/warnings/error which consumers may ignore. */
export function outputRow(r: ClassifyResult) {
  return {
    id: r.id,
    code: r.code,
    hs6: r.hs6,
    confidence: round(r.confidence),
    levels: {
      hs4: round(r.levels.hs4),
      hs6: round(r.levels.hs6),
      ...(r.levels.national !== undefined ? { national: round(r.levels.national) } : {}),
    },
    tier: r.tier,
    candidates: r.candidates.map((c) => ({
      code: c.code,
      confidence: round(c.confidence),
      source: c.source,
    })),
    flags: r.flags,
    conflicts: r.conflicts,
    lint: r.lint,
    capped: r.capped,
    warnings: r.warnings,
  };
}

export function errorRow(id: string, error: string) {
  return {
    id,
    code: null,
    hs6: null,
    confidence: 0,
    tier: 'manual',
    candidates: [],
    flags: [],
    conflicts: [],
    warnings: [],
    error,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export const CSV_COLUMNS = [
  'id',
  'code',
  'hs6',
  'confidence',
  'tier',
  'candidates',
  'flags',
  'conflicts',
  'warnings',
  'error',
];

export function csvRow(
  o: ReturnType<typeof outputRow> | ReturnType<typeof errorRow>,
): Record<string, string> {
  return {
    id: o.id ?? '',
    code: o.code ?? '',
    hs6: o.hs6 ?? '',
    confidence: String(o.confidence),
    tier: o.tier,
    candidates: o.candidates.map((c) => `${c.code}:${c.confidence}`).join(' '),
    flags: o.flags.map((f) => `${f.rule}:${f.keyword}`).join(' '),
    conflicts: o.conflicts.map((c) => `${c.level}:${c.severity}`).join(' '),
    warnings: o.warnings.join(' | '),
    error: 'error' in o ? o.error : '',
  };
}
