/** Public surface of the engine: everything else in lib/classify is an implementation detail. */
export { classify, type ClassifyContext } from './classify';
export { buildEngineData, type EngineData, type EngineFiles } from './data';
export { RulingIndex, type RulingNeighbour } from './ruling-index';
export { foldDiacritics, normalizeKey, normalizeText, tokenize } from './normalize';
export { decideTier, longestConfidentPrefix } from './tier';
