import { KNOWN_COUNTRIES, type Flag } from '../classify/types';
import type { CompiledRule } from './catalog';
import { findPhrase, isInside, spanText } from './match';
import { indexNegations, isNegated, type NegationIndex } from './negation';
import type { PreparedText } from './text';

/** One reason a rule fired: a keyword as written (or an HS prefix among the candidates). */
export interface Hit {
  keyword: string;
  negated: boolean;
}

/** Keyword hits of one rule, false friends removed ("knife pleat", "battery of tests"). */
export function ruleHits(rule: CompiledRule, text: PreparedText, negations: NegationIndex): Hit[] {
  const excluded = rule.exclude.flatMap((p) => findPhrase(text.clauses, p));
  const hits: Hit[] = [];
  for (const phrase of rule.phrases) {
    for (const span of findPhrase(text.clauses, phrase)) {
      if (isInside(span, excluded)) continue;
      hits.push({ keyword: spanText(text.source, text.clauses, span), negated: isNegated(span, negations) });
    }
  }
  return hits;
}

/**
 * HS prefixes fire on the engine's candidates too: a product classified as a lithium cell is one. Only the
 * leading candidates count (they arrive in rank order): on the benchmark, the 4th and 5th leads were often
 * unrelated headings (a frame bracket reaching 2402 tobacco) and flagged noise rather than risk.
 */
export const HS_TRIGGER_DEPTH = 2;

export function hsHits(rule: CompiledRule, candidateCodes: string[]): Hit[] {
  const leading = candidateCodes.slice(0, HS_TRIGGER_DEPTH);
  const code = leading.find((c) => rule.hsPrefixes.some((p) => c.startsWith(p)));
  return code ? [{ keyword: `HS ${code}`, negated: false }] : [];
}

/** A plain hit wins over a negated one: "no battery … lithium battery 3000mAh" is still a battery. */
function decisiveHit(hits: Hit[]): Hit | undefined {
  return hits.find((h) => !h.negated) ?? hits[0];
}

/** Destinations to report on: the item's own, or the whole region when the seller gave none. */
export function destinationsOrRegion(destinations: string[]): string[] {
  const list = destinations.map((d) => d.trim().toUpperCase()).filter(Boolean);
  return list.length > 0 ? [...new Set(list)] : [...KNOWN_COUNTRIES];
}

/** One flag per distinct effect: e-cigarettes are `prohibited` in SG, TH, VN but `permit` in MY, ID, PH. */
export function flagsForRule(rule: CompiledRule, hit: Hit, destinations: string[]): Flag[] {
  const groups = new Map<string, Flag>();
  for (const country of destinations) {
    const entry = rule.effects[country] ?? rule.effects.default;
    if (!entry) continue;
    const effect = hit.negated ? 'info' : entry.effect;
    // A negated mention is one `info` flag for all countries: the per-country detail is noise until confirmed.
    const key = hit.negated ? 'negated' : `${effect}|${entry.reason}|${entry.source}`;
    const existing = groups.get(key);
    if (existing) {
      existing.countries.push(country);
      continue;
    }
    const reason = hit.negated
      ? `Mentioned as absent ("${hit.keyword}"); check: ${entry.reason}`
      : entry.reason;
    groups.set(key, {
      rule: rule.id,
      category: rule.category,
      keyword: hit.keyword,
      countries: [country],
      effect,
      reason,
      source: entry.source,
      ...(hit.negated ? { negated: true } : {}),
    });
  }
  return [...groups.values()];
}

export function evaluateFlags(
  rules: CompiledRule[],
  text: PreparedText,
  destinations: string[],
  candidateCodes: string[],
): Flag[] {
  const negations = indexNegations(text.clauses);
  const countries = destinationsOrRegion(destinations);
  return rules.flatMap((rule) => {
    const hit = decisiveHit([...ruleHits(rule, text, negations), ...hsHits(rule, candidateCodes)]);
    return hit ? flagsForRule(rule, hit, countries) : [];
  });
}
