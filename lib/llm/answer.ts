import { z } from 'zod';

/**
 * What the model may answer: nothing else is read. Every field is required so the JSON schema sent with
 * `strict: true` is accepted by OpenAI; the SDK re-validates the answer with this schema on our side.
 */
export const ModelAnswerSchema = z.object({
  code: z.string().describe('The chosen HS code from the candidate list, digits only'),
  confidence: z.number().min(0).max(1),
  rationale: z.string().describe('One or two sentences: why this code, citing the heading text'),
  customs_description: z.string().describe('What it is, what it is made of, what it is for; plain words'),
  concerns: z.array(z.string()).describe('Regulated-goods concerns (battery, food, cosmetics...), or empty'),
});
export type ModelAnswer = z.infer<typeof ModelAnswerSchema>;

/** A model call's outcome as the popup shows it and the audit log records it (never the key). */
export const AdviceSchema = z.object({
  status: z.enum(['accepted', 'rejected', 'error']),
  message: z.string(),
  answer: ModelAnswerSchema.optional(),
  model: z.string(),
  latencyMs: z.number(),
  usage: z.object({ prompt: z.number(), completion: z.number() }).optional(),
  /** Fingerprint of the product text that was sent (lib/llm/run-advice.ts), so the same text is not re-sent. */
  textKey: z.string().optional(),
  at: z.number().optional(),
});
export type Advice = z.infer<typeof AdviceSchema>;
