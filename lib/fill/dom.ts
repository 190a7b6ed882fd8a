/**
 * Small DOM helpers shared by the declaration finder, the carrier adapters and the fill routine.
 * They take elements, never globals, so tests can pass a parsed fixture document.
 */

export type TextField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Input types that can never hold an HS code or a description. */
// prettier-ignore
const NON_TEXT_TYPES = new Set([
  'hidden', 'checkbox', 'radio', 'submit', 'button', 'reset', 'image', 'file', 'color', 'range', 'password',
]);

export function isTextField(el: Element | null | undefined): el is TextField {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !NON_TEXT_TYPES.has((el.getAttribute('type') ?? 'text').toLowerCase());
}

/**
 * MyDHL+ keeps the templates of inactive steps in the DOM (target-pages.md A.0): a field we cannot see must never
 * be read or written. `checkVisibility` (Chromium, Firefox, happy-dom) answers for display, content-visibility
 * and visibility in one call; the ancestor walk is the fallback for engines without it.
 */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  // The `hidden` attribute is checked on its own: happy-dom's checkVisibility ignores it, and a page that styles
  // [hidden] back into view is rare enough that skipping such a field is the safe error.
  if (el.closest('[hidden]')) return false;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/** Visible text with whitespace collapsed, the form in which labels are compared. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The value a user sees in a field; for a select, the chosen option's label is more telling than its value. */
export function readField(el: TextField | null | undefined): string {
  if (!el) return '';
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
    return (option ? textOf(option) || option.value : select.value).trim();
  }
  return el.value.trim();
}

/**
 * Field value as a number: "1,234.50", "12,5" (decimal comma, common on ID/VN pages) and "25.000" or
 * "1.250.000,50" (dots grouping thousands, Indonesian style). Null when there is no number.
 */
export function parseAmount(raw: string): number | null {
  const cleaned = raw.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(cleaned)) return null;
  let normalized: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned)) normalized = cleaned.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d{1,2}$/.test(cleaned)) normalized = cleaned.replace(',', '.');
  else normalized = cleaned.replace(/,/g, '');
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** All visible text fields under a root, in document order. */
export function visibleFields(root: ParentNode): TextField[] {
  return Array.from(root.querySelectorAll('input, textarea, select')).filter(
    (el): el is TextField => isTextField(el) && isVisible(el),
  );
}
