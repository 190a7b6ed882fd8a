import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LexiconFileSchema, type LexiconFile } from '../../../lib/classify/lexicon-schema';
import { precompileLexicon } from '../../../lib/classify/lexicon';
import { normalizeText } from '../../../lib/classify/normalize';

// Validates the whole term lexicon as data (the Dark Reader habit): schema, codes that exist in HS 2022,
// ids unique across files, and no term that normalises to nothing (it could never match).
const ROOT = path.resolve(__dirname, '../../..');
const LEXICON_DIR = path.join(ROOT, 'lib/classify/lexicon');

function loadHsCodes(): Set<string> {
  const csv = readFileSync(path.join(ROOT, 'data/hs2022/harmonized-system.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return new Set(rows.filter((r) => r.level === '4' || r.level === '6').map((r) => r.hscode ?? ''));
}

function lexiconFiles(): string[] {
  return readdirSync(LEXICON_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

const hsCodes = loadHsCodes();
const files = lexiconFiles();
const parsed = new Map<string, LexiconFile>();

describe('term lexicon', () => {
  it('has at least one lexicon file', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s validates against LexiconFileSchema', (file) => {
    const raw: unknown = JSON.parse(readFileSync(path.join(LEXICON_DIR, file), 'utf8'));
    const result = LexiconFileSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
    if (result.success) parsed.set(file, result.data);
  });

  it.each(files)('%s uses only HS 2022 headings/subheadings', (file) => {
    const lex = parsed.get(file);
    expect(lex).toBeDefined();
    const unknown: string[] = [];
    for (const e of lex?.entries ?? []) {
      if (!hsCodes.has(e.code)) unknown.push(`${e.id}: ${e.code}`);
      for (const r of e.refine ?? []) if (!hsCodes.has(r.code)) unknown.push(`${e.id} refine: ${r.code}`);
    }
    expect(unknown).toEqual([]);
  });

  it.each(files)('%s has no empty terms and every entry has a term', (file) => {
    const bad: string[] = [];
    for (const e of parsed.get(file)?.entries ?? []) {
      const terms = Object.values(e.terms).flat();
      if (terms.length === 0) bad.push(`${e.id}: no terms`);
      for (const t of terms)
        if (normalizeText(t) === '') bad.push(`${e.id}: empty term ${JSON.stringify(t)}`);
      for (const r of e.refine ?? [])
        for (const w of r.when) if (normalizeText(w) === '') bad.push(`${e.id}: empty refine word`);
      for (const w of e.unless ?? []) if (normalizeText(w) === '') bad.push(`${e.id}: empty unless word`);
    }
    expect(bad).toEqual([]);
  });

  it('entry ids are unique across all files', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const [file, lex] of parsed) {
      for (const e of lex.entries) {
        const prev = seen.get(e.id);
        if (prev) dupes.push(`${e.id} in ${prev} and ${file}`);
        seen.set(e.id, file);
      }
    }
    expect(parsed.size).toBe(files.length);
    expect(dupes).toEqual([]);
  });

  it('no term points at two different headings (both entries would fire on the same text)', () => {
    const entries = precompileLexicon([...parsed.values()]).entries;
    const headings = new Map<string, Set<string>>();
    for (const [id, code, , patterns] of entries)
      for (const p of patterns)
        headings.set(p, (headings.get(p) ?? new Set()).add(`${code.slice(0, 4)} ${id}`));
    const conflicts = [...headings]
      .filter(([, set]) => new Set([...set].map((s) => s.slice(0, 4))).size > 1)
      .map(([p, set]) => `${p}: ${[...set].join(', ')}`);
    expect(conflicts).toEqual([]);
  });
});
