import { z } from 'zod';
import type { TeamRuleRow } from '../db/rows';

/**
 * zod schema for a team flag rule carried in a ruling pack. Pure data only: keywords and an effect, never
 * logic (the Chrome Web Store forbids interpreting remotely fetched commands).
 */
export const TeamRuleSchema = z.object({
  id: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
  effect: z.enum(['prohibited', 'permit', 'dangerous-goods', 'carrier-restricted', 'info']),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  reason: z.string(),
  updatedAt: z.number(),
  deleted: z.boolean().optional(),
});

// Compile-time check that the schema and the table row stay the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const teamRuleShapeMatches: Same<z.infer<typeof TeamRuleSchema>, TeamRuleRow> = true;
void teamRuleShapeMatches;
