import type { RankedCode } from './score';

/**
 * The `n` codes shown: the best ones, at most MAX_PER_HEADING from one heading while others are in the running
 * (when the heading itself is wrong, five siblings of it are five wrong leads; a reviewer needs alternatives),
 * and the lead codes (score.ts LEAD_FEATURES) in any case. Kept in rank order.
 */
const MAX_PER_HEADING = 4;
export function shortlist(ranked: RankedCode[], leads: string[], n: number): RankedCode[] {
  const capped: RankedCode[] = [];
  const rest: RankedCode[] = [];
  const perHeading = new Map<string, number>();
  for (const r of ranked) {
    const h = r.code.slice(0, 4);
    const seen = perHeading.get(h) ?? 0;
    perHeading.set(h, seen + 1);
    (seen < MAX_PER_HEADING ? capped : rest).push(r);
  }
  const order = [...capped, ...rest];
  const lead = order.filter((r) => leads.includes(r.code));
  const picked = new Set(order.slice(0, Math.max(1, n - lead.length)));
  for (const r of [...lead, ...order]) if (picked.size < n) picked.add(r);
  return ranked.filter((r) => picked.has(r));
}
