import type { Conflict, Flag, Lint } from '../classify/types';
import type { RegimeNote } from './schema';
import { describeRegimeNote } from './regimes';

export interface TierCap {
  kind: 'flag' | 'conflict' | 'regime' | 'lint' | 'input';
  detail: string;
}

/**
 * Tier caps (issue 4, point 6): any flag other than `info`, any HS4/HS6 conflict, a volatile destination or
 * a failed lint keeps the item out of `auto` whatever the confidence. Each cap says which check did it, so
 * the popup can tell the seller why a confident code was not filled.
 */
export function flagCaps(flags: Flag[]): TierCap[] {
  return flags
    .filter((f) => f.effect !== 'info')
    .map((f) => ({
      kind: 'flag',
      detail: `${f.rule}: ${f.effect} in ${f.countries.join(', ')} ("${f.keyword}")`,
    }));
}

export function conflictCaps(conflicts: Conflict[]): TierCap[] {
  return conflicts
    .filter((c) => c.severity !== 'info')
    .map((c) => ({
      kind: 'conflict',
      detail: `${c.severity} ${c.level.toUpperCase()} conflict: ${c.rulings.map((r) => `${r.country} ${r.code}`).join(' vs ')}`,
    }));
}

export function regimeCaps(notes: RegimeNote[]): TierCap[] {
  return notes.map((n) => ({ kind: 'regime', detail: describeRegimeNote(n) }));
}

export function lintCaps(lint: Lint[]): TierCap[] {
  return lint.map((l) => ({ kind: 'lint', detail: `${l.rule}: ${l.message}` }));
}
