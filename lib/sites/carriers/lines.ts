import { isTextField, isVisible, parseAmount, readField, type TextField } from '../../fill/dom';
import { findDeclarationFields } from '../../fill/find-fields';
import { toCountryCode } from './countries';
import type { CarrierAdapterData, DeclarationLine, LineElements, LineFieldMap } from './types';

type LineSource = DeclarationLine['source'];

/** First visible text field matching the selector: hidden step templates (MyDHL+) hold same-named decoys. */
export function firstVisibleField(root: ParentNode, selector: string | undefined): TextField | null {
  if (!selector) return null;
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (isTextField(el) && isVisible(el)) return el;
  }
  return null;
}

/** Turns the DOM of one line into the plain record the background classifies; the elements ride alongside. */
export function toDeclarationLine(
  carrier: string,
  index: number,
  source: LineSource,
  elements: LineElements,
): DeclarationLine {
  const origin = readField(elements.origin);
  const destination = readField(elements.destination);
  return {
    carrier,
    index,
    source,
    description: readField(elements.description),
    quantity: parseAmount(readField(elements.quantity)),
    value: parseAmount(readField(elements.value)),
    weight: parseAmount(readField(elements.weight)),
    origin,
    originCode: toCountryCode(origin),
    destination,
    destinationCode: toCountryCode(destination),
    hsValue: readField(elements.hsCode),
    elements,
  };
}

function lineElements(
  row: Element,
  fields: LineFieldMap,
  destination: TextField | null,
): LineElements | null {
  const hsCode = firstVisibleField(row, fields.hsCode);
  if (!hsCode) return null;
  return {
    row,
    hsCode,
    description: firstVisibleField(row, fields.description),
    quantity: firstVisibleField(row, fields.quantity),
    value: firstVisibleField(row, fields.value),
    weight: firstVisibleField(row, fields.weight),
    origin: firstVisibleField(row, fields.origin),
    destination,
  };
}

/** Without a known container: the widest ancestor of an HS field that holds no other line's HS field. */
function rowsFromHsFields(doc: Document, hsSelector: string): Element[] {
  const hsFields = Array.from(doc.querySelectorAll(hsSelector)).filter(
    (el) => isTextField(el) && isVisible(el),
  );
  return hsFields.map((hs) => {
    let row: Element = hs;
    while (
      row.parentElement &&
      !hsFields.some((other) => other !== hs && row.parentElement!.contains(other))
    ) {
      row = row.parentElement;
    }
    return row;
  });
}

/** Lines found by the adapter's own selectors: visible line containers that hold a visible HS field. */
export function adapterLines(doc: Document, data: CarrierAdapterData): DeclarationLine[] {
  const destination = firstVisibleField(doc, data.destination);
  const rows = data.lineSelector
    ? Array.from(doc.querySelectorAll(data.lineSelector)).filter(isVisible)
    : rowsFromHsFields(doc, data.fields.hsCode);
  return rows
    .map((row) => lineElements(row, data.fields, destination))
    .filter((elements): elements is LineElements => elements !== null)
    .map((elements, index) => toDeclarationLine(data.id, index, 'adapter', elements));
}

/** Lines found by the generic finder, for pages whose structure the adapter does not (or no longer) match. */
export function genericLines(
  doc: Document,
  carrier: string,
  destinationSelector?: string,
): DeclarationLine[] {
  const found = findDeclarationFields(doc);
  const destination = firstVisibleField(doc, destinationSelector) ?? found.destination;
  return found.lines.map((line, index) =>
    toDeclarationLine(carrier, index, 'generic', {
      row: null,
      hsCode: line.hsCode,
      ...line.fields,
      destination,
    }),
  );
}

/**
 * The adapter's selectors first; when they match nothing (an unverified guess, or a redesign of a verified
 * page) the generic finder takes over, so a changed page degrades to "found by label" rather than to nothing.
 */
export function makeFindLines(data: CarrierAdapterData): (doc?: Document) => DeclarationLine[] {
  return (doc = document) => {
    const lines = adapterLines(doc, data);
    return lines.length > 0 ? lines : genericLines(doc, data.id, data.destination);
  };
}
