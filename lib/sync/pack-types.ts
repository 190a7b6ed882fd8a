import type { TeamRuleRow } from '../db/rows';
import type { Ruling } from '../db/rulings-schema';
import type { PackHeader } from './pack-schema';

/** Where a problem is: NDJSON and CSV give a line, JSON packs a 1-based record number. */
export interface ImportIssue {
  line?: number;
  record?: number;
  message: string;
}

export interface Pack {
  header: PackHeader;
  rulings: Ruling[];
  teamRules: TeamRuleRow[];
}

export interface PackParseResult {
  header: PackHeader | null;
  rulings: Ruling[];
  teamRules: TeamRuleRow[];
  errors: ImportIssue[];
  /** Set when the pack as a whole cannot be trusted (bad header, count or checksum): import nothing. */
  fatal: string | null;
}
