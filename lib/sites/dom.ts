/**
 * Reading values out of seller-centre forms. Controlled inputs (React, Vue) keep the live value in the `value`
 * property, which falls back to the attribute in a saved page; rich-text editors (Quill `.ql-editor`,
 * ProseMirror) hold text as blocks; custom selects show the choice as text. Every reader tolerates null.
 */

/** Text controls are read before selects: a weight row holds both the number and a Gram/Kilogram picker. */
const TEXTUAL =
  'input:not([type="hidden"]):not([type="file"]), textarea, .ql-editor, .ProseMirror, [contenteditable="true"], [contenteditable=""]';
const EDITABLE = `${TEXTUAL}, select`;
const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|BR|TR|BLOCKQUOTE|PRE|SECTION)$/;
/** Shown text of custom selects and cascaders (Shopee EDS, Lazada Next, TikTok Arco-like components). */
const SHOWN_VALUE =
  '.eds-selector__inner, .next-select-values, .next-cascader-select-values, [class*="select-value"], [class*="selected-value"], [class*="select-view-value"]';

/** Placeholder text of custom selects, by class, as EDS, Next, Arco-like and Unify components all name it. */
export const PLACEHOLDER = '[class*="placeholder"]';

/** Text with line breaks between blocks, so paragraphs and list items of a description stay apart. */
export function blockText(el: Element): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(element.tagName)) return;
    const isBlock = BLOCK.test(element.tagName);
    if (isBlock) out.push('\n');
    if (element.tagName === 'LI') out.push('• ');
    element.childNodes.forEach(walk);
    if (isBlock) out.push('\n');
  };
  walk(el);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0 && line !== '•')
    .join('\n');
}

export function inlineText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Value of one control: input/textarea value, the selected option's text, or an editor's block text. */
export function controlValue(el: Element): string {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') return input.checked ? input.value : '';
    return (input.value ?? '').trim();
  }
  if (tag === 'TEXTAREA') return ((el as HTMLTextAreaElement).value ?? '').trim();
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.selectedOptions?.[0] ?? select.querySelector('option[selected]');
    return option && option.getAttribute('value') !== '' ? inlineText(option) : '';
  }
  return blockText(el);
}

/** The value a field shows: the element itself if editable, else its first editable or shown-value child. */
export function readValue(el: Element | null | undefined): string {
  if (!el) return '';
  if (el.matches(EDITABLE)) return controlValue(el);
  for (const selector of [TEXTUAL, 'select']) {
    const editable = el.querySelector(selector);
    const value = editable ? controlValue(editable) : '';
    if (value) return value;
  }
  const shown = el.querySelector(SHOWN_VALUE);
  // A custom select showing its placeholder ("Select", "Pilih", "Vui lòng chọn") has no value.
  return shown && !shown.matches(PLACEHOLDER) ? inlineText(shown) : '';
}

/** Like readValue, but a display-only element (a category breadcrumb) gives its own visible text. */
export function displayValue(el: Element): string {
  return readValue(el) || (el.querySelector(EDITABLE) ? '' : visibleText(el));
}

/** Text a user sees, words of adjacent elements kept apart, buttons and icons left out ("Ubah", "Edit"). */
export function visibleText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (/^(BUTTON|SVG|svg|SCRIPT|STYLE|TEMPLATE)$/.test(element.tagName) || element.hasAttribute('hidden'))
      return;
    parts.push(' ');
    element.childNodes.forEach(walk);
    parts.push(' ');
  };
  walk(el);
  return parts
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Hidden by markup (a saved page has no layout to measure): `hidden`, `display:none`, `aria-hidden`. Two-step
 * forms keep the other step in the DOM, so visible fields are preferred and hidden ones used only as fallback.
 */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = node.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

/** Elements for a selector list, visible ones first; invalid selectors in site data are skipped, not thrown. */
export function queryAllOrdered(root: ParentNode, selectors: readonly string[]): Element[] {
  const found: Element[] = [];
  for (const selector of selectors) {
    try {
      root.querySelectorAll(selector).forEach((el) => found.push(el));
    } catch {
      // A malformed selector in site data must not break extraction of the other fields.
    }
  }
  const unique = [...new Set(found)];
  return [...unique.filter((el) => !isHidden(el)), ...unique.filter((el) => isHidden(el))];
}
