import regimeData from './data/regimes.json';
import { RegimeFileSchema, type RegimeNote } from './schema';

/**
 * Country regime notes: destinations whose import rules changed recently (low-value-goods taxes, e-commerce
 * import restrictions). While a note is younger than the configured age an item bound there is at least
 * `review`, because last month's confident answer may no longer clear customs. Notes are data: the lead or
 * a compliance person adds one with its date and source, and it expires on its own.
 */
export const REGIME_NOTES: RegimeNote[] = RegimeFileSchema.parse(regimeData).notes;
export const DEFAULT_REGIME_MAX_AGE_DAYS = 180;

const DAY_MS = 86_400_000;

/** Notes for these destinations dated within `maxAgeDays` before `now` (or announced for a later date). */
export function activeRegimeNotes(
  destinations: string[],
  now: Date,
  maxAgeDays: number = DEFAULT_REGIME_MAX_AGE_DAYS,
  notes: RegimeNote[] = REGIME_NOTES,
): RegimeNote[] {
  const wanted = new Set(destinations.map((d) => d.trim().toUpperCase()));
  return notes.filter((note) => {
    if (!wanted.has(note.country)) return false;
    const ageDays = (now.getTime() - Date.parse(`${note.date}T00:00:00Z`)) / DAY_MS;
    return ageDays <= maxAgeDays;
  });
}

export function describeRegimeNote(note: RegimeNote): string {
  return `${note.country}: ${note.title} (${note.date}; ${note.source})`;
}
