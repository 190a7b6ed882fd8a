import { findField, inputsIn, rowsByLabel } from './fields';
import { queryAllOrdered } from './dom';
import { labelMatches, LABELS, normalizeLabel } from './labels';
import { parseNumber } from './parse';
import type { FieldSpec, SiteFields, SiteLayout } from './types';

/**
 * Package size in cm. Sites either have three labelled fields or one row with three inputs whose placeholders
 * name the side, in the page's language and order: Shopee VN shows "R D C" (rộng, dài, cao), Indonesian pages
 * "P L T" (panjang, lebar, tinggi), English ones "L W H" or "W L H". Letter schemes are matched as a whole set,
 * because "L" is length in English but lebar (width) in Indonesian.
 */
const LETTER_SCHEMES: ReadonlyArray<readonly [string, string, string]> = [
  ['l', 'w', 'h'],
  ['p', 'l', 't'],
  ['d', 'r', 'c'],
  ['長', '寬', '高'],
];
const SIDE_LABELS = [LABELS.length, LABELS.width, LABELS.height] as const;

type Dimensions = { length: number; width: number; height: number };

/** Input order as [length, width, height] indexes, from placeholders; DOM order when they say nothing. */
export function sideOrder(placeholders: string[]): number[] {
  const byWord = SIDE_LABELS.map((labels) => placeholders.findIndex((p) => labelMatches(p, labels)));
  if (byWord.every((i) => i >= 0) && new Set(byWord).size === 3) return byWord;
  const letters = placeholders.map(normalizeLabel);
  const scheme = LETTER_SCHEMES.find(
    (s) => s.every((letter) => letters.includes(letter)) && letters.length === 3,
  );
  return scheme ? scheme.map((letter) => letters.indexOf(letter)) : [0, 1, 2];
}

function containerOf(root: ParentNode, spec: FieldSpec | undefined, layout: SiteLayout): Element | undefined {
  if (!spec) return undefined;
  return queryAllOrdered(root, spec.selectors ?? [])[0] ?? rowsByLabel(root, spec.labels ?? [], layout)[0];
}

function fromContainer(container: Element): (number | undefined)[] {
  const inputs = inputsIn(container).slice(0, 3);
  const order = sideOrder(inputs.map((input) => input.getAttribute('placeholder') ?? ''));
  return order.map((i) => {
    const value = inputs[i]?.value;
    return value ? parseNumber(value) : undefined;
  });
}

export function readDimensions(root: ParentNode, fields: SiteFields): Dimensions | undefined {
  const { layout } = fields;
  let sides = (['length', 'width', 'height'] as const).map((name) => {
    const found = findField(root, fields.fields[name], layout);
    return found ? parseNumber(found.value) : undefined;
  });
  if (sides.some((side) => side === undefined)) {
    const container = containerOf(root, fields.fields.dimensions, layout);
    sides = container ? fromContainer(container) : [];
  }
  const [length, width, height] = sides;
  if (!length || !width || !height) return undefined;
  return { length, width, height };
}
