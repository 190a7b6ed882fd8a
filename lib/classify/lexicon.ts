import type { LexiconEntry, LexiconFile } from './lexicon-schema';
import { normalizeText, tokenize } from './normalize';
import { stem } from './query';

/**
 * The term lexicon compiled for matching. Latin-script terms match as whole token sequences (stemmed, so
 * "power banks" meets "power bank"); Thai and Chinese terms match as substrings of the space-free text,
 * because ICU word breaks in a seller's run-on title rarely align with the term's own segmentation.
 */
interface Pattern {
  tokens: string[]; // Latin: token sequence; other scripts: one element, the space-free text
  isSubstring: boolean;
}

export interface CompiledEntry {
  entry: LexiconEntry;
  patterns: Pattern[];
  unless: Pattern[];
  refine: { when: Pattern[]; code: string }[];
}

export interface CompiledLexicon {
  entries: CompiledEntry[];
  /** Entry indices by the first token of any Latin pattern, so a title only visits entries it can match. */
  byFirst: Map<string, number[]>;
  /** Entries with Thai/Chinese substring patterns, visited only when the text has non-Latin letters. */
  substring: number[];
}

const LATIN = /^[a-z0-9. ]*$/;

function compilePattern(term: string): Pattern | null {
  const text = normalizeText(term);
  if (!text) return null;
  if (LATIN.test(text)) return { tokens: tokenize(text).map(stem), isSubstring: false };
  return { tokens: [text.replace(/ /g, '')], isSubstring: true };
}

function compileAll(terms: string[]): Pattern[] {
  return terms.map(compilePattern).filter((p): p is Pattern => p !== null && p.tokens.length > 0);
}

export function compileLexicon(files: LexiconFile[]): CompiledLexicon {
  const entries = files.flatMap((f) => f.entries).map((entry) => ({
    entry,
    patterns: compileAll(Object.values(entry.terms).flat()),
    unless: compileAll(entry.unless ?? []),
    refine: (entry.refine ?? []).map((r) => ({ when: compileAll(r.when), code: r.code })),
  }));
  const byFirst = new Map<string, number[]>();
  const substring: number[] = [];
  entries.forEach((c, i) => {
    for (const p of c.patterns) {
      if (p.isSubstring) substring.push(i);
      else byFirst.set(p.tokens[0]!, [...(byFirst.get(p.tokens[0]!) ?? []), i]);
    }
  });
  return { entries, byFirst, substring: [...new Set(substring)] };
}

function candidateEntries(lex: CompiledLexicon, text: MatchText): Set<number> {
  const out = new Set<number>();
  for (const t of text.tokens) for (const i of lex.byFirst.get(t) ?? []) out.add(i);
  if (!LATIN.test(text.compact)) for (const i of lex.substring) out.add(i);
  return out;
}

/** The product text prepared once for all lexicon lookups. */
export interface MatchText {
  tokens: string[];
  compact: string; // normalised text without spaces, for Thai/Chinese substring terms
}

export function prepareMatchText(text: string): MatchText {
  const normalized = normalizeText(text);
  return { tokens: tokenize(normalized).map(stem), compact: normalized.replace(/ /g, '') };
}

/** Start positions of a pattern in the text (substring patterns report position -1 when found). */
export function findPattern(p: Pattern, text: MatchText): number[] {
  if (p.isSubstring) return text.compact.includes(p.tokens[0]!) ? [-1] : [];
  const hits: number[] = [];
  const first = p.tokens[0]!;
  for (let i = 0; i + p.tokens.length <= text.tokens.length; i++) {
    if (text.tokens[i] !== first) continue;
    if (p.tokens.every((t, j) => text.tokens[i + j] === t)) hits.push(i);
  }
  return hits;
}

export function hasAny(patterns: Pattern[], text: MatchText): boolean {
  return patterns.some((p) => findPattern(p, text).length > 0);
}

export interface LexiconHit {
  id: string;
  code: string; // after refine
  baseCode: string;
  term: string; // matched tokens, for provenance
  start: number; // token position, -1 for substring hits
  length: number; // tokens (or characters / 2 for substring hits)
  refined: boolean;
}

/** Every entry whose term occurs in the text and whose `unless` words do not; refine picks the code. */
export function matchLexicon(lex: CompiledLexicon, text: MatchText): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (const idx of candidateEntries(lex, text)) {
    const c = lex.entries[idx]!;
    let best: LexiconHit | null = null;
    for (const p of c.patterns) {
      for (const start of findPattern(p, text)) {
        const length = p.isSubstring ? Math.max(1, p.tokens[0]!.length / 2) : p.tokens.length;
        if (best && best.length >= length) continue;
        best = { id: c.entry.id, code: c.entry.code, baseCode: c.entry.code, term: p.tokens.join(' '), start, length, refined: false };
      }
    }
    if (!best || hasAny(c.unless, text)) continue;
    const rule = c.refine.find((r) => hasAny(r.when, text));
    if (rule) hits.push({ ...best, code: rule.code, refined: true });
    else hits.push(best);
  }
  return dropContained(hits);
}

/** "phone" inside a matched "phone case" is not evidence for phones: keep only maximal spans. */
function dropContained(hits: LexiconHit[]): LexiconHit[] {
  return hits.filter(
    (h) =>
      h.start < 0 ||
      !hits.some(
        (o) => o !== h && o.start >= 0 && o.length > h.length && o.start <= h.start && o.start + o.length >= h.start + h.length,
      ),
  );
}
