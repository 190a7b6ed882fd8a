import { z } from 'zod';
import { ClassifyResultSchema, CountrySchema, ProductInputSchema, ThresholdsSchema } from './classify/types';
import { SettingsSchema } from './settings';
import { AdviceSchema } from './llm/answer';
import { SYNC_MESSAGES } from './messages-sync';
import { REVIEW_MESSAGES } from './messages-review';

/**
 * Every message between ClearLane's parts, one zod schema for its input and one for its output.
 * `access: 'content'` messages may come from content scripts (page data in, classifications out);
 * `access: 'admin'` messages only from extension pages (popup, options): import, clear, settings, API key.
 */
export const CapturedProductSchema = z.object({
  site: z.string().min(1).max(64),
  url: z.string().max(4096),
  itemId: z.string().max(200).optional(),
  title: z.string().max(2000),
  description: z.string().max(60_000).optional(),
  category: z.string().max(1000).optional(),
  attributes: z.record(z.string().max(200), z.string().max(2000)).optional(),
  sku: z.string().max(200).optional(),
  destinations: z.array(CountrySchema).max(20).optional(),
});
export type CapturedProduct = z.infer<typeof CapturedProductSchema>;

export const DeclarationLineInputSchema = z.object({
  index: z.number().int().min(0),
  description: z.string().max(5000),
  destination: CountrySchema.optional(),
});

const ProductSummarySchema = z.object({
  id: z.string(),
  site: z.string(),
  url: z.string(),
  title: z.string(),
  sku: z.string().optional(),
  tier: z.string().optional(),
  result: ClassifyResultSchema.optional(),
  advice: AdviceSchema.optional(),
  updatedAt: z.number(),
});
export type ProductSummary = z.infer<typeof ProductSummarySchema>;

const Ok = z.object({ ok: z.literal(true) });

export const MESSAGES = {
  'capture-product': {
    access: 'content',
    input: CapturedProductSchema,
    output: z.object({ productId: z.string(), result: ClassifyResultSchema }),
  },
  classify: {
    access: 'content',
    input: z.object({ product: ProductInputSchema }),
    output: z.object({ result: ClassifyResultSchema }),
  },
  'classify-lines': {
    access: 'content',
    input: z.object({
      site: z.string(),
      url: z.string(),
      lines: z.array(DeclarationLineInputSchema).max(200),
    }),
    output: z.object({ results: z.array(z.object({ index: z.number(), result: ClassifyResultSchema })) }),
  },
  'log-fill': {
    access: 'content',
    input: z.object({
      site: z.string(),
      url: z.string(),
      description: z.string().max(5000),
      code: z.string().regex(/^\d{4,10}$/),
      provenance: z.enum(['ruling', 'engine', 'model']),
      action: z.enum(['fill', 'undo']),
    }),
    output: Ok,
  },
  'list-products': {
    access: 'admin',
    input: z.object({
      query: z.string().optional(),
      url: z.string().optional(),
      limit: z.number().optional(),
    }),
    output: z.object({ products: z.array(ProductSummarySchema), total: z.number() }),
  },
  decide: {
    access: 'admin',
    input: z.object({
      productId: z.string(),
      code: z.string().regex(/^\d{4,10}$/, 'a code is 4 to 10 digits'),
      status: z.enum(['approved', 'rejected']),
      note: z.string().max(2000).optional(),
      country: CountrySchema.optional(),
    }),
    output: z.object({ rulingId: z.string() }),
  },
  'get-settings': { access: 'admin', input: z.object({}), output: SettingsSchema },
  'set-settings': { access: 'admin', input: SettingsSchema.partial(), output: SettingsSchema },
  'set-thresholds': { access: 'admin', input: ThresholdsSchema, output: Ok },
  'set-api-key': {
    access: 'admin',
    input: z.object({ key: z.string().max(500), remember: z.boolean() }),
    output: Ok,
  },
  'llm-advise': {
    access: 'admin',
    input: z.object({ productId: z.string() }),
    output: z.object({ advice: AdviceSchema, result: ClassifyResultSchema }),
  },
  'test-llm': {
    access: 'admin',
    input: z.object({}),
    output: z.object({ ok: z.boolean(), message: z.string() }),
  },
  'classify-tab': {
    access: 'admin',
    input: z.object({ tabId: z.number().int() }),
    output: z.object({ kind: z.enum(['declaration', 'product', 'none']), message: z.string() }),
  },
  reclassify: {
    access: 'admin',
    input: z.object({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(200) }),
    output: z.object({ done: z.number(), total: z.number() }),
  },
  'clear-cache': { access: 'admin', input: z.object({ confirm: z.literal(true) }), output: Ok },
  'get-status': {
    access: 'admin',
    input: z.object({}),
    output: z.object({ products: z.number(), rulings: z.number(), openExceptions: z.number() }),
  },
  ...SYNC_MESSAGES,
  ...REVIEW_MESSAGES,
} as const;

export type MessageName = keyof typeof MESSAGES;
export type MessageInput<N extends MessageName> = z.input<(typeof MESSAGES)[N]['input']>;
export type MessageOutput<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['output']>;

export const ErrorCodeSchema = z.enum(['unknown-message', 'invalid-input', 'forbidden', 'failed']);
export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string() }) }),
]);
export type Reply = z.infer<typeof ReplySchema>;

/** Thrown by `send` when the background answered with an error; `code` says which kind. */
export class MessageError extends Error {
  constructor(
    readonly code: z.infer<typeof ErrorCodeSchema>,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}
