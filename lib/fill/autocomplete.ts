import { isVisible, textOf, type TextField } from './dom';
import { codeDigits } from './format';
import { isSubmitLike } from './safety';
import { delay, dispatch, typeValue } from './set-value';

/** A code at the start of an option's text: "9018.90 – Other instruments…" or "901890 Other…". */
const OPTION_CODE = /\d{4}(?:[.\s]?\d{2}){0,3}/;

/** The listbox an ARIA combobox controls, else the adapter's option selector over the whole page. */
function optionsFor(el: TextField, optionSelector: string | undefined): Element[] {
  const doc = el.ownerDocument;
  const ids = `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`.trim();
  const lists = ids
    ? ids
        .split(/\s+/)
        .map((id) => doc.getElementById(id))
        .filter((list) => list !== null)
    : [];
  const found =
    lists.length > 0
      ? lists.flatMap((list) => Array.from(list.querySelectorAll('[role="option"]')))
      : optionSelector
        ? Array.from(doc.querySelectorAll(optionSelector))
        : [];
  return found.filter(isVisible);
}

/** Only an option whose code is exactly the confident digits: never a longer code the engine did not give. */
export function findMatchingOption(el: TextField, digits: string, optionSelector?: string): Element | null {
  return (
    optionsFor(el, optionSelector).find((option) => {
      const code = OPTION_CODE.exec(option.getAttribute('data-value') ?? textOf(option));
      return code !== null && codeDigits(code[0]) === digits && !isSubmitLike(option);
    }) ?? null
  );
}

async function waitForOption(
  el: TextField,
  digits: string,
  optionSelector: string | undefined,
  timeoutMs: number,
): Promise<Element | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const option = findMatchingOption(el, digits, optionSelector);
    if (option || Date.now() >= deadline) return option;
    await delay(25);
  }
}

/** The pointer sequence custom widgets listen to; many pick on mousedown to beat the input's blur. */
function pick(option: Element): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    dispatch(option, type, { bubbles: true, cancelable: true });
  }
}

export interface PickOptions {
  optionSelector?: string;
  timeoutMs?: number;
}

/**
 * Autocomplete widgets (the FedEx harmonized code) only take a value picked from their list: type the code one
 * key at a time as a user would, wait for the list, and pick the option carrying exactly these digits. Returns
 * false (having typed nothing that stays, the caller restores) when no such option shows up. Never sends Enter:
 * in a form, Enter submits.
 */
export async function typeAndPick(
  el: TextField,
  text: string,
  digits: string,
  opts: PickOptions = {},
): Promise<boolean> {
  el.focus();
  for (let i = 1; i <= text.length; i += 1) typeValue(el, text.slice(0, i), text[i - 1] ?? '');
  const option = await waitForOption(el, digits, opts.optionSelector, opts.timeoutMs ?? 1500);
  if (!option) return false;
  pick(option);
  el.blur();
  return true;
}
