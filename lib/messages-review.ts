import { z } from 'zod';
import { ClassifyResultSchema, CountrySchema } from './classify/types';

/** Messages for the exception workflow (review queue, webhooks, documents); merged into MESSAGES in lib/messages.ts. */

const CodeSchema = z.string().regex(/^\d{4,10}$/, 'a code is 4 to 10 digits');

export const QueueItemSchema = z.object({
  id: z.string(),
  status: z.enum(['open', 'decided', 'dismissed']),
  tier: z.string(),
  reasons: z.array(z.string()),
  createdAt: z.number(),
  decidedAt: z.number().optional(),
  product: z.object({
    id: z.string(),
    site: z.string(),
    url: z.string(),
    title: z.string(),
    description: z.string().optional(),
    category: z.string().optional(),
    sku: z.string().optional(),
    destinations: z.array(z.string()).optional(),
    result: ClassifyResultSchema.optional(),
  }),
});
export type QueueItem = z.infer<typeof QueueItemSchema>;

export const DecisionEntrySchema = z.object({
  at: z.number(),
  kind: z.string(),
  code: z.string().optional(),
  by: z.string().optional(),
  note: z.string().optional(),
  confidence: z.number().optional(),
  engineCode: z.string().optional(),
  rulingId: z.string().optional(),
});
export type DecisionEntry = z.infer<typeof DecisionEntrySchema>;

export const RulingSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  description: z.string(),
  country: z.string().optional(),
  status: z.string(),
  decidedAt: z.string().optional(),
  decidedBy: z.string().optional(),
  source: z.string(),
});
export type RulingSummary = z.infer<typeof RulingSummarySchema>;

export const DecisionRecordSchema = z.object({
  item: QueueItemSchema.shape.product.extend({ attributes: z.record(z.string(), z.string()).optional() }),
  decisions: z.array(DecisionEntrySchema),
  rulings: z.array(RulingSummarySchema),
});
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

export const OutboxEntrySchema = z.object({
  id: z.string(),
  state: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  nextAttemptAt: z.number(),
  lastError: z.string().optional(),
  createdAt: z.number(),
  summary: z.string(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export const DocLineFactsSchema = z.object({
  productId: z.string(),
  description: z.string(),
  code: z.string().nullable(),
  tier: z.enum(['auto', 'review', 'manual', 'decided']),
});
export type DocLineFacts = z.infer<typeof DocLineFactsSchema>;

export const CalibrationDataSchema = z.object({
  /** One point per human decision: the engine's confidence then, and whether the person kept its code. */
  points: z.array(z.object({ confidence: z.number(), correct: z.boolean(), capped: z.boolean() })),
  /** Every catalogue product's current confidence, for the per-tier preview. */
  products: z.array(z.object({ confidence: z.number(), capped: z.boolean() })),
  thresholds: z.object({ high: z.number(), medium: z.number() }),
  defaults: z.object({ high: z.number(), medium: z.number() }),
});
export type CalibrationData = z.infer<typeof CalibrationDataSchema>;

const Counts = z.object({ delivered: z.number(), failed: z.number() });

export const REVIEW_MESSAGES = {
  'review-queue': {
    access: 'admin',
    input: z.object({
      status: z.enum(['open', 'decided']).default('open'),
      limit: z.number().int().max(2000).optional(),
    }),
    output: z.object({ items: z.array(QueueItemSchema) }),
  },
  'review-decide-many': {
    access: 'admin',
    input: z.object({
      productIds: z.array(z.string()).min(1).max(500),
      code: CodeSchema,
      note: z.string().max(2000).optional(),
      country: CountrySchema.optional(),
    }),
    output: z.object({ rulingIds: z.array(z.string()) }),
  },
  'review-record': {
    access: 'admin',
    input: z.object({ productId: z.string() }),
    output: DecisionRecordSchema,
  },
  'outbox-list': {
    access: 'admin',
    input: z.object({}),
    output: z.object({ rows: z.array(OutboxEntrySchema) }),
  },
  'outbox-send-now': { access: 'admin', input: z.object({}), output: Counts },
  'docs-lines': {
    access: 'admin',
    input: z.object({ productIds: z.array(z.string()).min(1).max(200) }),
    output: z.object({ lines: z.array(DocLineFactsSchema) }),
  },
  'calibration-data': { access: 'admin', input: z.object({}), output: CalibrationDataSchema },
} as const;
