import type { Nomenclature } from '../hs/nomenclature';
import type { Features } from './calibration';
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
  /** Lexicon entries whose terms the title partly shares (BM25 over entries): [code, score], best first. */
  fuzzy: [string, number][];
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
  /** Codes the short list keeps whatever their rank (see LEAD_FEATURES). */
  leads: string[];
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

/**
 * Partial lexicon matches good enough to bring their codes into the running (their weight decides the rest):
 * the best five, and only those scoring at least 70% of the best, so one shared common word ("bank" in "power
 * bank" and "piggy bank") does not add a stranger. (0.7 was picked from 0.5-0.9 on the dev set; it moves
 * out-of-fold accuracy by under a point either way.)
 */
const FUZZY_CANDIDATES = 5;
const FUZZY_MIN_SHARE = 0.7;

/** Every HS6 some evidence points at: BM25 hits, lexicon codes (headings expand to their subheadings), rulings. */
function candidateSet(nom: Nomenclature, ev: Evidence): Set<string> {
  const out = new Set<string>(ev.bm.map(([c]) => c));
  for (const h of ev.lexHits) {
    if (h.code.length === 6) out.add(h.code);
    else for (const c of nom.subheadings.get(h.code) ?? []) out.add(c);
    // A refined hit keeps its siblings in the running: the refine word may be wrong for this product.
    if (h.baseCode.length === 4) for (const c of nom.subheadings.get(h.baseCode) ?? []) out.add(c);
  }
  for (const n of ev.knn) if (nom.hs.has(n.ruling.code.slice(0, 6))) out.add(n.ruling.code.slice(0, 6));
  const cut = (ev.fuzzy[0]?.[1] ?? 0) * FUZZY_MIN_SHARE;
  for (const [code, score] of ev.fuzzy.slice(0, FUZZY_CANDIDATES)) {
    if (score < cut) break;
    if (code.length === 6) out.add(code);
    else for (const c of nom.subheadings.get(code) ?? []) out.add(c);
  }
  return out;
}

/**
 * What each candidate HS6 has going for it. The ranking score is a weighted sum of these (weights are data:
 * calibration.json `rank`, fitted by `npm run bench -- --fit`, cross-validated; see fitRankWeights).
 */
export const RANK_FEATURES = [
  'lex4', // lexicon weight on the candidate's heading, relative to the best heading
  'lex6', // lexicon weight on the subheading itself
  'bm6', // BM25 score relative to the best document
  'bm4', // best BM25 score within the heading
  'knn6', // similarity-weighted share of the team rulings' votes for the subheading
  'knn4', // ... for the heading
  'fuzzy4', // partial lexicon match (BM25 over entries) on the heading, relative to the best
  'fuzzy6', // ... on the subheading
] as const;
export type RankFeature = (typeof RANK_FEATURES)[number];
/** Missing weights count as 0, so calibration.json can name only the features it uses. */
export type RankWeights = Partial<Record<RankFeature, number>>;

export interface CandidateFeatures {
  codes: string[];
  rows: number[][]; // per candidate, values in RANK_FEATURES order
}

type Scores = ReturnType<typeof lexiconScores> & ReturnType<typeof knnScores>;

export function candidateFeatures(nom: Nomenclature, ev: Evidence): CandidateFeatures {
  return featureRows(nom, ev, { ...lexiconScores(ev), ...knnScores(ev) });
}

