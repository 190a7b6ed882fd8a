import type { Conflict } from '../classify/types';
import type { Ruling } from '../db/rulings-schema';

/**
 * Cross-country conflicts between the team's rulings for one product. HS6 is international, so two
 * destinations disagreeing at HS6 means one ruling is wrong (or the products differ) — a human must look;
 * disagreeing at HS4 is worse. Below HS6 the national lines legitimately differ and are only shown.
 */

/** Label for a ruling that carries no country: it was meant for any destination. */
export const ANY_COUNTRY = 'any';

const STATUS_RANK: Record<string, number> = { approved: 2, pending: 1 };

/** The ruling that speaks for one country: approved beats pending, then the most recent decision. */
function representative(rulings: Ruling[]): Ruling | undefined {
  return [...rulings].sort(
    (a, b) =>
      (STATUS_RANK[b.status] ?? 0) - (STATUS_RANK[a.status] ?? 0) || b.decidedAt.localeCompare(a.decidedAt),
  )[0];
}

/** Live (not rejected, not deleted) rulings for the item's destinations, one per country. */
export function rulingsByCountry(rulings: Ruling[], destinations: string[]): Map<string, Ruling> {
  const wanted = new Set(destinations.map((d) => d.trim().toUpperCase()));
  const groups = new Map<string, Ruling[]>();
  for (const r of rulings) {
    if (r.deleted || r.status === 'rejected') continue;
    const country = r.country?.trim().toUpperCase() || ANY_COUNTRY;
    if (country !== ANY_COUNTRY && wanted.size > 0 && !wanted.has(country)) continue;
    groups.set(country, [...(groups.get(country) ?? []), r]);
  }
  const result = new Map<string, Ruling>();
  for (const [country, list] of groups) {
    const best = representative(list);
    if (best) result.set(country, best);
  }
  return result;
}

type Level = Conflict['level'];
const SEVERITY: Record<Level, Conflict['severity']> = { hs4: 'severe', hs6: 'conflict', national: 'info' };

/** The highest level at which two codes differ, or undefined when one is a prefix of the other. */
export function differenceLevel(a: string, b: string): Level | undefined {
  if (a.slice(0, 4) !== b.slice(0, 4)) return 'hs4';
  if (a.length >= 6 && b.length >= 6 && a.slice(0, 6) !== b.slice(0, 6)) return 'hs6';
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) !== b.slice(0, n) ? 'national' : undefined;
}

const ORDER: Level[] = ['hs4', 'hs6', 'national'];

/**
 * One conflict per item at its worst level, listing every country's ruling so the reviewer sees the whole
 * picture (country, code, description, status, date, source).
 */
export function findConflicts(rulings: Ruling[], destinations: string[]): Conflict[] {
  const byCountry = [...rulingsByCountry(rulings, destinations).entries()];
  let worst: Level | undefined;
  for (let i = 0; i < byCountry.length; i++) {
    for (let j = i + 1; j < byCountry.length; j++) {
      const level = differenceLevel(byCountry[i]![1].code, byCountry[j]![1].code);
      if (level && (!worst || ORDER.indexOf(level) < ORDER.indexOf(worst))) worst = level;
    }
  }
  if (!worst) return [];
  const conflict: Conflict = {
    level: worst,
    severity: SEVERITY[worst],
    rulings: byCountry.map(([country, r]) => ({
      country,
      code: r.code,
      description: r.description,
      status: r.status,
      decidedAt: r.decidedAt,
      source: r.source,
    })),
  };
  return [conflict];
}
