import { z } from 'zod';
import { RulingSchema } from '../db/rulings-schema';
import { TeamRuleSchema } from './team-rule-schema';

/**
 * Ruling pack format v1. The file format is versioned on its own, apart from the database schema, so a
 * team can publish a pack that older and newer extensions both read.
 *
 * JSON:   { "header": PackHeader, "rulings": Ruling[], "teamRules"?: TeamRule[] }
 * NDJSON: line 1 the header object; every other line a Ruling, or { "teamRule": TeamRule }. Big packs
 *         use NDJSON so a bad record is named by its line and memory use stays flat while splitting.
 */
export const PACK_FORMAT = 'clearlane-rulings';
export const PACK_VERSION = 1;

export const PackHeaderSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  created_at: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'created_at must be an ISO date'),
  source: z.string(),
  count: z.number().int().nonnegative(), // rulings + team rules
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'checksum must be 64 hex characters (SHA-256)'),
});
export type PackHeader = z.infer<typeof PackHeaderSchema>;

export const PackJsonSchema = z.object({
  header: PackHeaderSchema,
  rulings: z.array(z.unknown()),
  teamRules: z.array(z.unknown()).optional(),
});

export { RulingSchema, TeamRuleSchema };
