import { z } from 'zod';
import { FlagEffectSchema } from '../classify/types';
import type { TeamRuleRow } from '../db/rows';
import type { CompiledRule } from './catalog';
import { compilePhrase } from './match';

/**
 * Team rules come from the database or a ruling pack someone else exported, so they are parsed again here.
 * Keywords may be in any language; they match like built-in keywords (word boundaries, plurals, Thai and
 * Chinese segmentation) but without diacritic-strict Vietnamese, since the team may type either way.
 */
export const TeamRuleSchema = z.object({
  id: z.string().min(1),
  keywords: z.array(z.string().trim().min(1).max(80)).min(1),
  effect: FlagEffectSchema,
  countries: z.array(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/),
  ),
  reason: z.string().trim().min(1),
  updatedAt: z.number(),
  deleted: z.boolean().optional(),
});

export const TEAM_RULE_SOURCE = 'Team rule (ruling pack)';

/** A team rule with no countries applies to every destination; otherwise only to the listed ones. */
export function compileTeamRule(row: z.infer<typeof TeamRuleSchema>): CompiledRule {
  const entry = { effect: row.effect, reason: row.reason, source: TEAM_RULE_SOURCE };
  const effects =
    row.countries.length === 0
      ? { default: entry }
      : Object.fromEntries(row.countries.map((c) => [c, entry]));
  return {
    id: `team:${row.id}`,
    category: 'team rule',
    phrases: row.keywords.map((k) => compilePhrase(k)),
    exclude: [],
    hsPrefixes: [],
    effects,
  };
}

export interface TeamRulesResult {
  rules: CompiledRule[];
  /** Ids of rows that failed validation: the caller caps the tier, since a rule the team relies on is off. */
  invalid: string[];
}

export function compileTeamRules(rows: TeamRuleRow[] = []): TeamRulesResult {
  const rules: CompiledRule[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    const parsed = TeamRuleSchema.safeParse(row);
    if (!parsed.success) invalid.push(typeof row?.id === 'string' ? row.id : '(no id)');
    else if (!parsed.data.deleted) rules.push(compileTeamRule(parsed.data));
  }
  return { rules, invalid };
}
