import type { TextField } from './dom';
import { typeAndPick } from './autocomplete';
import { plan, type FillRequest } from './fill-plan';
import { FillResultSchema, type FillResult, type FillStatus, type UndoStatus } from './fill-result';
import { codeDigits } from './format';
import { markField } from './mark';
import { isOwnValue, OWN_FILLS } from './own-fills';
import { delay, writeValue } from './set-value';

export type { FillRequest } from './fill-plan';

function describeField(el: TextField): string {
  return (
    el.getAttribute('name') ||
    el.id ||
    el.getAttribute('aria-label') ||
    el.getAttribute('placeholder') ||
    el.tagName.toLowerCase()
  );
}

async function write(el: TextField, text: string, digits: string, req: FillRequest): Promise<boolean> {
  if (!req.format.autocomplete) {
    writeValue(el, text);
  } else if (
    !(await typeAndPick(el, text, digits, {
      optionSelector: req.optionSelector,
      timeoutMs: req.optionTimeoutMs,
    }))
  ) {
    return false;
  }
  await delay(req.verifyDelayMs ?? 50);
  return codeDigits(el.value) === digits;
}

/**
 * Fills one HS field the way frameworks notice, within the rules: only a valid code, only the digits the field
 * takes and the caller is confident of, never over a value the user typed, never a click on submit, and always
 * marked with provenance and a one-click undo. The returned record goes to the audit log.
 */
export async function fillHsCode(el: TextField, req: FillRequest): Promise<FillResult> {
  const previous = el.value;
  const at = (req.now ?? (() => new Date()))().toISOString();
  const record = (status: FillStatus, text: string | null, shortened: boolean, reason?: string): FillResult =>
    FillResultSchema.parse({
      status,
      reason,
      field: describeField(el),
      requested: req.code,
      text,
      shortened,
      previous,
      provenance: req.provenance,
      at,
    });

  const next = plan(el, req);
  if (!next.write) return record(next.status, next.text, next.shortened, next.reason);
  // Re-filling our own value keeps the value from before ClearLane's first fill as the one undo restores.
  const original = isOwnValue(el) ? (OWN_FILLS.get(el)?.previous ?? previous) : previous;
  OWN_FILLS.get(el)?.unmark();
  OWN_FILLS.delete(el);
  if (!(await write(el, next.text, next.digits, req))) {
    writeValue(el, previous);
    const reason = req.format.autocomplete ? 'no-matching-option-or-not-kept' : 'value-not-kept';
    return record('failed', next.text, next.shortened, reason);
  }
  const note = next.shortened ? `${next.digits.length} digits only` : undefined;
  const unmark = markField(el, { provenance: req.provenance, text: next.text, note }, () => {
    req.onUndo?.(undoFill(el));
  });
  OWN_FILLS.set(el, { text: el.value, previous: original, unmark });
  return record('filled', next.text, next.shortened);
}

/**
 * Restores the value the field had before ClearLane filled it. If the user has since edited the field, their
 * edit stays and only the mark goes: undo must never destroy the user's own work.
 */
export function undoFill(el: TextField): UndoStatus {
  const own = OWN_FILLS.get(el);
  if (!own) return 'nothing-to-undo';
  OWN_FILLS.delete(el);
  own.unmark();
  if (el.value !== own.text) return 'kept-user-edit';
  writeValue(el, own.previous);
  return 'restored';
}

/** Whether ClearLane wrote the field's current value (for the popup: "filled by us" vs "typed by you"). */
export function isFilledByClearLane(el: TextField): boolean {
  return isOwnValue(el);
}
