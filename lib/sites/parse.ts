/**
 * Number and unit parsing for what seller centres print. Separators differ by locale: Indonesia and Vietnam
 * write "1.250.000" (dot = thousands) and "1,5" (comma = decimal); Malaysia, Singapore and the Philippines write
 * "1,250.00". The rules below decide from the string itself, with the currency as a tie-breaker.
 */

/** Currencies whose locales write a comma as the decimal mark, so "150.000" is one hundred and fifty thousand. */
const COMMA_DECIMAL_CURRENCIES = new Set(['IDR', 'VND', 'BRL', 'EUR']);

export function parseNumber(raw: string, currency?: string): number | undefined {
  const match = /\d[\d.,\s\u00a0]*/.exec(raw);
  if (!match) return undefined;
  const token = match[0].replace(/[\s\u00a0]+/g, '').replace(/[.,]+$/, '');
  const normalized = normalizeSeparators(token, currency);
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

function normalizeSeparators(token: string, currency?: string): string {
  const lastDot = token.lastIndexOf('.');
  const lastComma = token.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the one that comes last is the decimal mark.
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    return token.split(thousands).join('').replace(decimal, '.');
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return token;
  const parts = token.split(sep);
  // One separator before exactly three digits is ambiguous: the currency's locale decides, and without one a
  // comma is read as thousands ("1,250") and a dot as decimal ("1.250 kg").
  const commaDecimal = currency !== undefined && COMMA_DECIMAL_CURRENCIES.has(currency);
  const isThousands = parts.length > 2 || (parts[1]?.length === 3 && (sep === ',') !== commaDecimal);
  return isThousands ? parts.join('') : parts.join('.');
}

const WEIGHT_UNITS: ReadonlyArray<[RegExp, number]> = [
  [/\b(kg|kilo|kilogram|kilogam|กก)\b/i, 1],
  [/(^|[^a-z])(g|gr|gram|gramm|grams|gam|กรัม|克)($|[^a-z])/i, 0.001],
];

/** Unit factor to kilograms from a unit text ("gr", "kg", "Berat (gram)"), or undefined. */
export function weightFactor(unitText: string): number | undefined {
  return WEIGHT_UNITS.find(([pattern]) => pattern.test(unitText))?.[1];
}

/** Weight in kg from a value and the unit the page shows (or the site default); rounded to grams. */
export function toKilograms(
  value: number | undefined,
  unitText: string,
  fallback: 'g' | 'kg',
): number | undefined {
  if (value === undefined || value <= 0) return undefined;
  const factor = weightFactor(unitText) ?? (fallback === 'g' ? 0.001 : 1);
  return Math.round(value * factor * 1000) / 1000;
}

/**
 * Splits "Home & Living > Kitchen > Cookware" into trimmed segments. A slash separates only with spaces around
 * it, because category names themselves contain slashes ("Đầm/Váy", "Tops/Blouses").
 */
export function splitPath(text: string, separator: RegExp = /\s*(?:>|›|»)\s*|\s+\/\s+/): string[] {
  return text
    .split(separator)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0);
}

/** Digits of a GTIN/EAN/UPC (8, 12, 13 or 14 digits); anything else is not a GTIN and is dropped. */
export function parseGtin(raw: string): string | undefined {
  const digits = raw.replace(/[\s-]/g, '');
  return /^(\d{8}|\d{12,14})$/.test(digits) ? digits : undefined;
}