function featureRows(nom: Nomenclature, ev: Evidence, scores: Scores): CandidateFeatures {
  const { lex4, lex6, knn6, knn4 } = scores;
  const bmTop = ev.bm[0]?.[1] ?? 0;
  const bm6 = new Map(ev.bm.map(([c, s]) => [c, bmTop > 0 ? s / bmTop : 0]));
  const bm4 = new Map<string, number>();
  for (const [c, s] of bm6) bm4.set(c.slice(0, 4), Math.max(bm4.get(c.slice(0, 4)) ?? 0, s));
  const fzTop = ev.fuzzy[0]?.[1] ?? 0;
  const fz4 = new Map<string, number>();
  const fz6 = new Map<string, number>();
  for (const [code, sc] of ev.fuzzy) {
    const v = fzTop > 0 ? sc / fzTop : 0;
    const h4 = code.slice(0, 4);
    fz4.set(h4, Math.max(fz4.get(h4) ?? 0, v));
    if (code.length === 6) fz6.set(code, Math.max(fz6.get(code) ?? 0, v));
  }
  // Each feature's scores, keyed by heading (…4) or by subheading (…6).
  const maps: Record<RankFeature, Map<string, number>> = {
    lex4,
    lex6,
    bm6,
    bm4,
    knn6,
    knn4,
    fuzzy4: fz4,
    fuzzy6: fz6,
  };
  const codes = [...candidateSet(nom, ev)];
  const rows = codes.map((code) =>
    RANK_FEATURES.map((n) => maps[n].get(n.endsWith('4') ? code.slice(0, 4) : code) ?? 0),
  );
  return { codes, rows };
}

/** Which kind of evidence a candidate owes most of its score to (shown to the seller as its source). */
const SOURCE_OF: Record<RankFeature, CandidateSource> = {
  lex4: 'lexicon',
  lex6: 'lexicon',
  fuzzy4: 'lexicon',
  fuzzy6: 'lexicon',
  bm6: 'nomenclature',
  bm4: 'nomenclature',
  knn6: 'ruling',
  knn4: 'ruling',
};
const SOURCES = (['lexicon', 'nomenclature', 'ruling'] as const).map(
  (source) => [source, RANK_FEATURES.flatMap((n, j) => (SOURCE_OF[n] === source ? [j] : []))] as const,
);

function sourceOf(x: number[], w: number[]): CandidateSource {
  let best: CandidateSource = 'lexicon';
  let bestPart = -Infinity;
  for (const [source, at] of SOURCES) {
    const part = at.reduce((a, j) => a + w[j]! * x[j]!, 0);
    if (part > bestPart) [best, bestPart] = [source, part];
  }
  return best;
}

/**
 * Evidence whose single best candidate always makes the short list: the subheading whose own nomenclature
 * text is closest to the product (BM25), and the subheading a lexicon term names outright. When the weighted
 * mix prefers another heading, a reviewer still sees what the tariff text and the term lexicon say on their own.
 */
const LEAD_FEATURES: RankFeature[] = ['bm6', 'lex6'];

/** Per lead feature, the ranked code with the highest value (the better-ranked one on ties), if any is > 0. */
function leadCodes(ranked: RankedCode[], codes: string[], rows: number[][]): string[] {
  const row = new Map(codes.map((c, i) => [c, rows[i]!]));
  return LEAD_FEATURES.flatMap((f) => {
    const j = RANK_FEATURES.indexOf(f);
    let best: string | undefined;
    let value = 0;
    for (const r of ranked) {
      const v = row.get(r.code)![j]!;
      if (v > value) [best, value] = [r.code, v];
    }
    return best ? [best] : [];
  });
}

export function rankCodes(nom: Nomenclature, ev: Evidence, w: RankWeights): Ranking {
  const scores = { ...lexiconScores(ev), ...knnScores(ev) };
  const { codes, rows } = featureRows(nom, ev, scores);
  const wv = RANK_FEATURES.map((n) => w[n] ?? 0);
  const total = rows.map((x) => x.reduce((a, v, j) => a + wv[j]! * v, 0));
  const max = Math.max(0, ...total);
  const exps = total.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0) || 1;
  const ranked = codes
    .map((code, i) => ({ code, p: exps[i]! / sum, source: sourceOf(rows[i]!, wv) }))
    .sort((a, b) => b.p - a.p || a.code.localeCompare(b.code));
  const p4 = new Map<string, number>();
  for (const r of ranked) add(p4, r.code.slice(0, 4), r.p);
  return {
    ranked,
    leads: leadCodes(ranked, codes, rows),
    p4,
    features: features(ranked, p4, { ...scores, ev }),
  };
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
    knnAny: s.ev.knn.length > 0 ? 1 : 0,
  };
}
