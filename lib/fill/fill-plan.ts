/** The decisions taken before a field is touched: refusal, format, validation, and the no-overwrite rule. */
import type { HsFormat } from '../sites/carriers/types';
import { isTextField, isVisible, type TextField } from './dom';
import type { FillStatus, UndoStatus } from './fill-result';
import { codeDigits, formatHsCode } from './format';
import type { Provenance } from './mark';
import { isOwnValue } from './own-fills';

export interface FillRequest {
  /** The confident code (prefix) from the engine or a ruling: digits, dots allowed. */
  code: string;
  provenance: Provenance;
  format: HsFormat;
  /** Must accept the digits actually written (e.g. the subheading exists in HS 2022 / AHTN 2022). */
  validate: (digits: string) => boolean;
  /** 'user-confirmed' only after the user clicked accept for this field: then a typed value may be replaced. */
  overwrite?: 'never' | 'user-confirmed';
  optionSelector?: string;
  /** Pages reformat or reject values asynchronously; re-read after this long (target-pages.md A.0: ~50 ms). */
  verifyDelayMs?: number;
  optionTimeoutMs?: number;
  onUndo?: (status: UndoStatus) => void;
  now?: () => Date;
}

function refusal(el: TextField): string | null {
  if (!isTextField(el) || !isVisible(el)) return 'field-not-visible';
  if (el.disabled || ('readOnly' in el && el.readOnly)) return 'field-read-only';
  return null;
}

export type Plan =
  | { write: false; status: FillStatus; reason?: string; text: string | null; shortened: boolean }
  | { write: true; text: string; digits: string; shortened: boolean };

function passes(validate: FillRequest['validate'], digits: string): boolean {
  try {
    return validate(digits);
  } catch {
    return false; // A validator that cannot decide has not said yes.
  }
}

/** Everything decided before touching the field: what would be written, and whether it may be. */
export function plan(el: TextField, req: FillRequest): Plan {
  const stop = (
    status: FillStatus,
    reason: string | undefined,
    text: string | null,
    shortened = false,
  ): Plan => ({
    write: false,
    status,
    reason,
    text,
    shortened,
  });
  const blocked = refusal(el);
  if (blocked) return stop('refused', blocked, null);
  const maxLength = el.tagName === 'INPUT' ? (el as HTMLInputElement).maxLength : undefined;
  const pattern = el.getAttribute('pattern') ?? undefined;
  const formatted = formatHsCode(req.code, req.format, { maxLength, pattern });
  if (!formatted) return stop('refused', 'format-not-accepted', null);
  const shortened = formatted.digits.length < codeDigits(req.code).length;
  if (!passes(req.validate, formatted.digits))
    return stop('refused', 'invalid-code', formatted.text, shortened);
  if (codeDigits(el.value) === formatted.digits)
    return stop('unchanged', undefined, formatted.text, shortened);
  if (el.value.trim() !== '' && !isOwnValue(el) && req.overwrite !== 'user-confirmed') {
    return stop('offer', 'user-value-present', formatted.text, shortened);
  }
  return { write: true, text: formatted.text, digits: formatted.digits, shortened };
}
