import type { LexiconFile } from './lexicon-schema';
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
  /** A Latin term written with diacritics ("cáp", "ốp lưng"): its tokens as written, for accented text. */
  accented?: string[];
}

export interface CompiledEntry {
  id: string;
  code: string;
  /** The entry's first English term: a title in another language also searches the English nomenclature with it. */
  name: string;
  /**
   * Patterns as encoded strings (PrecompiledEntry), decoded only while a text is being matched: keeping the
   * decoded objects would grow the service worker by ~20 MB as more entries get tried.
   */
  encoded: Pick<PrecompiledEntry, 3 | 4 | 5>;
}

/** A reference to one term pattern: entry index * PATTERN_SLOTS + the pattern's index in the entry. */
const PATTERN_SLOTS = 1024;

export interface CompiledLexicon {
  entries: CompiledEntry[];
  /** Term patterns by their first token (Latin), so a title only tries the terms it can match. */
  byFirst: Map<string, number[]>;
  /**
   * Term patterns by their first two characters (one for a one-character term) for Thai/Chinese substring
   * terms, so a non-Latin title only tries the terms that could start somewhere in it.
   */
  bySubstring: Map<string, number[]>;
}

const LATIN = /^[a-z0-9. ]*$/;

function compilePattern(term: string): Pattern | null {
  const text = normalizeText(term);
  if (!text) return null;
  // Normalised Latin text is already tokenised by its spaces (tokenize would normalise it a second time).
  if (LATIN.test(text)) {
    const tokens = text.split(' ').map(stem);
    const written = normalizeText(term, true);
    if (written === text) return { tokens, isSubstring: false };
    const accented = written.split(' ').map(stem);
    return accented.length === tokens.length
      ? { tokens, isSubstring: false, accented }
      : { tokens, isSubstring: false };
  }
  return { tokens: [text.replace(/ /g, '')], isSubstring: true };
}

function compileAll(terms: string[], memo: Map<string, Pattern | null>): Pattern[] {
  const out: Pattern[] = [];
  for (const term of terms) {
    let p = memo.get(term);
    if (p === undefined) memo.set(term, (p = compilePattern(term)));
    if (p !== null && p.tokens.length > 0) out.push(p);
  }
  return out;
}

/**
 * The shipped form of the lexicon (public/data/lexicon.json, written by scripts/build-data.ts): only what
 * matching needs, with the patterns already normalised and stemmed, so a service-worker cold start neither
 * parses the raw terms nor normalises 30,000 of them. One row per entry, in file order:
 * [id, code, name, term patterns, unless patterns, refine rules as [code, when patterns]].
 * A pattern string is the stemmed tokens joined by spaces, then "|" and the tokens as written when the term has
 * diacritics; or "~" + the space-free text for Thai/Chinese.
 */
export type PrecompiledEntry = [string, string, string, string[], string[], [string, string[]][]];
export interface PrecompiledLexicon {
  version: 2;
  entries: PrecompiledEntry[];
}

const encode = (p: Pattern) =>
  p.isSubstring ? `~${p.tokens[0]}` : p.tokens.join(' ') + (p.accented ? `|${p.accented.join(' ')}` : '');

export function precompileLexicon(files: LexiconFile[]): PrecompiledLexicon {
  // The same term recurs across languages and entries ("serum" in en, id, ms, vi): normalise it once.
  const memo = new Map<string, Pattern | null>();
  const encodeAll = (terms: string[]) => compileAll(terms, memo).map(encode);
  return {
    version: 2,
    entries: files
      .flatMap((f) => f.entries)
      .map((e) => [
        e.id,
        e.code,
        e.terms.en?.[0] ?? '',
        encodeAll(Object.values(e.terms).flat()),
        encodeAll(e.unless ?? []),
        (e.refine ?? []).map((r) => [r.code, encodeAll(r.when)]),
      ]),
  };
}

function decodePattern(s: string): Pattern {
  if (s.charCodeAt(0) === 126) return { tokens: [s.slice(1)], isSubstring: true }; // "~"
  const bar = s.indexOf('|');
  if (bar < 0) return { tokens: s.split(' '), isSubstring: false };
  return { tokens: s.slice(0, bar).split(' '), isSubstring: false, accented: s.slice(bar + 1).split(' ') };
}

/** Does any of these encoded patterns occur in the text? */
function hasAny(encoded: string[], text: MatchText): boolean {
  return encoded.some((s) => findPattern(decodePattern(s), text).length > 0);
}

/** Compiles the source files, or loads the shipped precompiled form. */
export function compileLexicon(source: LexiconFile[] | PrecompiledLexicon): CompiledLexicon {
  const rows = Array.isArray(source) ? precompileLexicon(source).entries : source.entries;
  const entries: CompiledEntry[] = rows.map((row) => ({
    id: row[0],
    code: row[1],
    name: row[2],
    encoded: row,
  }));
  const byFirst = new Map<string, number[]>();
  const bySubstring = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, ref: number) => {
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  rows.forEach((row, i) => {
    if (row[3].length > PATTERN_SLOTS) throw new Error(`lexicon entry ${row[0]} has too many terms`);
    row[3].forEach((p, k) => {
      const ref = i * PATTERN_SLOTS + k;
      if (p.charCodeAt(0) === 126) push(bySubstring, p.slice(1, 3), ref);
      else {
        const end = p.search(/[ |]/);
        push(byFirst, end < 0 ? p : p.slice(0, end), ref);
      }
    });
  });
  return { entries, byFirst, bySubstring };
}

