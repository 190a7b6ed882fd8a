import type { ClassifyResult } from '../classify/types';
import type { Advice } from '../llm/answer';

/** A captured listing (seller centre) or declared line (carrier form), with its latest classification. */
export interface ProductRow {
  id: string; // `${site}:${itemId}` or `${site}:sku:${sku}` or `${site}:url:${hash}`
  site: string;
  url: string;
  title: string;
  description?: string;
  category?: string;
  attributes?: Record<string, string>;
  sku?: string;
  destinations?: string[];
  result?: ClassifyResult;
  tier?: string;
  /** The latest model advice for this product's text (not indexed); never holds the key or the prompt. */
  advice?: Advice;
  capturedAt: number;
  updatedAt: number;
}

/** Audit log: every fill, accept, override, model call. Never holds an API key. */
export interface DecisionRow {
  seq?: number;
  productId: string;
  at: number;
  kind: 'fill' | 'accept' | 'override' | 'reject' | 'undo' | 'model-call' | 'import';
  code?: string;
  by?: string;
  note?: string;
  detail?: Record<string, unknown>;
}

/** Review queue item: a product that needs a human decision. */
export interface ExceptionRow {
  id: string;
  productId: string;
  status: 'open' | 'decided' | 'dismissed';
  tier: string;
  reasons: string[];
  site?: string;
  url?: string;
  destinations?: string[];
  createdAt: number;
  decidedAt?: number;
}

/** Pending delivery (webhook, notification), retried with backoff until delivered. */
export interface OutboxRow {
  id: string; // idempotency key
  kind: 'webhook' | 'notification';
  payload: unknown;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
  createdAt: number;
}

/** Sync state and small settings-like records (`key` is e.g. "sync:status"). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A team's own flag keyword rule, shipped in the ruling pack as data. */
export interface TeamRuleRow {
  id: string;
  keywords: string[];
  effect: 'prohibited' | 'permit' | 'dangerous-goods' | 'carrier-restricted' | 'info';
  countries: string[];
  reason: string;
  updatedAt: number;
  deleted?: boolean;
}
