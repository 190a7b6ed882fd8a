import { isHidden, queryAllOrdered } from './dom';
import { findField } from './fields';
import type { SiteAdapter } from './types';

export interface BadgeAnchor {
  element: Element;
  placement: 'after' | 'append';
}

/**
 * Where the badge goes: inside the product-name field's label, so it never sits inside the framework's input
 * wrapper (flex layouts, character counters) and stays next to the name the seller is typing. Falls back to
 * right after the field itself, or after the page's h1 for the generic adapter. Null when nothing is shown.
 */
export function findBadgeAnchor(doc: Document, adapter: SiteAdapter): BadgeAnchor | null {
  const root = doc.body ?? doc;
  const { fields, layout } = adapter.fields;
  const found = fields.title && layout.row ? findField(root, fields.title, layout) : undefined;
  if (found && !isHidden(found.element)) {
    const label = found.element.closest(layout.row)?.querySelector(layout.rowLabel);
    return label ? { element: label, placement: 'append' } : { element: found.element, placement: 'after' };
  }
  // Two-step forms hide the name on step 2: the badge goes on the first visible field label instead.
  const visibleRow = found ? queryAllOrdered(root, [layout.row]).find((row) => !isHidden(row)) : undefined;
  const visibleLabel = visibleRow?.querySelector(layout.rowLabel);
  if (visibleLabel && !isHidden(visibleLabel)) return { element: visibleLabel, placement: 'append' };
  const heading = root.querySelector('h1');
  return heading ? { element: heading, placement: 'append' } : null;
}
