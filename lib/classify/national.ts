import type { Nomenclature } from '../hs/nomenclature';
import type { Ruling } from '../db/rulings-schema';
import { indexTokens } from './query';

/**
 * Picks the AHTN 8-digit line under a chosen HS6 for a destination. A team ruling for that destination and
 * subheading decides; otherwise the line whose text shares the most words with the product wins, and the
 * share it wins by scales the HS6 confidence down ("short beats wrong": an unsure line is not filled).
 */
export interface NationalPick {
  code: string;
  share: number; // 0..1, how much of the national-level evidence this line holds
  byRuling: boolean;
}

/** National line tokens, computed once per nomenclature (the lines never change while it is loaded). */
const lineTokens = new WeakMap<Nomenclature, Map<string, Set<string>>>();

function tokensOf(nom: Nomenclature, code: string): Set<string> {
  let cache = lineTokens.get(nom);
  if (!cache) lineTokens.set(nom, (cache = new Map()));
  let tokens = cache.get(code);
  if (!tokens) {
    const line = nom.national.get(code);
    tokens = new Set(indexTokens([line?.en, line?.id, line?.vi].filter(Boolean).join(' ')));
    cache.set(code, tokens);
  }
  return tokens;
}

export function pickNational(
  nom: Nomenclature,
  hs6: string,
  productTokens: string[],
  destinations: string[],
  rulings: Ruling[],
): NationalPick | null {
  const lines = nom.nationalByHs6.get(hs6) ?? [];
  if (lines.length === 0 || destinations.length === 0) return null;
  const ruled = rulings.find(
    (r) => r.code.length >= 8 && r.code.startsWith(hs6) && (!r.country || destinations.includes(r.country)),
  );
  if (ruled && lines.includes(ruled.code.slice(0, 8)))
    return { code: ruled.code.slice(0, 8), share: 1, byRuling: true };
  if (lines.length === 1) return { code: lines[0]!, share: 1, byRuling: false };
  const words = new Set(productTokens);
  const scores = lines.map((code) => {
    let hit = 0;
    for (const t of tokensOf(nom, code)) if (words.has(t)) hit++;
    // "Other" lines are the default when nothing specific matches.
    return { code, score: hit + (/(?:90|00)$/.test(code) ? 0.5 : 0) + 0.1 };
  });
  scores.sort((a, b) => b.score - a.score);
  const total = scores.reduce((a, s) => a + s.score, 0);
  return { code: scores[0]!.code, share: scores[0]!.score / total, byRuling: false };
}
