import { z } from 'zod';
import { ancestors, levelOf, parseCode } from './codes';

/**
 * The shipped nomenclature (public/data/nomenclature.json, built by scripts/build-data.ts): HS 2022
 * chapters, headings and subheadings with their English descriptions, and the AHTN 2022 8-digit lines with
 * English and Indonesian text (BTKI 2022) and Vietnamese text (Circular 31/2022/TT-BTC), each leaf joined to
 * the dash-path above it so "- - Other" reads as "Other: Of cotton: Other".
 */
export const NationalLineSchema = z.object({
  en: z.string().optional(),
  id: z.string().optional(),
  vi: z.string().optional(),
});
export type NationalLine = z.infer<typeof NationalLineSchema>;

export const NomenclatureFileSchema = z.object({
  edition: z.literal('HS2022'),
  attribution: z.string(),
  hs: z.record(z.string().regex(/^\d{2}(\d{2}){0,2}$/), z.string()),
  national: z.record(z.string().regex(/^\d{8}$/), NationalLineSchema),
});
export type NomenclatureFile = z.infer<typeof NomenclatureFileSchema>;

export interface Nomenclature {
  edition: string;
  hs: Map<string, string>;
  national: Map<string, NationalLine>;
  /** HS6 → its national 8-digit lines, for "longest confident prefix" and destination scoring. */
  nationalByHs6: Map<string, string[]>;
  /** HS4 → its HS6 subheadings. */
  subheadings: Map<string, string[]>;
}

export function buildNomenclature(file: NomenclatureFile): Nomenclature {
  const hs = new Map(Object.entries(file.hs));
  const national = new Map(Object.entries(file.national));
  const nationalByHs6 = new Map<string, string[]>();
  for (const code of national.keys()) push(nationalByHs6, code.slice(0, 6), code);
  const subheadings = new Map<string, string[]>();
  for (const code of hs.keys()) if (code.length === 6) push(subheadings, code.slice(0, 4), code);
  return { edition: file.edition, hs, national, nationalByHs6, subheadings };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Is this code a real HS 2022 chapter/heading/subheading or an AHTN 2022 8-digit line? */
export function isValidCode(nom: Nomenclature, code: string): boolean {
  if (levelOf(code) === 'national')
    return code.length === 8 ? nom.national.has(code) : nom.hs.has(code.slice(0, 6));
  return nom.hs.has(code);
}

export interface CodeCheck {
  code: string | null;
  valid: boolean;
  /** Where the code stops being valid: a real HS6 with an unknown national suffix is still usable at HS6. */
  validPrefix: string | null;
  message?: string;
}

/** Parses and validates a code as written, reporting the longest valid prefix. */
export function checkCode(nom: Nomenclature, written: string): CodeCheck {
  const code = parseCode(written);
  if (!code) return { code: null, valid: false, validPrefix: null, message: `not an HS code: "${written}"` };
  if (isValidCode(nom, code)) return { code, valid: true, validPrefix: code };
  const prefix = [...ancestors(code)].reverse().find((c) => nom.hs.has(c)) ?? null;
  return { code, valid: false, validPrefix: prefix, message: `${code} is not in HS 2022 / AHTN 2022` };
}

/** Human text of a code: the HS description, or the national line joined to its HS6 description. */
export function describe(nom: Nomenclature, code: string): string | undefined {
  if (code.length >= 8) {
    const line = nom.national.get(code.slice(0, 8));
    const base = nom.hs.get(code.slice(0, 6));
    return line?.en ? `${base ?? ''} — ${line.en}` : base;
  }
  return nom.hs.get(code);
}

/** Chapter → heading → subheading → national line with descriptions, for display and the CLI summary. */
export function hierarchy(nom: Nomenclature, code: string): { code: string; description?: string }[] {
  return [...ancestors(code), code].map((c) => ({ code: c, description: describe(nom, c) }));
}
