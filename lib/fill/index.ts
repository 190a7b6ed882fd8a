/** What content scripts use from lib/fill: find declaration fields, fill them safely, undo, suggest. */
export { findDeclarationFields, type FoundDeclaration, type FoundLine } from './find-fields';
export { fillHsCode, undoFill, isFilledByClearLane, type FillRequest } from './fill';
export { FillResultSchema, UndoStatusSchema, type FillResult, type UndoStatus } from './fill-result';
export { formatHsCode, codeDigits } from './format';
export { PROVENANCE_LABELS, ProvenanceSchema, suggestCode, type Provenance } from './mark';
export { isVisible, type TextField } from './dom';
export { inferHsFormat } from './infer-format';
export { applyClassification, type ApplyOptions, type LineOutcome } from './apply-result';
