import { z } from 'zod';
import { buildNomenclature, NomenclatureFileSchema, type Nomenclature } from '../hs/nomenclature';
import { Bm25FileSchema, loadBm25, type Bm25Index } from './bm25';
import { CalibrationSchema, type Calibration } from './calibration';
import { compileLexicon, type CompiledLexicon } from './lexicon';
import { LexiconFileSchema } from './lexicon-schema';

/** Everything the pure engine needs, already loaded and indexed. Built once per process / service worker. */
export interface EngineData {
  nomenclature: Nomenclature;
  index: Bm25Index;
  lexicon: CompiledLexicon;
  calibration: Calibration;
}

export const LexiconBundleSchema = z.object({ files: z.array(LexiconFileSchema) });

/** The raw JSON documents as read from disk or fetched; validated here, at the boundary. */
export interface EngineFiles {
  nomenclature: unknown;
  searchIndex: unknown;
  lexicon: unknown;
  calibration: unknown;
}

export function buildEngineData(files: EngineFiles): EngineData {
  return {
    nomenclature: buildNomenclature(NomenclatureFileSchema.parse(files.nomenclature)),
    index: loadBm25(Bm25FileSchema.parse(files.searchIndex)),
    lexicon: compileLexicon(LexiconBundleSchema.parse(files.lexicon).files),
    calibration: CalibrationSchema.parse(files.calibration),
  };
}
