import { isModelNumber, tokenize } from './normalize';
import { isStopword } from './stopwords';

/**
 * A light English plural stemmer: the nomenclature says "accumulators", "parts", "watches" and sellers say
 * "accumulator", "part", "watch". Only Latin tokens are touched; Indonesian/Malay plurals are reduplicated
 * ("tas-tas") and come out of the tokenizer as the singular twice anyway.
 */
export function stem(token: string): string {
  if (token.length <= 3 || !/^[a-z]+$/.test(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return token.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zes)$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('s') && !/(?:ss|us|is|ys)$/.test(token)) return token.slice(0, -1);
  return token;
}

/** Tokens used for retrieval (BM25 and kNN): no stopwords, no model numbers, stemmed. */
export function indexTokens(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopword(t) && !isModelNumber(t) && !/^\d+(\.\d+)?$/.test(t))
    .map(stem);
}
