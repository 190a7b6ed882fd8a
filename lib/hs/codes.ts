/**
 * HS code utilities: parsing any written form, levels, hierarchy and editions. Pure; validation against the
 * nomenclature takes the loaded data (see ./nomenclature) so this file has no data dependency.
 */

export type HsLevel = 'chapter' | 'heading' | 'subheading' | 'national';

/** The editions ClearLane knows; rulings carry one, and only HS2022 codes are validated against data. */
export const HS_EDITIONS = ['HS2012', 'HS2017', 'HS2022'] as const;
export const CURRENT_EDITION = 'HS2022';

/**
 * Digits of a code as written: "8507.60", "8507 60 00", "85.07.60.00", "8507-60-00", "HS 8507.60.00".
 * Returns null when the text is not a plausible code (odd digit count, letters inside, more than 12 digits).
 * A 5-, 7- or 9-digit result usually means a dropped leading zero ("303.11" for 0303.11) and is repaired
 * only when the separators show the grouping ("303.11" → "030311"); bare odd-length digits stay invalid.
 */
export function parseCode(written: string): string | null {
  const text = written
    .trim()
    .replace(/^(?:hs|hts|ahtn)\s*(?:code)?\s*:?\s*/i, '')
    .trim();
  if (!/^\d[\d\s.\-/]*$/.test(text)) return null;
  const groups = text.split(/[\s.\-/]+/).filter(Boolean);
  let digits = groups.join('');
  if (groups.length > 1 && groups[0]!.length === 3 && digits.length % 2 === 1) digits = '0' + digits;
  if (groups.length > 1 && groups[0]!.length === 1) digits = '0' + digits;
  if (digits.length < 2 || digits.length > 12 || digits.length % 2 === 1) return null;
  return digits;
}

/** Removes trailing all-zero pairs below HS6 ("85076000" → "850760") only when asked: "00" is a real line. */
export function trimNationalZeros(code: string): string {
  let c = code;
  while (c.length > 6 && c.endsWith('00')) c = c.slice(0, -2);
  return c;
}

export function levelOf(code: string): HsLevel | null {
  if (!/^\d+$/.test(code)) return null;
  if (code.length === 2) return 'chapter';
  if (code.length === 4) return 'heading';
  if (code.length === 6) return 'subheading';
  if (code.length >= 8 && code.length % 2 === 0) return 'national';
  return null;
}

/** The codes above this one, broadest first: "85076000" → ["85", "8507", "850760"]. */
export function ancestors(code: string): string[] {
  const out: string[] = [];
  for (const n of [2, 4, 6]) if (code.length > n) out.push(code.slice(0, n));
  return out;
}

/** Truncates to a level (2, 4, 6 or 8 digits); shorter codes are returned as they are. */
export function truncate(code: string, digits: number): string {
  return code.length > digits ? code.slice(0, digits) : code;
}

/** "850760" → "8507.60", "85076000" → "8507.60.00": the form customs forms and people read. */
export function formatCode(code: string): string {
  if (code.length <= 4) return code;
  const parts = [code.slice(0, 4)];
  for (let i = 4; i < code.length; i += 2) parts.push(code.slice(i, i + 2));
  return parts.join('.');
}

/** Do two codes agree down to `digits` digits? Used for conflicts and for scoring. */
export function sameAt(a: string, b: string, digits: number): boolean {
  return a.length >= digits && b.length >= digits && a.slice(0, digits) === b.slice(0, digits);
}

export function normalizeEdition(edition: string | undefined): string {
  const m = /(?:hs)?\s*(20\d\d)/i.exec(edition ?? '');
  return m ? `HS${m[1]}` : CURRENT_EDITION;
}
