import type { Conflict, Flag, Lint, ProductInput } from '../classify/types';
import type { Ruling } from '../db/rulings-schema';
import type { TeamRuleRow } from '../db/rows';
import { builtInRules } from './catalog';
import { conflictCaps, flagCaps, lintCaps, regimeCaps, type TierCap } from './caps';
import { findConflicts } from './conflicts';
import { evaluateFlags } from './flags';
import { lintDescription } from './lint';
import { activeRegimeNotes, DEFAULT_REGIME_MAX_AGE_DAYS } from './regimes';
import { compileTeamRules } from './team-rules';
import { prepareText, productText } from './text';

/** Everything the rules need about one product; the engine fills it after retrieval and scoring. */
export interface RulesInput {
  product: ProductInput;
  /** ISO alpha-2 destinations of this item; when empty, flags are reported for the whole region. */
  destinations: string[];
  /** The engine's top candidate codes, digits only; HS-prefix rules also fire on these. */
  candidateCodes: string[];
  /** Team rulings the engine found matching this product (same SKU or near-identical text). */
  rulings: Ruling[];
  teamRules?: TeamRuleRow[];
  now?: Date;
  /** A regime note younger than this caps the item at review (default 180 days). */
  regimeMaxAgeDays?: number;
}

export interface RulesOutput {
  flags: Flag[];
  conflicts: Conflict[];
  lint: Lint[];
  /** Why the tier must not be `auto`; empty when the rules allow automation. */
  caps: TierCap[];
}

/**
 * Exception intelligence for one product: regulated-goods flags (built-in and team rules), cross-country
 * ruling conflicts, volatile destinations and description lint, plus the tier caps they impose.
 */
export function evaluateRules(input: RulesInput): RulesOutput {
  const { product, destinations, candidateCodes, rulings } = input;
  const raw = productText(product);
  const caps: TierCap[] = [];
  if (!raw.trim()) caps.push({ kind: 'input', detail: 'The product has no title or description to check.' });

  const team = compileTeamRules(input.teamRules);
  for (const id of team.invalid)
    caps.push({ kind: 'input', detail: `Team rule "${id}" is invalid and was not applied.` });

  const text = prepareText(raw);
  const flags = evaluateFlags([...builtInRules(), ...team.rules], text, destinations, candidateCodes);
  const conflicts = findConflicts(rulings, destinations);
  const lint = lintDescription(product);
  const notes = activeRegimeNotes(
    destinations,
    input.now ?? new Date(),
    input.regimeMaxAgeDays ?? DEFAULT_REGIME_MAX_AGE_DAYS,
  );
  caps.push(...flagCaps(flags), ...conflictCaps(conflicts), ...regimeCaps(notes), ...lintCaps(lint));
  return { flags, conflicts, lint, caps };
}

export type { TierCap } from './caps';
export { builtInRules, loadBuiltInRules } from './catalog';
export { REGIME_NOTES, activeRegimeNotes } from './regimes';
