import { z } from 'zod';
import { ProvenanceSchema } from './mark';

/**
 * What happened to one HS field, for the audit log (the `decisions`/exceptions trail) and the popup:
 * - filled: written, verified by re-reading, and marked;
 * - unchanged: the field already held exactly this code;
 * - offer: the user had typed something else; nothing written, the code is offered instead;
 * - refused: the code failed validation or the field's format, or the field is not fillable;
 * - failed: written but the page did not keep it (or no autocomplete option matched); the previous value is back.
 */
export const FillStatusSchema = z.enum(['filled', 'unchanged', 'offer', 'refused', 'failed']);
export type FillStatus = z.infer<typeof FillStatusSchema>;

export const FillResultSchema = z.object({
  status: FillStatusSchema,
  reason: z.string().optional(),
  /** How the field is known on the page (name, id or label), for the log. */
  field: z.string(),
  /** The confident code as given by the caller. */
  requested: z.string(),
  /** The text written (filled/unchanged) or offered (offer); null when refused before formatting. */
  text: z.string().nullable(),
  /** True when fewer digits were written than requested because the field takes fewer. */
  shortened: z.boolean(),
  previous: z.string(),
  provenance: ProvenanceSchema,
  at: z.string(),
});
export type FillResult = z.infer<typeof FillResultSchema>;

export const UndoStatusSchema = z.enum(['restored', 'kept-user-edit', 'nothing-to-undo']);
export type UndoStatus = z.infer<typeof UndoStatusSchema>;
