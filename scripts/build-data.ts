/**
 * Builds the compact data the extension ships (public/data/) from the source data in data/:
 *   nomenclature.json  HS 2022 chapters/headings/subheadings + AHTN 2022 8-digit lines (en, id, vi)
 *   search-index.json  prebuilt BM25 index, one document per HS6 subheading (own text + national lines)
 *   lexicon.json       all lib/classify/lexicon/*.json files, validated and merged (the browser cannot list a
 *                      dir), shipped as precompiled match patterns plus a BM25 index over the entries
 * Run: npx tsx scripts/build-data.ts   (npm install and npm run build run it; the output is not committed)
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { z } from 'zod';
import { Bm25FileSchema, buildBm25 } from '../lib/classify/bm25';
import { buildLexiconIndex } from '../lib/classify/data';
import { precompileLexicon } from '../lib/classify/lexicon';
import { lexiconSourceDigest } from '../lib/classify/load-node';
import { LexiconFileSchema, type LexiconFile } from '../lib/classify/lexicon-schema';
import { indexTokens } from '../lib/classify/query';
import { NomenclatureFileSchema, type NationalLine, type NomenclatureFile } from '../lib/hs/nomenclature';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'public/data');

function readCsv(rel: string): Record<string, string>[] {
  const text = readFileSync(path.join(ROOT, rel), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

function readHs(): Record<string, string> {
  const hs: Record<string, string> = {};
  for (const r of readCsv('data/hs2022/harmonized-system.csv')) {
    if (r.hscode && /^\d{2}(\d{2}){0,2}$/.test(r.hscode)) hs[r.hscode] = r.description ?? '';
  }
  return hs;
}

/** "- - Other" → depth 2, text "Other"; trailing ":" of group lines is dropped. */
function dashes(text: string): { depth: number; text: string } {
  const m = /^((?:-\s*)*)(.*)$/.exec(text.trim());
  const depth = (m?.[1] ?? '').replace(/\s/g, '').length;
  return { depth, text: (m?.[2] ?? '').replace(/\s*:\s*$/, '').trim() };
}

/** BTKI rows are in nomenclature order; a stack of dash depths recovers each leaf's path below HS6. */
function readBtki(national: Record<string, NationalLine>): void {
  let stack: { depth: number; en: string; id: string }[] = [];
  for (const r of readCsv('data/ahtn2022/btki_2022_data.csv')) {
    const digits = (r.hs_code ?? '').replace(/\D/g, '');
    if (digits.length === 4) {
      stack = [];
      continue;
    }
    const en = dashes(r.description_en ?? '');
    const id = dashes(r.description_id ?? '');
    stack = stack.filter((s) => s.depth < en.depth);
    if (digits.length === 8) {
      national[digits] = {
        en: [...stack.map((s) => s.en), en.text].join(': '),
        id: [...stack.map((s) => s.id), id.text].join(': '),
      };
    }
    stack.push({ depth: en.depth, en: en.text, id: id.text });
  }
}

const VnRowSchema = z.object({ hs: z.string(), vn: z.string() });

function readVietnam(national: Record<string, NationalLine>): void {
  const rows = z
    .array(VnRowSchema)
    .parse(JSON.parse(readFileSync(path.join(ROOT, 'data/ahtn2022/vn_tariff_2022_leaf_vi.json'), 'utf8')));
  for (const r of rows) {
    if (!/^\d{8}$/.test(r.hs)) continue;
    national[r.hs] = { ...national[r.hs], vi: dashes(r.vn).text };
  }
}

/** One BM25 document per HS6: its description (twice: it is the most precise text) and its national lines. */
function searchDocs(nom: NomenclatureFile): { id: string; tokens: string[] }[] {
  const byHs6 = new Map<string, NationalLine[]>();
  for (const [code, line] of Object.entries(nom.national)) {
    const list = byHs6.get(code.slice(0, 6)) ?? [];
    list.push(line);
    byHs6.set(code.slice(0, 6), list);
  }
  return Object.entries(nom.hs)
    .filter(([code]) => code.length === 6)
    .map(([code, desc]) => {
      const lines = byHs6.get(code) ?? [];
      const text = [desc, desc, nom.hs[code.slice(0, 4)] ?? '', ...lines.flatMap((l) => [l.en, l.id, l.vi])];
      return { id: code, tokens: indexTokens(text.filter(Boolean).join(' ')) };
    });
}

function readLexicon(): { files: LexiconFile[] } {
  const dir = path.join(ROOT, 'lib/classify/lexicon');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return {
    files: files.map((f) => LexiconFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')))),
  };
}

function main(): void {
  const national: Record<string, NationalLine> = {};
  readBtki(national);
  readVietnam(national);
  const nom = NomenclatureFileSchema.parse({
    edition: 'HS2022',
    attribution:
      'HS 2022: WCO nomenclature via UN Comtrade (datasets/harmonized-system, PDDL 1.0). AHTN 2022 lines: BTKI 2022 (PMK 26/PMK.010/2022) and Vietnam Circular 31/2022/TT-BTC. See data/SOURCES.md.',
    hs: readHs(),
    national,
  });
  mkdirSync(OUT, { recursive: true });
  const write = (name: string, value: unknown) => {
    const json = JSON.stringify(value);
    writeFileSync(path.join(OUT, name), json);
    console.log(`${name}: ${(json.length / 1024).toFixed(0)} kB`);
  };
  // Everything shipped is validated here, once: the extension only shape-checks these files when it loads them.
  const lexicon = readLexicon();
  const unknown = lexicon.files.flatMap((f) =>
    f.entries.flatMap((e) =>
      [e.code, ...(e.refine ?? []).map((r) => r.code)].filter((c) => !nom.hs[c]).map((c) => `${e.id}: ${c}`),
    ),
  );
  if (unknown.length) throw new Error(`lexicon codes not in HS 2022: ${unknown.slice(0, 20).join(', ')}`);
  write('nomenclature.json', nom);
  write('search-index.json', Bm25FileSchema.parse(buildBm25(searchDocs(nom))));
  // Patterns precompiled (normalised, stemmed) so the extension does not redo it at every cold start.
  // `source` tells Node loaders (CLI, tests, bench) whether this file is current with lib/classify/lexicon.
  write('lexicon.json', {
    source: lexiconSourceDigest(),
    compiled: precompileLexicon(lexicon.files),
    index: buildLexiconIndex(lexicon.files),
  });
}

main();