/** The term patterns that could occur in the text, grouped by entry (entry index → pattern indices). */
function candidatePatterns(lex: CompiledLexicon, text: MatchText): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const add = (refs: number[] | undefined) => {
    for (const ref of refs ?? []) {
      const entry = Math.floor(ref / PATTERN_SLOTS);
      const list = out.get(entry);
      if (list) list.push(ref % PATTERN_SLOTS);
      else out.set(entry, [ref % PATTERN_SLOTS]);
    }
  };
  const index = textIndex(text);
  for (const t of index.at.keys()) add(lex.byFirst.get(t));
  if (!index.latin) {
    const c = text.compact;
    for (let k = 0; k < c.length; k++) {
      add(lex.bySubstring.get(c[k]!));
      add(lex.bySubstring.get(c.slice(k, k + 2)));
    }
  }
  return out;
}

/** The product text prepared once for all lexicon lookups. */
export interface MatchText {
  tokens: string[];
  /**
   * The same words as written, present when the text has Latin diacritics: a word typed with them must match
   * a term's written form ("cao cấp" is not the English "cap"), a word typed without them matches folded.
   */
  accented?: string[];
  compact: string; // normalised text without spaces, for Thai/Chinese substring terms
}

export function prepareMatchText(text: string): MatchText {
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized).map(stem);
  const compact = normalized.replace(/ /g, '');
  const written = normalizeText(text, true);
  if (written === normalized) return { tokens, compact };
  const accented = tokenize(written, true).map(stem);
  return accented.length === tokens.length ? { tokens, compact, accented } : { tokens, compact };
}

/**
 * Per text, built on first use: where each token occurs, and whether the text is Latin-only (then no Thai or
 * Chinese substring term can occur in it). Matching an entry's dozens of terms then costs a few map lookups
 * instead of a scan of a 2,000-character description per term.
 */
interface TextIndex {
  at: Map<string, number[]>;
  latin: boolean;
}
const textIndexes = new WeakMap<MatchText, TextIndex>();

function textIndex(text: MatchText): TextIndex {
  let index = textIndexes.get(text);
  if (!index) {
    const at = new Map<string, number[]>();
    text.tokens.forEach((t, i) => {
      const list = at.get(t);
      if (list) list.push(i);
      else at.set(t, [i]);
    });
    textIndexes.set(text, (index = { at, latin: LATIN.test(text.compact) }));
  }
  return index;
}

/** Start positions of a pattern in the text (substring patterns report position -1 when found). */
export function findPattern(p: Pattern, text: MatchText): number[] {
  const index = textIndex(text);
  if (p.isSubstring) return !index.latin && text.compact.includes(p.tokens[0]!) ? [-1] : [];
  const starts = index.at.get(p.tokens[0]!);
  if (!starts) return [];
  const written = text.accented;
  const fits = (i: number, j: number) => {
    if (text.tokens[i + j] !== p.tokens[j]) return false;
    const typed = written?.[i + j];
    return typed === undefined || typed === text.tokens[i + j] || typed === (p.accented ?? p.tokens)[j];
  };
  return starts.filter(
    (i) => i + p.tokens.length <= text.tokens.length && p.tokens.every((_, j) => fits(i, j)),
  );
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
  for (const [idx, tried] of candidatePatterns(lex, text)) {
    const c = lex.entries[idx]!;
    const [patterns, unless, refine] = [c.encoded[3], c.encoded[4], c.encoded[5]];
    let best: LexiconHit | null = null;
    for (const k of [...new Set(tried)].sort((a, b) => a - b)) {
      const p = decodePattern(patterns[k]!);
      for (const start of findPattern(p, text)) {
        const length = p.isSubstring ? Math.max(1, p.tokens[0]!.length / 2) : p.tokens.length;
        if (best && best.length >= length) continue;
        best = {
          id: c.id,
          code: c.code,
          baseCode: c.code,
          term: p.tokens.join(' '),
          start,
          length,
          refined: false,
        };
      }
    }
    if (!best || hasAny(unless, text)) continue;
    const rule = refine.find(([, when]) => hasAny(when, text));
    if (rule) hits.push({ ...best, code: rule[0], refined: true });
    else hits.push(best);
  }
  return dropContained(hits, text);
}

/** Character positions of every occurrence of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * "phone" inside a matched "phone case" is not evidence for phones: keep only maximal spans. For Thai and
 * Chinese substring terms the same holds by characters: "พาย" (pie) inside "กระเป๋าสะพาย" (shoulder bag) is
 * dropped when every occurrence of it lies inside an occurrence of a longer matched term.
 */
function dropContained(hits: LexiconHit[], text: MatchText): LexiconHit[] {
  const subs = hits.filter((h) => h.start < 0).map((h) => ({ h, at: occurrences(text.compact, h.term) }));
  const insideLonger = (h: LexiconHit) => {
    const mine = subs.find((x) => x.h === h)!;
    const longer = subs.filter((x) => x.h.term.length > h.term.length && x.h.term.includes(h.term));
    return (
      mine.at.length > 0 &&
      mine.at.every((i) =>
        longer.some((o) => o.at.some((j) => j <= i && i + h.term.length <= j + o.h.term.length)),
      )
    );
  };
  return hits.filter((h) =>
    h.start < 0
      ? !insideLonger(h)
      : !hits.some(
          (o) =>
            o !== h &&
            o.start >= 0 &&
            o.length > h.length &&
            o.start <= h.start &&
            o.start + o.length >= h.start + h.length,
        ),
  );
}
