import { hasNoSpaceScript, type Phrase } from './phrase';
import type { Clause, Token } from './text';

export { compilePhrase, type Phrase } from './phrase';

/** A matched phrase: token range [start, end) inside one clause. */
export interface Span {
  clause: number;
  start: number;
  end: number;
}

/**
 * Where each word occurs, built once per text: a 50 kB description is matched against ~1,000 phrases, so
 * each phrase looks up its first word instead of scanning every token.
 */
interface TextIndex {
  positions: Map<string, [number, number][]>;
  /** Clauses holding Thai or Chinese, the only ones compact phrases can match in. */
  compactClauses: number[];
}
const INDEXES = new WeakMap<Clause[], TextIndex>();

function indexOf(clauses: Clause[]): TextIndex {
  let index = INDEXES.get(clauses);
  if (index) return index;
  const positions = new Map<string, [number, number][]>();
  const compactClauses: number[] = [];
  clauses.forEach((clause, c) => {
    clause.tokens.forEach((t, i) => {
      const list = positions.get(t.norm);
      if (list) list.push([c, i]);
      else positions.set(t.norm, [[c, i]]);
    });
    if (hasNoSpaceScript(clause.compact)) compactClauses.push(c);
  });
  index = { positions, compactClauses };
  INDEXES.set(clauses, index);
  return index;
}

/** "dao" (knife) must not match "đảo" (island), but a seller typing without diacritics writes "dao" for both. */
function diacriticsAgree(token: Token, kw: { lower: string }, phrase: Phrase): boolean {
  return !phrase.strict || !token.hasMarks || token.lower === kw.lower;
}

function matchTokensAt(clause: Clause, phrase: Phrase, at: number): boolean {
  const kws = phrase.tokens;
  for (let k = 0; k < kws.length; k++) {
    const token = clause.tokens[at + k];
    const forms = k === kws.length - 1 ? phrase.lastForms : [kws[k]!.norm];
    if (!token || !forms.includes(token.norm) || !diacriticsAgree(token, kws[k]!, phrase)) return false;
  }
  return true;
}

function findTokens(clauses: Clause[], phrase: Phrase): Span[] {
  const { positions } = indexOf(clauses);
  const spans: Span[] = [];
  for (const form of phrase.firstForms) {
    for (const [c, i] of positions.get(form) ?? []) {
      if (matchTokensAt(clauses[c]!, phrase, i))
        spans.push({ clause: c, start: i, end: i + phrase.tokens.length });
    }
  }
  for (const form of phrase.joinedForms) {
    for (const [c, i] of positions.get(form) ?? []) spans.push({ clause: c, start: i, end: i + 1 });
  }
  return spans.sort((a, b) => a.clause - b.clause || a.start - b.start);
}

/** The smallest token range covering compact offsets [from, to). */
function widen(clause: Clause, from: number, to: number, index: number): Span {
  let start = 0;
  while (start + 1 < clause.offsets.length && clause.offsets[start + 1]! <= from) start++;
  let end = start + 1;
  while (end < clause.offsets.length && clause.offsets[end]! < to) end++;
  return { clause: index, start, end };
}

function findCompactIn(clause: Clause, phrase: Phrase, index: number): Span[] {
  const spans: Span[] = [];
  const needle = phrase.compact;
  for (let p = clause.compact.indexOf(needle); p >= 0; p = clause.compact.indexOf(needle, p + 1)) {
    const startAt = clause.offsets.indexOf(p);
    const endOffset = p + needle.length;
    const endAt =
      endOffset === clause.compact.length ? clause.tokens.length : clause.offsets.indexOf(endOffset);
    if (startAt >= 0 && endAt > startAt) spans.push({ clause: index, start: startAt, end: endAt });
    else if (phrase.relaxed && (startAt >= 0 || endAt >= 0)) spans.push(widen(clause, p, endOffset, index));
  }
  return spans;
}

export function findPhrase(clauses: Clause[], phrase: Phrase): Span[] {
  if (phrase.mode === 'tokens') return phrase.tokens.length ? findTokens(clauses, phrase) : [];
  if (!phrase.compact) return [];
  return indexOf(clauses).compactClauses.flatMap((c) => findCompactIn(clauses[c]!, phrase, c));
}

export function findAny(clauses: Clause[], phrases: Phrase[]): Span[] {
  return phrases.flatMap((p) => findPhrase(clauses, p));
}

/** True when `inner` lies within one of `outer` (same clause). */
export function isInside(inner: Span, outer: Span[]): boolean {
  return outer.some((o) => o.clause === inner.clause && o.start <= inner.start && inner.end <= o.end);
}

/** The words of a span as the seller wrote them. */
export function spanText(source: string, clauses: Clause[], span: Span): string {
  const tokens = clauses[span.clause]!.tokens;
  // Markup was blanked to spaces and sellers double-space; the quote shows single spaces.
  return source.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end).replace(/\s+/g, ' ');
}
