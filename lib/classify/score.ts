import type { Nomenclature } from '../hs/nomenclature';
import type { Calibration, Features } from './calibration';
import type { LexiconHit } from './lexicon';
import type { RulingNeighbour } from './ruling-index';
import type { CandidateSource } from './types';

/**
 * Mixes the three kinds of evidence into one score per HS6 and aggregates it up to HS4. Lexicon hits name a
 * heading or subheading; BM25 ranks subheadings by nomenclature text; rulings vote with their similarity.
 * A lexicon heading without a subheading leaves the choice among its children to BM25 and the rulings.
 */
export interface Evidence {
  lexHits: (LexiconHit & { weight: number })[];
  bm: [string, number][];
  knn: RulingNeighbour[];
  /** The title names an accessory, part or purpose ("case for", "cover", "replacement"), see evidence.ts. */
  accessory: boolean;
}

export interface RankedCode {
  code: string; // HS6
  p: number; // softmax share among candidates, before calibration
  source: CandidateSource;
}

export interface Ranking {
  ranked: RankedCode[];
  p4: Map<string, number>;
  features: Features;
}

function add(map: Map<string, number>, key: string, v: number): void {
  map.set(key, (map.get(key) ?? 0) + v);
}

function normalizeMax(map: Map<string, number>): Map<string, number> {
  const max = Math.max(0, ...map.values());
  return new Map([...map].map(([k, v]) => [k, max > 0 ? v / max : 0]));
}

function lexiconScores(ev: Evidence): { lex4: Map<string, number>; lex6: Map<string, number> } {
  const lex4 = new Map<string, number>();
  const lex6 = new Map<string, number>();
  for (const h of ev.lexHits) {
    add(lex4, h.code.slice(0, 4), h.weight);
    if (h.code.length === 6) add(lex6, h.code, h.weight);
  }
  return { lex4: normalizeMax(lex4), lex6: normalizeMax(lex6) };
}

function knnScores(ev: Evidence): { knn6: Map<string, number>; knn4: Map<string, number> } {
  const knn6 = new Map<string, number>();
  const knn4 = new Map<string, number>();
  let total = 0;
  for (const n of ev.knn) {
    const w = n.similarity ** 2;
    total += w;
    add(knn6, n.ruling.code.slice(0, 6), w);
    add(knn4, n.ruling.code.slice(0, 4), w);
  }
  const share = (m: Map<string, number>) => new Map([...m].map(([k, v]) => [k, total > 0 ? v / total : 0]));
  return { knn6: share(knn6), knn4: share(knn4) };
}

/** Every HS6 some evidence points at: BM25 hits, lexicon codes (headings expand to their subheadings), rulings. */
function candidateSet(nom: Nomenclature, ev: Evidence): Set<string> {
  const out = new Set<string>(ev.bm.map(([c]) => c));
  for (const h of ev.lexHits) {
    if (h.code.length === 6) out.add(h.code);
    else for (const c of nom.subheadings.get(h.code) ?? []) out.add(c);
  }
  for (const n of ev.knn) if (nom.hs.has(n.ruling.code.slice(0, 6))) out.add(n.ruling.code.slice(0, 6));
  return out;
}

export function rankCodes(nom: Nomenclature, ev: Evidence, mix: Calibration['mix']): Ranking {
  const { lex4, lex6 } = lexiconScores(ev);
  const { knn6, knn4 } = knnScores(ev);
  const bmTop = ev.bm[0]?.[1] ?? 0;
  const bm6 = new Map(ev.bm.map(([c, s]) => [c, bmTop > 0 ? s / bmTop : 0]));
  const bm4 = new Map<string, number>();
  for (const [c, s] of bm6) bm4.set(c.slice(0, 4), Math.max(bm4.get(c.slice(0, 4)) ?? 0, s));

  const scored = [...candidateSet(nom, ev)].map((code) => {
    const h4 = code.slice(0, 4);
    // A catch-all "other" subheading is the usual home of an unspecified product within its heading.
    const otherPrior = /(90|00)$/.test(code) ? 0.05 : 0;
    const parts = {
      lexicon: mix.lex4 * (lex4.get(h4) ?? 0) + mix.lex6 * (lex6.get(code) ?? 0),
      nomenclature: mix.bm * ((bm6.get(code) ?? 0) + 0.5 * (bm4.get(h4) ?? 0)),
      ruling: mix.knn * ((knn6.get(code) ?? 0) + 0.5 * (knn4.get(h4) ?? 0)),
    };
    const source = (Object.entries(parts) as [CandidateSource, number][]).sort((a, b) => b[1] - a[1])[0]![0];
    return { code, score: parts.lexicon + parts.nomenclature + parts.ruling + otherPrior, source };
  });
  const max = Math.max(0, ...scored.map((s) => s.score));
  const exps = scored.map((s) => Math.exp((s.score - max) / mix.temperature));
  const sum = exps.reduce((a, b) => a + b, 0) || 1;
  const ranked = scored
    .map((s, i) => ({ code: s.code, p: exps[i]! / sum, source: s.source }))
    .sort((a, b) => b.p - a.p || a.code.localeCompare(b.code));
  const p4 = new Map<string, number>();
  for (const r of ranked) add(p4, r.code.slice(0, 4), r.p);
  return { ranked, p4, features: features(ranked, p4, { lex4, lex6, knn6, ev }) };
}

function features(
  ranked: RankedCode[],
  p4: Map<string, number>,
  s: { lex4: Map<string, number>; lex6: Map<string, number>; knn6: Map<string, number>; ev: Evidence },
): Features {
  const top = ranked[0];
  const h4 = top?.code.slice(0, 4) ?? '';
  let lexTotal = 0;
  let lexTop = 0;
  let span = 0;
  for (const h of s.ev.lexHits) {
    lexTotal += h.weight;
    if (h.code.slice(0, 4) !== h4) continue;
    lexTop += h.weight;
    span = Math.max(span, h.length);
  }
  return {
    bias: 1,
    p6: top?.p ?? 0,
    p4: p4.get(h4) ?? 0,
    margin6: (top?.p ?? 0) - (ranked[1]?.p ?? 0),
    lexHs4: s.lex4.get(h4) ?? 0,
    lexHs6: top ? (s.lex6.get(top.code) ?? 0) : 0,
    lexConflict: s.lex4.size > 1 ? 1 : 0,
    lexShare: lexTotal > 0 ? lexTop / lexTotal : 0,
    lexSpan: Math.min(1, span / 3),
    accessory: s.ev.accessory ? 1 : 0,
    bmAgree: s.ev.bm[0]?.[0].slice(0, 4) === h4 ? 1 : 0,
    knnShare: top ? (s.knn6.get(top.code) ?? 0) : 0,
    knnSim: s.ev.knn[0]?.similarity ?? 0,
  };
}
