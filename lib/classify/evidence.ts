import { searchBm25 } from './bm25';
import type { EngineData } from './data';
import { matchLexicon, prepareMatchText, type LexiconHit } from './lexicon';
import { indexTokens } from './query';
import type { RulingIndex } from './ruling-index';
import type { Evidence } from './score';
import type { ProductInput } from './types';

/** Retrieval reads at most this much description: the head of a listing names the product, the tail is noise. */
export const MAX_DESCRIPTION_CHARS = 2000;

/**
 * Words after which a title names what the product is *for*, not what it *is*: "case for iPhone",
 * "tas untuk laptop", "ốp cho điện thoại". Lexicon hits past them count for less.
 */
const PURPOSE_WORDS = new Set(['for', 'untuk', 'cho', 'compatible', 'fits', 'fit', 'suitable', 'buat', 'pour']);

export function productText(p: ProductInput): { title: string; rest: string } {
  // Attribute values carry the signal ("Material: Polyester"); the keys are the same on every listing.
  const attrs = Object.values(p.attributes ?? {}).join(' ; ');
  const rest = [p.category ?? '', attrs, (p.description ?? '').slice(0, MAX_DESCRIPTION_CHARS)].join(' ; ');
  return { title: p.title, rest };
}

function weighHits(hits: LexiconHit[], tokens: string[], inTitle: boolean): (LexiconHit & { weight: number })[] {
  const purposeAt = tokens.findIndex((t) => PURPOSE_WORDS.has(t));
  return hits.map((h) => {
    const afterPurpose = purposeAt >= 0 && h.start > purposeAt;
    const weight = (inTitle ? 1 : 0.35) * (afterPurpose ? 0.35 : 1) * (1 + 0.25 * (h.length - 1)) * (h.refined ? 1.1 : 1);
    return { ...h, weight };
  });
}

/** Words that end the head phrase of an English description: what follows qualifies the product. */
const HEAD_STOP = /\b(?:of|for|with|made|used|from|in|consisting|featuring|designed|including|containing|that|which|untuk|dengan|dari|cho|bang|voi)\b|[,;(|]/;

/**
 * The head phrase ("stainless steel flat washers" in "stainless steel flat washers for engines") and its
 * last word, the head noun, which says what the product *is*. Rulings-style English puts it first.
 */
export function headTokens(title: string): { phrase: string[]; noun: string[] } {
  const head = title.toLowerCase().split(HEAD_STOP)[0] ?? '';
  const phrase = indexTokens(head);
  return { phrase, noun: phrase.slice(-1) };
}

export function gatherEvidence(data: EngineData, p: ProductInput, rulings?: RulingIndex): Evidence {
  const { title, rest } = productText(p);
  const titleText = prepareMatchText(title);
  const restText = prepareMatchText(rest);
  const titleHits = weighHits(matchLexicon(data.lexicon, titleText), titleText.tokens, true);
  const seen = new Set(titleHits.map((h) => h.id));
  const restHits = weighHits(matchLexicon(data.lexicon, restText), restText.tokens, false).filter((h) => !seen.has(h.id));
  const titleTokens = indexTokens(title);
  // The title is repeated so BM25 weighs it above category and attribute words.
  const head = headTokens(title);
  const queryTokens = [...titleTokens, ...titleTokens, ...head.phrase, ...head.noun, ...head.noun, ...indexTokens(rest).slice(0, 200)];
  return {
    lexHits: [...titleHits, ...restHits],
    bm: searchBm25(data.index, queryTokens, 50),
    knn: rulings && rulings.size > 0 ? rulings.neighbours([...titleTokens, ...indexTokens(rest).slice(0, 50)], 10) : [],
  };
}
