import type { HsFormat } from '../sites/carriers/types';

export interface FormattedCode {
  /** The digits that will be written: never more than the caller is confident of. */
  digits: string;
  /** The text as the field wants it ("9018.90" or "901890"). */
  text: string;
}

/** HS notation groups digits 4.2.2.2 ("8471.30.20" for AHTN, "9018.90" for FedEx's 6-digit autocomplete). */
export function dotCode(digits: string): string {
  const parts = [digits.slice(0, 4)];
  for (let i = 4; i < digits.length; i += 2) parts.push(digits.slice(i, i + 2));
  return parts.join('.');
}

/** A field's own limits (maxlength, pattern) win over the adapter's format: the page is the last word. */
export interface FieldLimits {
  maxLength?: number;
  pattern?: string;
}

function fitsField(text: string, limits: FieldLimits): boolean {
  if (limits.maxLength !== undefined && limits.maxLength > 0 && text.length > limits.maxLength) return false;
  if (!limits.pattern) return true;
  try {
    return new RegExp(`^(?:${limits.pattern})$`, 'v').test(text);
  } catch {
    return true; // An invalid page pattern is ignored by the browser too.
  }
}

/**
 * The longest accepted form of `code` that the field takes: only digit counts the carrier accepts, never longer
 * than the confident code given ("short beats wrong": a 6-digit confident code is written as 6 digits even
 * where 8 are accepted, and an 8-digit code is cut to 6 where only 6 are taken). Null when the code is not a code
 * (letters, too short for every accepted length) or nothing fits the field's maxlength/pattern.
 */
export function formatHsCode(code: string, format: HsFormat, limits: FieldLimits = {}): FormattedCode | null {
  if (!/^[\d.\s]+$/.test(code)) return null;
  const digits = code.replace(/\D/g, '');
  const lengths = [...format.digits].sort((a, b) => b - a).filter((n) => n <= digits.length);
  for (const length of lengths) {
    const cut = digits.slice(0, length);
    const text = format.dotted ? dotCode(cut) : cut;
    if (fitsField(text, limits)) return { digits: cut, text };
  }
  return null;
}

/** Digits of a field value, to compare codes whatever the page does with dots and spaces. */
export function codeDigits(value: string): string {
  return value.replace(/\D/g, '');
}
