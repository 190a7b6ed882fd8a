import { foldDiacritics } from '../classify/normalize';

/**
 * Product text prepared for rule matching. Unlike the engine's `tokenize`, this keeps where each word sits
 * in the original text (a flag quotes the keyword as the seller wrote it) and where clauses end (a
 * negation in one clause must not switch off a keyword in the next: "lithium battery, charger not included").
 */
export interface Token {
  /** Normalised form: NFKC, lower case, Latin diacritics folded, no punctuation. */
  norm: string;
  /** Lower case with diacritics kept, for Vietnamese words whose folded form collides ("đảo" ≠ "dao"). */
  lower: string;
  /** True when the written word carries Latin diacritics. */
  hasMarks: boolean;
  start: number;
  end: number;
}

export interface Clause {
  tokens: Token[];
  /** Token norms joined without spaces, for Thai and Chinese phrases; offsets[i] is token i's start in it. */
  compact: string;
  offsets: number[];
}

export interface PreparedText {
  source: string;
  clauses: Clause[];
}

const SEGMENTER = new Intl.Segmenter('und', { granularity: 'word' });
/** Punctuation that ends a clause in any of our languages (Chinese and Thai full stops included). */
const CLAUSE_BREAK = /[,;.!?|\n\r•·、，。；！？]/;

/** Tags become spaces of the same length so offsets into the original text stay valid. */
function blankMarkup(s: string): string {
  return s.replace(/<[^>]{0,2000}>/g, (m) => ' '.repeat(m.length));
}

interface Word {
  norms: string[];
  lower: string;
  hasMarks: boolean;
}

/**
 * One ICU word segment, normalised like normalizeText (lower case, Latin diacritics folded, punctuation
 * out) but without its whole-text passes, which made a 50 kB description take half a second.
 */
function normalizeWord(segment: string): Word {
  const lower = segment.normalize('NFC').toLowerCase();
  if (/^[a-z0-9]+$/.test(lower)) return { norms: [lower], lower, hasMarks: false };
  const folded = foldDiacritics(lower);
  const norms = folded
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return { norms, lower, hasMarks: folded !== lower };
}

function makeTokens(segment: string, start: number, memo: Map<string, Word>): Token[] {
  let word = memo.get(segment);
  if (!word) {
    word = normalizeWord(segment);
    memo.set(segment, word);
  }
  const { lower, hasMarks } = word;
  // One ICU segment may hold several words ("bird's" → "bird s"); the pieces share the segment's span.
  return word.norms.map((norm) => ({ norm, lower, hasMarks, start, end: start + segment.length }));
}

function finishClause(tokens: Token[]): Clause {
  const offsets: number[] = [];
  let compact = '';
  for (const t of tokens) {
    offsets.push(compact.length);
    compact += t.norm;
  }
  return { tokens, compact, offsets };
}

/** A run of letters and digits; a point between digits stays inside ("3.7v", "2.5kg"). */
const WORD_RUN = /[\p{L}\p{M}\p{N}]+(?:\.(?=\p{N})[\p{L}\p{M}\p{N}]+)*/gu;
const NO_SPACE_SCRIPT = /[\p{Script=Thai}\p{Script=Han}\p{Script=Lao}\p{Script=Khmer}]/u;

/**
 * Word segments of one run: Intl.Segmenter (ICU dictionaries) only where the script writes no spaces.
 * ICU costs ~50 µs a segment in Node, so Latin runs are taken whole: they are already words.
 */
function* segmentsOf(run: string, at: number): Generator<{ segment: string; index: number }> {
  if (!NO_SPACE_SCRIPT.test(run)) {
    yield { segment: run, index: at };
    return;
  }
  for (const seg of SEGMENTER.segment(run))
    if (seg.isWordLike) yield { segment: seg.segment, index: at + seg.index };
}

/** Splits text into clauses of word tokens; clauses end at punctuation such as , . ; ! ? and line breaks. */
export function prepareText(text: string): PreparedText {
  const source = blankMarkup(text.normalize('NFKC'));
  const clauses: Clause[] = [];
  let current: Token[] = [];
  const memo = new Map<string, Word>();
  let last = 0;
  for (const match of source.matchAll(WORD_RUN)) {
    if (CLAUSE_BREAK.test(source.slice(last, match.index)) && current.length > 0) {
      clauses.push(finishClause(current));
      current = [];
    }
    for (const seg of segmentsOf(match[0], match.index))
      current.push(...makeTokens(seg.segment, seg.index, memo));
    last = match.index + match[0].length;
  }
  if (current.length > 0) clauses.push(finishClause(current));
  return { source, clauses };
}

/** The text of a product the rules read: title, description, attribute pairs and category, one per line. */
export function productText(product: {
  title: string;
  description?: string;
  attributes?: Record<string, string>;
  category?: string;
}): string {
  const attributes = Object.entries(product.attributes ?? {}).map(([k, v]) => `${k} ${v}`);
  return [product.title, product.description ?? '', ...attributes, product.category ?? ''].join('\n');
}
