import { z } from 'zod';
import {
  buildNomenclature,
  NomenclatureFileSchema,
  type Nomenclature,
  type NomenclatureFile,
} from '../hs/nomenclature';
import { Bm25FileSchema, loadBm25, type Bm25File, type Bm25Index } from './bm25';
import { CalibrationSchema, type Calibration } from './calibration';
import { compileLexicon, type CompiledLexicon, type PrecompiledLexicon } from './lexicon';
import { LexiconFileSchema, type LexiconFile } from './lexicon-schema';

/** Everything the pure engine needs, already loaded and indexed. Built once per process / service worker. */
export interface EngineData {
  nomenclature: Nomenclature;
  index: Bm25Index;
  lexicon: CompiledLexicon;
  calibration: Calibration;
}

const PrecompiledSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.tuple([z.array(z.string()), z.array(z.string()), z.array(z.array(z.string()))])),
});
export const LexiconBundleSchema = z.object({
  files: z.array(LexiconFileSchema),
  compiled: PrecompiledSchema.optional(),
});

/** The raw JSON documents as read from disk or fetched; validated here, at the boundary. */
export interface EngineFiles {
  nomenclature: unknown;
  searchIndex: unknown;
  lexicon: unknown;
  calibration: unknown;
}

export interface BuildOptions {
  /**
   * Files produced and fully validated by scripts/build-data.ts (public/data). For these only a cheap shape
   * check runs: a full zod pass over 17,000 national lines and the BM25 postings costs more than the rest of
   * a service-worker cold start. Anything not listed (and the small, hand-editable calibration) is validated.
   */
  prebuilt?: { nomenclature?: boolean; searchIndex?: boolean; lexicon?: boolean };
}

/** All three large files come from public/data, as built and checked by scripts/build-data.ts. */
export const ALL_PREBUILT: BuildOptions = {
  prebuilt: { nomenclature: true, searchIndex: true, lexicon: true },
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function shapeError(file: string, what: string): Error {
  return new Error(
    `ClearLane data file ${file} is malformed (${what}); rebuild it with scripts/build-data.ts`,
  );
}

/** Cheap structural check of a prebuilt file: top-level fields and a sample of entries, not every row. */
function checkNomenclatureShape(v: unknown): NomenclatureFile {
  if (!isObject(v) || v.edition !== 'HS2022' || typeof v.attribution !== 'string')
    throw shapeError('nomenclature.json', 'header');
  if (!isObject(v.hs) || !isObject(v.national)) throw shapeError('nomenclature.json', 'hs / national maps');
  const hs = Object.entries(v.hs);
  if (hs.length < 5000) throw shapeError('nomenclature.json', `only ${hs.length} HS codes`);
  for (const [code, text] of hs.slice(0, 50))
    if (!/^\d{2}(\d{2}){0,2}$/.test(code) || typeof text !== 'string')
      throw shapeError('nomenclature.json', `hs entry ${code}`);
  for (const [code, line] of Object.entries(v.national).slice(0, 50))
    if (!/^\d{8}$/.test(code) || !isObject(line))
      throw shapeError('nomenclature.json', `national line ${code}`);
  return v as unknown as NomenclatureFile;
}

function checkIndexShape(v: unknown): Bm25File {
  if (!isObject(v) || typeof v.k1 !== 'number' || typeof v.b !== 'number')
    throw shapeError('search-index.json', 'parameters');
  if (
    !Array.isArray(v.docs) ||
    !Array.isArray(v.lens) ||
    v.docs.length !== v.lens.length ||
    v.docs.length === 0
  )
    throw shapeError('search-index.json', 'docs / lens');
  if (!isObject(v.postings)) throw shapeError('search-index.json', 'postings');
  for (const [, post] of Object.entries(v.postings).slice(0, 50))
    if (!Array.isArray(post) || post.length % 2 !== 0) throw shapeError('search-index.json', 'posting list');
  return v as unknown as Bm25File;
}

function checkLexiconShape(v: unknown): { files: LexiconFile[]; compiled?: PrecompiledLexicon } {
  if (!isObject(v) || !Array.isArray(v.files)) throw shapeError('lexicon.json', 'files');
  for (const f of v.files as unknown[]) {
    if (!isObject(f) || !Array.isArray(f.entries)) throw shapeError('lexicon.json', 'entries');
    for (const e of (f.entries as unknown[]).slice(0, 20))
      if (!isObject(e) || typeof e.code !== 'string' || !/^\d{4}(\d{2})?$/.test(e.code) || !isObject(e.terms))
        throw shapeError('lexicon.json', 'entry');
  }
  const compiled = v.compiled;
  if (
    compiled !== undefined &&
    (!isObject(compiled) || compiled.version !== 1 || !Array.isArray(compiled.entries))
  )
    throw shapeError('lexicon.json', 'compiled patterns');
  return { files: v.files as LexiconFile[], compiled: compiled as PrecompiledLexicon | undefined };
}

function compileBundle(bundle: { files: LexiconFile[]; compiled?: PrecompiledLexicon }): CompiledLexicon {
  return compileLexicon(bundle.files, bundle.compiled);
}

export function buildEngineData(files: EngineFiles, options: BuildOptions = {}): EngineData {
  const pre = options.prebuilt ?? {};
  return {
    nomenclature: buildNomenclature(
      pre.nomenclature
        ? checkNomenclatureShape(files.nomenclature)
        : NomenclatureFileSchema.parse(files.nomenclature),
    ),
    index: loadBm25(
      pre.searchIndex ? checkIndexShape(files.searchIndex) : Bm25FileSchema.parse(files.searchIndex),
    ),
    lexicon: compileBundle(
      pre.lexicon ? checkLexiconShape(files.lexicon) : LexiconBundleSchema.parse(files.lexicon),
    ),
    calibration: CalibrationSchema.parse(files.calibration),
  };
}
