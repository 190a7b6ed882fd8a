import { inlineText, queryAllOrdered, readValue } from './dom';
import { findField, rowValue } from './fields';
import { labelMatches, LABELS } from './labels';
import type { SiteFields, SiteLayout } from './types';

/** Category attributes (Material, Chất liệu, Bahan, …) as label → value; empty rows are left out. */
export function readAttributes(root: ParentNode, layout: SiteLayout): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (!layout.attributeRow || !layout.attributeLabel) return attributes;
  for (const row of queryAllOrdered(root, [layout.attributeRow])) {
    const label = inlineText(row.querySelector(layout.attributeLabel))
      .replace(/^\*\s*/, '')
      .replace(/\s*[:：]$/, '');
    const value = rowValue(row, layout.attributeLabel);
    if (label && value && !(label in attributes)) attributes[label] = value;
  }
  return attributes;
}

/** Brand from its own field or, where the site lists it among the attributes, moved out of them. */
export function takeBrand(
  root: ParentNode,
  fields: SiteFields,
  attributes: Record<string, string>,
): string | undefined {
  const own = findField(root, fields.fields.brand, fields.layout)?.value;
  const key = Object.keys(attributes).find((label) => labelMatches(label, LABELS.brand));
  const fromAttributes = key === undefined ? undefined : attributes[key];
  if (key !== undefined) delete attributes[key];
  return own || fromAttributes || undefined;
}

/** Variation groups (Colour: Red, Blue; Size: S, M); a group without a name or options is skipped. */
export function readVariants(root: ParentNode, layout: SiteLayout): { name: string; options: string[] }[] {
  if (!layout.variantGroup || !layout.variantName || !layout.variantOption) return [];
  const groups: { name: string; options: string[] }[] = [];
  for (const group of queryAllOrdered(root, [layout.variantGroup])) {
    const nameEl = group.querySelector(layout.variantName);
    const name = readValue(nameEl) || inlineText(nameEl);
    const options = [...group.querySelectorAll(layout.variantOption)]
      .map((el) => readValue(el) || inlineText(el))
      .filter((value) => value.length > 0);
    if (name && options.length > 0) groups.push({ name, options: [...new Set(options)] });
  }
  return groups;
}
