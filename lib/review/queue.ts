import { normalizeKey } from '../classify/normalize';
import type { QueueItem } from '../messages-review';

/** How old an exception is, as the review queue's age filter offers it. */
export const AGE_FILTERS = ['any', 'today', 'week', 'older'] as const;
export type AgeFilter = (typeof AGE_FILTERS)[number];

export interface QueueFilter {
  site?: string;
  destination?: string;
  rule?: string;
  age?: AgeFilter;
}

const DAY = 86_400_000;

/**
 * The reasons an item is in the queue, as filterable names: each flag rule that fired (negated mentions such
 * as "no battery" do not count), each description lint, "conflict" for disagreeing rulings, the other cap
 * kinds (regime change, bad input), and "low-confidence" for manual items.
 */
export function rulesOf(item: QueueItem): string[] {
  const r = item.product.result;
  const names = [
    ...(r?.flags.filter((f) => !f.negated).map((f) => f.rule) ?? []),
    ...(r?.lint.map((l) => `lint:${l.rule}`) ?? []),
    ...(r?.conflicts.length ? ['conflict'] : []),
    ...(r?.capped.filter((c) => c.kind === 'regime' || c.kind === 'input').map((c) => c.kind) ?? []),
    ...(item.tier === 'manual' ? ['low-confidence'] : []),
  ];
  return [...new Set(names)];
}

export function destinationsOf(item: QueueItem): string[] {
  return item.product.destinations ?? [];
}

export function matchesAge(createdAt: number, age: AgeFilter, now: number): boolean {
  const days = (now - createdAt) / DAY;
  if (age === 'today') return days < 1;
  if (age === 'week') return days < 7;
  if (age === 'older') return days >= 7;
  return true;
}

/** Oldest first: whoever waited longest is decided first. */
export function filterQueue(items: QueueItem[], filter: QueueFilter, now = Date.now()): QueueItem[] {
  return items
    .filter(
      (i) =>
        (!filter.site || i.product.site === filter.site) &&
        (!filter.destination || destinationsOf(i).includes(filter.destination)) &&
        (!filter.rule || rulesOf(i).includes(filter.rule)) &&
        matchesAge(i.createdAt, filter.age ?? 'any', now),
    )
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The choices each filter offers, from what is actually in the queue. */
export function filterChoices(items: QueueItem[]): {
  sites: string[];
  destinations: string[];
  rules: string[];
} {
  const sorted = (xs: string[]) => [...new Set(xs)].sort();
  return {
    sites: sorted(items.map((i) => i.product.site)),
    destinations: sorted(items.flatMap(destinationsOf)),
    rules: sorted(items.flatMap(rulesOf)),
  };
}

/** Identical products share a normalised title (the same key a team ruling is stored under). */
export function identityKey(item: QueueItem): string {
  return normalizeKey(item.product.title) || item.product.id;
}

/** Items grouped by identity, in queue order; the bulk accept offers one decision for a whole group. */
export function groupIdentical(items: QueueItem[]): Map<string, QueueItem[]> {
  const groups = new Map<string, QueueItem[]>();
  for (const item of items) {
    const key = identityKey(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** The code a reviewer most likely accepts: the engine's confident code, else its best candidate. */
export function suggestedCode(item: QueueItem): string {
  const r = item.product.result;
  return r?.code ?? r?.candidates[0]?.code ?? '';
}
