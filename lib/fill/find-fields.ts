import { visibleFields, type TextField } from './dom';
import { roleOf } from './field-label';
import type { FieldRole } from './field-terms';

/** Roles that belong to one declared line (everything except the shipment-level destination). */
export const LINE_ROLES = ['description', 'quantity', 'value', 'weight', 'origin'] as const;
export type LineRole = (typeof LINE_ROLES)[number];

export interface FoundLine {
  hsCode: TextField;
  /** The partner fields of the same line; null when the page gives no unambiguous partner. */
  fields: Record<LineRole, TextField | null>;
}

export interface FoundDeclaration {
  lines: FoundLine[];
  destination: TextField | null;
}

type Classified = { el: TextField; role: FieldRole };

/**
 * The partner of `hs` for one role: climb from the HS field to the closest container that holds fields of that
 * role. If that container holds only this HS field, its first such field is the partner (a row, a fieldset, a
 * card). If it holds several HS fields (a flat form with no row wrappers), pair by position when the counts
 * agree; otherwise refuse, because a description from another line is worse than none.
 */
function partnerOf(hs: TextField, role: LineRole, all: Classified[]): TextField | null {
  const ofRole = all.filter((item) => item.role === role).map((item) => item.el);
  const hsFields = all.filter((item) => item.role === 'hsCode').map((item) => item.el);
  for (let box = hs.parentElement; box; box = box.parentElement) {
    const inside = ofRole.filter((el) => box.contains(el));
    if (inside.length === 0) continue;
    const hsInside = hsFields.filter((el) => box.contains(el));
    if (hsInside.length === 1) return inside[0] ?? null;
    if (inside.length === hsInside.length) return inside[hsInside.indexOf(hs)] ?? null;
    return null;
  }
  return null;
}

function emptyFields(): Record<LineRole, TextField | null> {
  return { description: null, quantity: null, value: null, weight: null, origin: null };
}

/**
 * Generic declaration finder for any page: every visible HS/tariff/commodity-code field (named in en, id, ms,
 * vi, th or zh by its label, placeholder, aria-label, column header, name or id), each with the other fields of
 * its line, plus the shipment's destination country field. Carrier adapters whose page structure is unverified
 * fall back to this.
 */
export function findDeclarationFields(doc: Document = document): FoundDeclaration {
  const all: Classified[] = [];
  for (const el of visibleFields(doc)) {
    const role = roleOf(el);
    if (role) all.push({ el, role });
  }
  const lines = all
    .filter((item) => item.role === 'hsCode' && item.el.tagName !== 'SELECT')
    .map(({ el }) => {
      const fields = emptyFields();
      for (const role of LINE_ROLES) fields[role] = partnerOf(el, role, all);
      return { hsCode: el, fields };
    });
  const destination = all.find((item) => item.role === 'destination')?.el ?? null;
  return { lines, destination };
}
