import { z } from 'zod';

/**
 * The JSON payload ClearLane posts to a team's webhook (Zapier, Make, any JSON endpoint). `text` makes it
 * readable as-is by Slack-compatible incoming webhooks. `id` is the idempotency key: the same event always has
 * the same id, and is sent again only if an earlier attempt was not acknowledged with a 2xx.
 */
export const ExceptionEventSchema = z.object({
  id: z.string(),
  type: z.literal('exception.created'),
  occurred_at: z.string(),
  text: z.string(),
  product: z.object({
    id: z.string(),
    title: z.string(),
    site: z.string(),
    url: z.string(),
    sku: z.string().optional(),
    destinations: z.array(z.string()),
  }),
  tier: z.string(),
  suggested_code: z.string().nullable(),
  confidence: z.number(),
  reasons: z.array(z.string()),
});
export type ExceptionEvent = z.infer<typeof ExceptionEventSchema>;

export interface ExceptionFacts {
  productId: string;
  title: string;
  site: string;
  url: string;
  sku?: string;
  destinations: string[];
  tier: string;
  code: string | null;
  confidence: number;
  reasons: string[];
  createdAt: number;
}

export function buildExceptionEvent(f: ExceptionFacts): ExceptionEvent {
  const reasons = f.reasons.length ? f.reasons : ['low confidence'];
  return {
    id: `exception:${f.productId}:${f.createdAt}`,
    type: 'exception.created',
    occurred_at: new Date(f.createdAt).toISOString(),
    text: `ClearLane: "${f.title}" needs a decision (${f.tier}) — ${reasons.join('; ')}`,
    product: {
      id: f.productId,
      title: f.title,
      site: f.site,
      url: f.url,
      sku: f.sku,
      destinations: f.destinations,
    },
    tier: f.tier,
    suggested_code: f.code,
    confidence: f.confidence,
    reasons,
  };
}
