import { z } from 'zod';

/** A team ruling: one human (or imported) decision about one product's code. Shared through ruling packs. */
export const RulingStatusSchema = z.enum(['approved', 'rejected', 'pending']);
export const RulingSchema = z.object({
  id: z.string().min(1), // stable id, kept across exports and syncs
  description: z.string(),
  key: z.string(), // normalized description (see lib/classify/normalize)
  sku: z.string().optional(),
  code: z.string().regex(/^\d{4,10}$/), // digits only, as issued
  country: z.string().optional(), // ISO alpha-2; absent = any destination
  status: RulingStatusSchema,
  hsEdition: z.string(), // e.g. "HS2022"
  decidedAt: z.string(), // ISO date-time
  decidedBy: z.string().optional(),
  note: z.string().optional(),
  source: z.string(), // "local", "import:<name>", "sync:<url>"
  updatedAt: z.number(), // epoch ms; newest wins on merge
  deleted: z.boolean().optional(), // tombstone
  extra: z.record(z.string(), z.string()).optional(), // unknown CSV columns, kept
});
export type Ruling = z.infer<typeof RulingSchema>;
export type RulingStatus = z.infer<typeof RulingStatusSchema>;
