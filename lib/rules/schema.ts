import { z } from 'zod';
import { FlagEffectSchema } from '../classify/types';

/**
 * Schemas of the rule data in lib/rules/data. Rules are data so that a compliance person can review and
 * edit them without reading code; every file is parsed with these schemas when the module loads and in a
 * unit test, so a typo fails the build instead of silently dropping a flag.
 */

/** Languages the keyword lists are written in. Vietnamese is written with diacritics; the matcher folds them. */
export const RULE_LANGUAGES = ['en', 'id', 'ms', 'vi', 'th', 'zh', 'tl'] as const;
export type RuleLanguage = (typeof RULE_LANGUAGES)[number];

/** Destinations a rule may give its own effect for; any other destination gets `default`. */
export const RULE_DESTINATIONS = ['SG', 'MY', 'ID', 'TH', 'VN', 'PH'] as const;

const Phrase = z.string().trim().min(1).max(80);

export const EffectEntrySchema = z.object({
  effect: FlagEffectSchema,
  /** One line a seller understands: what happens and what to do. */
  reason: z.string().min(10).max(240),
  /** The law, regulation or authority the effect comes from. */
  source: z.string().min(3).max(200),
});
export type EffectEntry = z.infer<typeof EffectEntrySchema>;

export const EffectsSchema = z
  .object({
    default: EffectEntrySchema,
    SG: EffectEntrySchema.optional(),
    MY: EffectEntrySchema.optional(),
    ID: EffectEntrySchema.optional(),
    TH: EffectEntrySchema.optional(),
    VN: EffectEntrySchema.optional(),
    PH: EffectEntrySchema.optional(),
  })
  .strict();

export const KeywordsSchema = z
  .object({
    en: z.array(Phrase).min(1),
    id: z.array(Phrase).optional(),
    ms: z.array(Phrase).optional(),
    vi: z.array(Phrase).optional(),
    th: z.array(Phrase).optional(),
    zh: z.array(Phrase).optional(),
    tl: z.array(Phrase).optional(),
  })
  .strict();

export const RegulatedRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule ids are kebab-case'),
    category: z.string().min(2),
    keywords: KeywordsSchema,
    /** False friends: a keyword occurrence inside one of these phrases is ignored ("knife pleat"). */
    exclude: z.array(Phrase).optional(),
    /** HS 2022 code prefixes (2 to 6 digits) whose presence among the candidates also triggers the rule. */
    hsPrefixes: z.array(z.string().regex(/^\d{2,6}$/)).optional(),
    effects: EffectsSchema,
  })
  .strict();
export type RegulatedRule = z.infer<typeof RegulatedRuleSchema>;

export const RuleFileSchema = z.object({ rules: z.array(RegulatedRuleSchema).min(1) });

/** A destination whose import regime changed recently or is volatile. */
export const RegimeNoteSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/),
    /** Effective (or announcement) date, ISO yyyy-mm-dd. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    title: z.string().min(5),
    summary: z.string().min(10),
    source: z.string().min(3),
  })
  .strict();
export type RegimeNote = z.infer<typeof RegimeNoteSchema>;
export const RegimeFileSchema = z.object({ notes: z.array(RegimeNoteSchema) });

const PhraseList = z.array(Phrase).min(1);

/** Vocabulary for the description linter and the negation detector, per language. */
export const VocabularySchema = z
  .object({
    vague: PhraseList,
    stop: PhraseList,
    material: PhraseList,
    use: PhraseList,
    negationBefore: PhraseList,
    negationAfter: PhraseList,
    /** Phrases that contain a negation cue but negate nothing ("free shipping", "model no"). */
    notNegation: z.array(Phrase).optional(),
  })
  .strict();
export const VocabularyFileSchema = z.record(z.enum(RULE_LANGUAGES), VocabularySchema);
export type Vocabulary = z.infer<typeof VocabularySchema>;
