import { z } from 'zod';
import {
  buildNomenclature,
  NomenclatureFileSchema,
  type Nomenclature,
  type NomenclatureFile,
} from '../hs/nomenclature';
import { Bm25FileSchema, buildBm25, loadBm25, type Bm25File, type Bm25Index } from './bm25';
import { indexTokens } from './query';
import { CalibrationSchema, type Calibration } from './calibration';
import { compileLexicon, type CompiledLexicon, type PrecompiledLexicon } from './lexicon';
import { LexiconFileSchema, type LexiconFile } from './lexicon-schema';

/** Everything the pure engine needs, already loaded and indexed. Built once per process / service worker. */
export interface EngineData {
  nomenclature: Nomenclature;
  index: Bm25Index;
  lexicon: CompiledLexicon;
  /** BM25 over the lexicon's entries (one document per entry, all its terms): partial matches of a term. */
  lexIndex: Bm25Index;
  calibration: Calibration;
}

/**
 * BM25 over the lexicon, one document per entry (the distinct tokens of all its terms, in every language), so a
 * title that shares only part of a term ("cotton fabric 150cm" / "cotton fabric by the meter") still points at
 * the entry. Moderate length normalisation (b = 0.5): an entry with many synonyms is not many times as likely.
 * Document ids are entry positions in file order, as in the compiled lexicon.
 */
export function buildLexiconIndex(files: LexiconFile[]): Bm25File {
  const docs = files
    .flatMap((f) => f.entries)
    .map((e, i) => ({
      id: String(i),
      tokens: [
        ...new Set(
          Object.values(e.terms)
            .flat()
            .flatMap((t) => indexTokens(t)),
        ),
      ],
    }));
  return buildBm25(docs, 1.2, 0.5);
}

/** The lexicon as source files (CLI, tests, benchmark: validated in full here). */
export const LexiconBundleSchema = z.object({ files: z.array(LexiconFileSchema) });

/** The lexicon as shipped (public/data/lexicon.json): precompiled patterns and the prebuilt entry index. */
export interface ShippedLexicon {
  compiled: PrecompiledLexicon;
  index: Bm25File;
}

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

function checkIndexShape(v: unknown, file = 'search-index.json'): Bm25File {
  if (!isObject(v) || typeof v.k1 !== 'number' || typeof v.b !== 'number')
    throw shapeError(file, 'parameters');
  if (
    !Array.isArray(v.docs) ||
    !Array.isArray(v.lens) ||
    v.docs.length !== v.lens.length ||
    v.docs.length === 0
  )
    throw shapeError(file, 'docs / lens');
  if (!Array.isArray(v.terms) || !Array.isArray(v.lists) || v.terms.length !== v.lists.length)
    throw shapeError(file, 'postings');
  for (const post of (v.lists as unknown[]).slice(0, 50))
    if (!Array.isArray(post) || post.length % 2 !== 0) throw shapeError(file, 'posting list');
  return v as unknown as Bm25File;
}

function checkLexiconShape(v: unknown): ShippedLexicon {
  if (!isObject(v) || !isObject(v.compiled)) throw shapeError('lexicon.json', 'compiled patterns');
  const { version, entries } = v.compiled;
  if (version !== 2 || !Array.isArray(entries) || entries.length === 0)
    throw shapeError('lexicon.json', 'compiled patterns');
  for (const e of (entries as unknown[]).slice(0, 20))
    if (!Array.isArray(e) || e.length !== 6 || typeof e[1] !== 'string' || !/^\d{4}(\d{2})?$/.test(e[1]))
      throw shapeError('lexicon.json', 'entry');
  const index = checkIndexShape(v.index, 'lexicon.json');
  if (index.docs.length !== entries.length) throw shapeError('lexicon.json', 'index / entries');
  return { compiled: v.compiled as unknown as PrecompiledLexicon, index };
}

function loadLexicon(file: unknown, prebuilt: boolean | undefined): Pick<EngineData, 'lexicon' | 'lexIndex'> {
  if (prebuilt) {
    const shipped = checkLexiconShape(file);
    return { lexicon: compileLexicon(shipped.compiled), lexIndex: loadBm25(shipped.index) };
  }
  const { files } = LexiconBundleSchema.parse(file);
  return { lexicon: compileLexicon(files), lexIndex: loadBm25(buildLexiconIndex(files)) };
}

export function buildEngineData(files: EngineFiles, options: BuildOptions = {}): EngineData {
  const pre = options.prebuilt ?? {};
  return {
    ...loadLexicon(files.lexicon, pre.lexicon),
    nomenclature: buildNomenclature(
      pre.nomenclature
        ? checkNomenclatureShape(files.nomenclature)
        : NomenclatureFileSchema.parse(files.nomenclature),
    ),
    index: loadBm25(
      pre.searchIndex ? checkIndexShape(files.searchIndex) : Bm25FileSchema.parse(files.searchIndex),
    ),
    calibration: CalibrationSchema.parse(files.calibration),
  };
}
