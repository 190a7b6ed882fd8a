import { isTextField, textOf, type TextField } from './dom';
import { matchesRole, type FieldRole } from './field-terms';

/** Labels longer than this are paragraphs of help text, not a field's name. */
const MAX_LABEL = 60;

function byIds(doc: Document, ids: string | null): string {
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => textOf(doc.getElementById(id)))
    .join(' ');
}

/** A label's own words: a label that wraps a <select> would otherwise read as the list of every option. */
function labelText(label: Element): string {
  const copy = label.cloneNode(true) as Element;
  copy.querySelectorAll('select, textarea, option, button').forEach((node) => node.remove());
  return textOf(copy);
}

/** Column header of a field sitting in a table cell: line-item grids label their inputs only once, in <th>. */
function columnHeader(el: Element): string {
  const cell = el.closest('td, th') as HTMLTableCellElement | null;
  const table = cell?.closest('table');
  if (!cell || !table) return '';
  const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!headerRow || headerRow === cell.parentElement) return '';
  return textOf(headerRow.children[cell.cellIndex] ?? null);
}

/**
 * The nearest short text before the field inside its wrapper, for pages that put a <span>/<div> "label" without
 * `for=`: `<div><span>Kode HS</span><input></div>` or one wrapper deeper.
 */
function precedingText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth += 1, node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.querySelector('input, textarea, select') || isTextField(sib)) break;
      const text = textOf(sib);
      if (text && text.length <= MAX_LABEL) return text;
    }
  }
  return '';
}

/** Every name the page gives a field, strongest evidence first (what the user reads before what the code says). */
export function labelSources(el: TextField): string[] {
  const doc = el.ownerDocument;
  const labels = Array.from(el.labels ?? []).map(labelText);
  const wrapping = el.closest('label');
  return [
    ...labels,
    wrapping ? labelText(wrapping) : '',
    byIds(doc, el.getAttribute('aria-labelledby')),
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('placeholder') ?? '',
    columnHeader(el),
    precedingText(el),
    el.getAttribute('name') ?? '',
    el.id,
    el.getAttribute('title') ?? '',
    el.getAttribute('formcontrolname') ?? '',
    el.getAttribute('data-testid') ?? '',
  ].filter((text) => text && text.length <= MAX_LABEL);
}

/** Checked first so that "Commodity code" is never taken for a description or a country for a value. */
const ROLE_ORDER: readonly FieldRole[] = [
  'hsCode',
  'destination',
  'origin',
  'description',
  'quantity',
  'weight',
  'value',
];

/** The role the strongest label source names, or null when nothing in the page calls this a declaration field. */
export function roleOf(el: TextField): FieldRole | null {
  for (const source of labelSources(el)) {
    const role = ROLE_ORDER.find((candidate) => matchesRole(source, candidate));
    if (role) return role;
  }
  return null;
}
