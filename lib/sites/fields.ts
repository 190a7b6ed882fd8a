import {
  displayValue,
  inlineText,
  isHidden,
  PLACEHOLDER,
  queryAllOrdered,
  readValue,
  visibleText,
} from './dom';
import { labelMatches } from './labels';
import type { FieldSpec, SiteLayout } from './types';

/** Prefix/suffix decorations next to an input: currency ("RM", "Rp", "₫") or unit ("kg", "gr", "cm"). */
const AFFIX = '[class*="prefix"], [class*="suffix"], [class*="addon"], [class*="unit"]';

export interface FoundField {
  value: string;
  element: Element;
  /** Label and affix texts around the field, for units and currency. */
  context: string;
  affixes: string[];
}

/** Form rows whose label names one of the wanted labels, visible rows first. */
export function rowsByLabel(root: ParentNode, labels: readonly string[], layout: SiteLayout): Element[] {
  return queryAllOrdered(root, [layout.row]).filter((row) => {
    const label = row.querySelector(layout.rowLabel);
    return label !== null && labelMatches(inlineText(label), labels);
  });
}

/** Value of a row: its control, or else its text without the label (read-only rows, cascader summaries). */
export function rowValue(row: Element, labelSelector: string): string {
  const label = row.querySelector(labelSelector);
  const valueHolders = [...row.children].filter((child) => child !== label && !child.contains(label));
  for (const holder of valueHolders) {
    const value = readValue(holder);
    if (value) return value;
  }
  // A select showing its placeholder ("Please select", "Vui lòng chọn") has no value.
  const shown = valueHolders.filter(
    (holder) => !holder.querySelector(PLACEHOLDER) && !holder.matches(PLACEHOLDER),
  );
  return shown
    .map((holder) => visibleText(holder))
    .join(' ')
    .trim();
}

function describe(element: Element, value: string, layout: SiteLayout): FoundField {
  const row = element.closest(layout.row) ?? element.parentElement ?? element;
  // A unit picker (Tokopedia's Gram/Kilogram select) counts with its chosen option only.
  const affixes = [...row.querySelectorAll(AFFIX)]
    .map((el) => (el.tagName === 'SELECT' ? readValue(el) : inlineText(el)))
    .filter((t) => t.length > 0);
  const label = inlineText(row.querySelector(layout.rowLabel));
  return { value, element, affixes, context: [label, ...affixes].join(' ') };
}

/** First non-empty value of a field: stable selectors first, then localized label rows. */
export function findField(
  root: ParentNode,
  spec: FieldSpec | undefined,
  layout: SiteLayout,
): FoundField | undefined {
  if (!spec) return undefined;
  for (const element of queryAllOrdered(root, spec.selectors ?? [])) {
    // A selector may point at a whole row (TikTok's data-id wrappers); its label is not part of the value.
    const value = element.querySelector(layout.rowLabel)
      ? rowValue(element, layout.rowLabel)
      : displayValue(element);
    if (value) return describe(element, value, layout);
  }
  if (!spec.labels) return undefined;
  for (const row of rowsByLabel(root, spec.labels, layout)) {
    const value = rowValue(row, layout.rowLabel);
    if (value) return describe(row, value, layout);
  }
  return undefined;
}

/** Visible inputs of one container (package size L × W × H), hidden inputs skipped. */
export function inputsIn(element: Element): HTMLInputElement[] {
  return [...element.querySelectorAll('input')].filter(
    (input) => !isHidden(input) && input.type !== 'hidden',
  );
}
