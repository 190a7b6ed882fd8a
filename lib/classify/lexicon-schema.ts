import { z } from 'zod';

/**
 * The term lexicon: commercial and colloquial words sellers use, mapped to HS 2022 headings or subheadings.
 * Written from the nomenclature and its explanatory logic, never from benchmark labels.
 *
 * An entry maps any of its terms (in any language) to `code`. `refine` rules pick a more specific code when
 * the product text also contains one of the `when` words (first matching rule wins), e.g. a T-shirt (6109)
 * of cotton is 6109.10, otherwise 6109.90. Codes are digits only, 4 or 6 digits, and must exist in HS 2022.
 */
export const LANGS = ['en', 'id', 'ms', 'vi', 'th', 'zh', 'tl'] as const;
export const LexiconTermsSchema = z
  .object({
    en: z.array(z.string()).optional(),
    id: z.array(z.string()).optional(), // Bahasa Indonesia
    ms: z.array(z.string()).optional(), // Bahasa Malaysia
    vi: z.array(z.string()).optional(), // Vietnamese, with diacritics (folding is done by the matcher)
    th: z.array(z.string()).optional(),
    zh: z.array(z.string()).optional(), // simplified Chinese
    tl: z.array(z.string()).optional(), // Filipino
  })
  .strict();

export const LexiconRefineSchema = z
  .object({
    when: z.array(z.string()).min(1),
    code: z.string().regex(/^\d{4}(\d{2})?$/),
  })
  .strict();

export const LexiconEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    code: z.string().regex(/^\d{4}(\d{2})?$/),
    terms: LexiconTermsSchema,
    refine: z.array(LexiconRefineSchema).optional(),
    /** Optional: words that, when present, mean this entry does NOT apply (e.g. "case" for "phone"). */
    unless: z.array(z.string()).optional(),
    note: z.string().optional(),
  })
  .strict();
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export const LexiconFileSchema = z
  .object({
    domain: z.string(),
    entries: z.array(LexiconEntrySchema),
  })
  .strict();
export type LexiconFile = z.infer<typeof LexiconFileSchema>;
