/**
 * Public API of team ruling sync, for the background entrypoint, the options page and the CLI.
 * Flow: parse (parseImportText) → preview (previewImport) → apply (applyImport); or syncFromUrl for a URL.
 */
export { parseRulingCsv, type CsvParseResult, type LineIssue } from './csv';
export { parseImportText, detectFormat, type ParsedImport, type ImportFormat } from './detect';
export { buildPack, serializePackJson, serializePackNdjson, parsePackJson, parsePackNdjson } from './pack';
export type { ImportIssue, Pack, PackParseResult } from './pack-types';
export { PackHeaderSchema, PACK_FORMAT, PACK_VERSION, type PackHeader } from './pack-schema';
export { TeamRuleSchema } from './team-rule-schema';
export { planMerge, summarizePlan, type MergePlan, type PlanCounts } from './merge';
export {
  applyImport,
  previewImport,
  type ApplyOptions,
  type ApplyResult,
  type ImportInput,
  type ImportPreview,
} from './apply';
export { describeImportError } from './errors';
export { readSyncStatus, SyncStatusSchema, SYNC_STATUS_KEY, type SyncStatus } from './status';
export {
  syncFromUrl,
  checkSyncUrl,
  hostPermissionFor,
  type UrlSyncOptions,
  type UrlSyncResult,
} from './url-sync';
export { exportRulings, selectForExport, type ExportOptions, type ExportedFile } from './export';
export { rulingsToCsv, formatHsCode } from './csv-write';
export { generateRulings } from './generate';
