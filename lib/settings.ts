import { z } from 'zod';
import { CountrySchema } from './classify/types';

const PartySettingsSchema = z.object({
  name: z.string().max(200).default(''),
  address: z.string().max(500).default(''),
  country: z.string().max(2).default(''),
});
const DocsSettingsSchema = z.object({
  seller: PartySettingsSchema.default({ name: '', address: '', country: '' }),
  consignee: PartySettingsSchema.default({ name: '', address: '', country: '' }),
  currency: z.string().max(3).default('USD'),
  origin: z.string().max(2).default(''),
});
const DEFAULT_DOCS = {
  seller: { name: '', address: '', country: '' },
  consignee: { name: '', address: '', country: '' },
  currency: 'USD',
  origin: '',
};

/**
 * User settings, kept in storage.local (never the API key: that lives in storage.session unless the user
 * chose "remember on this device"). Defaults give a working extension right after install.
 */
export const SettingsSchema = z.object({
  destinations: z.array(CountrySchema).default(['SG', 'MY', 'ID']),
  /** Undefined = use the engine's calibrated defaults (lib/classify). */
  highThreshold: z.number().min(0).max(1).optional(),
  mediumThreshold: z.number().min(0).max(1).optional(),
  autoFill: z.boolean().default(true),
  showBadge: z.boolean().default(true),
  hiddenBadgeSites: z.array(z.string()).default([]),
  decidedBy: z.string().max(100).default(''),
  llm: z
    .object({
      enabled: z.boolean().default(false),
      baseUrl: z.string().default('https://api.openai.com/v1'),
      model: z.string().default('gpt-4o-mini'),
      when: z.enum(['uncertain', 'always']).default('uncertain'),
      rememberKey: z.boolean().default(false),
    })
    .default({
      enabled: false,
      baseUrl: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      when: 'uncertain',
      rememberKey: false,
    }),
  /** Destinations with an import-regime note younger than this are always reviewed (lib/rules/data/regimes.json). */
  regimeMaxAgeDays: z.number().int().min(0).max(3650).default(180),
  syncUrl: z.string().default(''),
  syncEveryMinutes: z
    .number()
    .int()
    .min(15)
    .max(24 * 60)
    .default(360),
  /** Escalation (review workflow): where new exceptions are posted, and the shared signing secret. */
  webhookUrl: z.string().max(2000).default(''),
  webhookSecret: z.string().max(500).default(''),
  /** Desktop notification when new items need review (at most one a minute, summarising counts). */
  notifyExceptions: z.boolean().default(true),
  /** Sender and default consignee printed on the commercial invoice and CN23. */
  docs: DocsSettingsSchema.default(DEFAULT_DOCS),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
