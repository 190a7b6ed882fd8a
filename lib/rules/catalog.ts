import { compilePhrase, type Phrase } from './match';
import {
  RULE_LANGUAGES,
  RuleFileSchema,
  VocabularyFileSchema,
  type EffectEntry,
  type RegulatedRule,
} from './schema';
import electronics from './data/rules-electronics.json';
import weapons from './data/rules-weapons.json';
import health from './data/rules-health.json';
import consumables from './data/rules-consumables.json';
import nature from './data/rules-nature.json';
import hazmat from './data/rules-hazmat.json';
import vocabularyData from './data/vocabulary.json';

/** The raw rule files, in the order their flags are listed. */
export const RULE_FILES: Record<string, unknown> = {
  electronics,
  weapons,
  health,
  consumables,
  nature,
  hazmat,
};

/** A rule ready for matching: built-in rules and team rules both end up in this shape. */
export interface CompiledRule {
  id: string;
  category: string;
  phrases: Phrase[];
  exclude: Phrase[];
  hsPrefixes: string[];
  /** Effect per destination; `default` covers the rest. A team rule without `default` skips other countries. */
  effects: Partial<Record<string, EffectEntry>>;
}

export function compileRule(rule: RegulatedRule): CompiledRule {
  const phrases = RULE_LANGUAGES.flatMap((lang) =>
    (rule.keywords[lang] ?? []).map((k) => compilePhrase(k, lang)),
  );
  return {
    id: rule.id,
    category: rule.category,
    phrases,
    exclude: (rule.exclude ?? []).map((p) => compilePhrase(p)),
    hsPrefixes: rule.hsPrefixes ?? [],
    effects: rule.effects,
  };
}

/** Parsing at load time: a malformed rule file stops the engine instead of silently losing a flag. */
export function loadBuiltInRules(): RegulatedRule[] {
  return Object.values(RULE_FILES).flatMap((file) => RuleFileSchema.parse(file).rules);
}

let compiled: CompiledRule[] | undefined;
export function builtInRules(): CompiledRule[] {
  compiled ??= loadBuiltInRules().map(compileRule);
  return compiled;
}

export const VOCABULARY = VocabularyFileSchema.parse(vocabularyData);

/** All languages' phrases of one vocabulary list, compiled (Vietnamese ones diacritic-strict). */
export function vocabularyPhrases(list: keyof (typeof VOCABULARY)['en']): Phrase[] {
  return RULE_LANGUAGES.flatMap((lang) => (VOCABULARY[lang][list] ?? []).map((p) => compilePhrase(p, lang)));
}
