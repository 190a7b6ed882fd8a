import { normalizeText } from '../classify/normalize';
import { prepareText } from './text';

/**
 * A keyword or phrase compiled once for matching. Space-separated languages match whole tokens in order;
 * Thai and Chinese match on the clause's compact text, starting and ending on an Intl.Segmenter word
 * boundary, so "ยา" (medicine) matches "ยา แก้ปวด" but not "ยาว" (long) or "ยาสีฟัน" (toothpaste).
 */
export interface Phrase {
  text: string;
  mode: 'tokens' | 'compact';
  tokens: { norm: string; lower: string }[];
  /** Forms the first text token may take (with plurals when the phrase is one word). */
  firstForms: string[];
  /** Forms the last word may take: itself and, for English, its plurals ("batteries", "knives"). */
  lastForms: string[];
  /** A multi-word phrase written as one word: "powerbank", "walkietalkie". */
  joinedForms: string[];
  compact: string;
  /** Vietnamese: a word written with diacritics must match exactly; one written without matches folded. */
  strict: boolean;
  /**
   * ICU sometimes glues a keyword to its neighbour ("口红包邮" → 口红|包邮 but also 红包); a longer Thai or
   * Chinese keyword then needs only one boundary. Short ones (药, ยา) keep both, or they match inside words.
   */
  relaxed: boolean;
}

const SCRIPT_NO_SPACES = /[\p{Script=Thai}\p{Script=Han}\p{Script=Lao}\p{Script=Khmer}]/u;
const HAN = /\p{Script=Han}/u;

export function hasNoSpaceScript(text: string): boolean {
  return SCRIPT_NO_SPACES.test(text);
}

function isLongEnough(text: string): boolean {
  const chars = [...text.replace(/\s+/g, '')];
  return HAN.test(text) ? chars.length >= 2 : chars.length >= 4;
}

/** Singular → plural forms sellers write: battery→batteries, knife→knives, box→boxes, seed→seeds. */
export function pluralForms(word: string): string[] {
  const forms = [`${word}s`, `${word}es`];
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  if (word.endsWith('fe')) forms.push(`${word.slice(0, -2)}ves`);
  else if (word.endsWith('f')) forms.push(`${word.slice(0, -1)}ves`);
  return forms;
}

/** `lang` is the keyword's language; team rules and vocabulary without one get English plurals. */
export function compilePhrase(text: string, lang?: string): Phrase {
  const tokens = prepareText(text)
    .clauses.flatMap((c) => c.tokens)
    .map((t) => ({ norm: t.norm, lower: t.lower }));
  const mode = hasNoSpaceScript(text) ? 'compact' : 'tokens';
  const plural = mode === 'tokens' && (lang === undefined || lang === 'en');
  const strict = lang === 'vi';
  const withPlurals = (w: string) => (plural ? [w, ...pluralForms(w)] : [w]);
  const last = tokens[tokens.length - 1]?.norm ?? '';
  const joined = tokens.map((t) => t.norm).join('');
  return {
    text,
    mode,
    tokens,
    firstForms: tokens.length === 1 ? withPlurals(last) : tokens[0] ? [tokens[0].norm] : [],
    lastForms: withPlurals(last),
    joinedForms: tokens.length >= 2 && !strict ? withPlurals(joined) : [],
    compact: normalizeText(text).replace(/ /g, ''),
    strict,
    relaxed: mode === 'compact' && isLongEnough(text),
  };
}
