import { findAny, type Phrase, type Span } from './match';
import type { Clause } from './text';
import { vocabularyPhrases } from './catalog';

/**
 * Negation: "battery not included", "tanpa baterai", "không kèm pin", "不含电池", "ไม่มีแบตเตอรี่".
 * A cue counts only inside the keyword's clause and at most MAX_GAP words away, so "no-slip grip, lithium
 * battery" and "lithium battery, charger not included" stay flagged. A cue may overlap the keyword:
 * "không kèm pin" negates the listed phrase "kèm pin".
 */
const MAX_GAP = 2;

interface Cues {
  before: Phrase[];
  after: Phrase[];
  not: Phrase[];
}
let cues: Cues | undefined;
function loadCues(): Cues {
  cues ??= {
    before: vocabularyPhrases('negationBefore'),
    after: vocabularyPhrases('negationAfter'),
    not: vocabularyPhrases('notNegation'),
  };
  return cues;
}

export interface NegationIndex {
  before: Span[];
  after: Span[];
}

const overlaps = (a: Span, b: Span) => a.clause === b.clause && a.start < b.end && b.start < a.end;

/** Finds the negation cues of a text once; "free shipping" and "model no" are not negations. */
export function indexNegations(clauses: Clause[]): NegationIndex {
  const { before, after, not } = loadCues();
  const falseCues = findAny(clauses, not);
  const keep = (s: Span) => !falseCues.some((f) => overlaps(f, s));
  return { before: findAny(clauses, before).filter(keep), after: findAny(clauses, after).filter(keep) };
}

export function isNegated(span: Span, index: NegationIndex): boolean {
  const cueBefore = index.before.some(
    (c) => c.clause === span.clause && c.start < span.start && span.start - c.end <= MAX_GAP,
  );
  const cueAfter = index.after.some(
    (c) => c.clause === span.clause && c.end > span.end && c.start - span.end <= MAX_GAP,
  );
  return cueBefore || cueAfter;
}
