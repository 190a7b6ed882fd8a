import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Ruling } from '../lib/db/rulings-schema';
import { normalizeKey } from '../lib/classify/normalize';
import type { ProductInput } from '../lib/classify/types';

/** The labelled dev set (bench/data/dev.jsonl, see data/SOURCES.md), turned into engine inputs. */
const DevRowSchema = z.object({
  id: z.string(),
  text: z.string(),
  text_rich: z.string(),
  hs6: z.string().regex(/^\d{6}$/),
  code: z.string(),
  source: z.string(),
});
export type DevRow = z.infer<typeof DevRowSchema> & { product: ProductInput; group: string };

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** "title | attributes: A: x; B: y | category: c" → title, attributes, category. */
function toProduct(row: z.infer<typeof DevRowSchema>): ProductInput {
  const parts = row.text_rich.split(' | ');
  const attributes: Record<string, string> = {};
  let category: string | undefined;
  for (const part of parts.slice(1)) {
    if (part.startsWith('attributes: ')) {
      for (const kv of part.slice(12).split('; ')) {
        const i = kv.indexOf(':');
        if (i > 0) attributes[kv.slice(0, i).trim()] = kv.slice(i + 1).trim();
      }
    } else if (part.startsWith('category: ')) category = part.slice(10);
  }
  return { id: row.id, title: row.text, attributes, category };
}

export function loadDev(file = path.join(HERE, 'data/dev.jsonl')): DevRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => DevRowSchema.parse(JSON.parse(l)))
    .map((r) => ({
      ...r,
      product: toProduct(r),
      group: r.source.startsWith('HSCodeComp') ? 'HSCodeComp listings' : 'ATLAS CBP rulings',
    }));
}

/** Deterministic 5 folds by row position (rows are not ordered by label, so this is not stratified by code). */
export function foldOf(i: number, k = 5): number {
  return i % k;
}

/** A dev row as a team ruling, for the "with history" runs (only rows outside the scored fold). */
export function asRuling(row: DevRow, updatedAt = 0): Ruling {
  return {
    id: `dev:${row.id}`,
    description: row.text,
    key: normalizeKey(row.text),
    code: row.code.replace(/\D/g, '').slice(0, 10),
    status: 'approved',
    hsEdition: 'HS2022',
    decidedAt: '2025-01-01T00:00:00Z',
    source: 'bench',
    updatedAt,
  };
}
