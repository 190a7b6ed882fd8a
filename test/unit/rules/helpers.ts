import type { Flag } from '../../../lib/classify/types';
import { evaluateRules, type RulesInput } from '../../../lib/rules/index';

/** Runs the rules on a title (and optional extra fields) and returns the flags. */
export function flagsFor(
  title: string,
  destinations: string[] = ['SG'],
  extra: Partial<RulesInput> = {},
): Flag[] {
  return evaluateRules({ product: { title }, destinations, candidateCodes: [], rulings: [], ...extra }).flags;
}

/** Rule ids flagged with a blocking effect (anything but info). */
export function blockingRules(title: string, destinations: string[] = ['SG']): string[] {
  return [
    ...new Set(
      flagsFor(title, destinations)
        .filter((f) => f.effect !== 'info')
        .map((f) => f.rule),
    ),
  ];
}

export function ruleFlag(title: string, rule: string, destinations: string[] = ['SG']): Flag | undefined {
  return flagsFor(title, destinations).find((f) => f.rule === rule);
}
