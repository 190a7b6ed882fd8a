import { z } from 'zod';

/** One line of a shipment's paperwork; codes come from cleared (auto or decided) classifications only. */
export const DocLineSchema = z.object({
  description: z.string().min(1),
  code: z
    .string()
    .regex(/^\d{6,10}$/)
    .nullable(),
  tier: z.enum(['auto', 'review', 'manual', 'decided']),
  origin: z.string().length(2),
  quantity: z.number().int().positive(),
  unitValue: z.number().nonnegative(),
  weightKg: z.number().nonnegative(),
});
export type DocLine = z.infer<typeof DocLineSchema>;

export const PartySchema = z.object({
  name: z.string().min(1),
  address: z.string().default(''),
  country: z.string().length(2),
});
export const ShipmentSchema = z.object({
  invoiceNumber: z.string().min(1),
  date: z.string(), // ISO date
  currency: z.string().length(3),
  seller: PartySchema,
  consignee: PartySchema,
  lines: z.array(DocLineSchema).min(1),
});
export type Shipment = z.infer<typeof ShipmentSchema>;

const BLOCKING_WORDS: Record<DocLine['tier'], string> = {
  review: 'still needs review',
  manual: 'still needs a manual decision',
  auto: 'has no code yet',
  decided: 'has no code yet',
};

/** Lines that still need a person; documents are refused while any remain, naming them. */
export function blockingLines(lines: DocLine[]): string[] {
  return lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.tier === 'review' || l.tier === 'manual' || !l.code)
    .map(
      ({ l, i }) => `line ${i + 1} "${l.description}" ${l.code ? BLOCKING_WORDS[l.tier] : 'has no code yet'}`,
    );
}

export class DocumentRefused extends Error {
  constructor(readonly reasons: string[]) {
    super(`Cannot generate documents yet: ${reasons.join('; ')}.`);
    this.name = 'DocumentRefused';
  }
}

export function assertCleared(shipment: Shipment): void {
  const reasons = blockingLines(shipment.lines);
  if (reasons.length) throw new DocumentRefused(reasons);
}

/** "8507.60.00" style for documents. */
export function dotted(code: string): string {
  return [code.slice(0, 4), code.slice(4, 6), code.slice(6)].filter(Boolean).join('.');
}
