import type { Lint, ProductInput } from '../classify/types';
import { isModelNumber } from '../classify/normalize';
import { vocabularyPhrases } from './catalog';
import { findAny, spanText, type Phrase, type Span } from './match';
import { prepareText, type PreparedText } from './text';

/**
 * Description lint. Customs and carriers reject declarations such as "accessories", "gift", "sample" or a
 * bare SKU: a declaration must say what the goods are, what they are made of and what they are for. The
 * linter fails a description that names no specific thing; it then lists which of the three are missing.
 */
type Missing = NonNullable<Lint['missing']>[number];

interface Vocab {
  vague: Phrase[];
  stop: Phrase[];
  material: Phrase[];
  use: Phrase[];
}
let vocab: Vocab | undefined;
function loadVocab(): Vocab {
  vocab ??= {
    vague: vocabularyPhrases('vague'),
    stop: vocabularyPhrases('stop'),
    material: vocabularyPhrases('material'),
    use: vocabularyPhrases('use'),
  };
  return vocab;
}

/** Attribute names that already answer "made of" ("Material", "Bahan", "Chất liệu", "วัสดุ", "材质"). */
const MATERIAL_ATTRIBUTE = /material|fabric|bahan|chất liệu|chat lieu|วัสดุ|材质|材料|materyal/i;

/** Positions ("clause:token") covered by any of the spans. */
function coveredPositions(spans: Span[]): Set<string> {
  const set = new Set<string>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) set.add(`${s.clause}:${i}`);
  return set;
}

/** Words that name something: not vague, not filler, not a number, unit or model code. */
export function contentWords(text: PreparedText, vague: Span[], stop: Span[]): string[] {
  const skip = coveredPositions([...vague, ...stop]);
  const words: string[] = [];
  text.clauses.forEach((clause, c) => {
    clause.tokens.forEach((t, i) => {
      if (skip.has(`${c}:${i}`)) return;
      if (/\d/.test(t.norm) || isModelNumber(t.norm)) return;
      if (/^[a-z]$/.test(t.norm)) return;
      words.push(t.norm);
    });
  });
  return words;
}

/** Latin words that are really codes: colour/size abbreviations in capitals ("BLK", "XL") and "SKU". */
const isCodeWord = (w: string) => /^[A-Z]{1,4}$/.test(w) || /^(sku|ref|no|art)$/i.test(w);

/**
 * SKU-only: something that looks like a code and no real word. A Latin word needs three letters; a Thai or
 * Chinese word of any length counts (电池 is two characters).
 */
export function isSkuOnly(raw: string): boolean {
  const words = raw.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const isLatinWord = (w: string) => /^[\p{Script=Latin}\p{M}]{3,}$/u.test(w) && !isCodeWord(w);
  const isOtherWord = (w: string) => /[^\p{Script=Latin}\p{N}\p{M}_]/u.test(w);
  const hasCode = words.some((w) => /\d/.test(w));
  return hasCode && !words.some((w) => isLatinWord(w) || isOtherWord(w));
}

function missingParts(product: ProductInput, text: PreparedText): Missing[] {
  const { material, use } = loadVocab();
  const missing: Missing[] = ['what'];
  const hasMaterialAttr = Object.keys(product.attributes ?? {}).some((k) => MATERIAL_ATTRIBUTE.test(k));
  if (!hasMaterialAttr && findAny(text.clauses, material).length === 0) missing.push('material');
  if (!product.category && findAny(text.clauses, use).length === 0) missing.push('use');
  return missing;
}

const MISSING_TEXT: Record<Missing, string> = {
  what: 'what the item is',
  material: 'what it is made of',
  use: 'what it is for',
};

function describeMissing(missing: Missing[]): string {
  return `Say ${missing.map((m) => MISSING_TEXT[m]).join(', ')}.`;
}

export function lintDescription(product: ProductInput): Lint[] {
  const raw = [product.title, product.description ?? ''].join('\n').trim();
  if (!raw) return [];
  const text = prepareText(raw);
  if (isSkuOnly(raw)) {
    const missing = missingParts(product, text);
    return [
      { rule: 'sku-only', message: `The description is only a code. ${describeMissing(missing)}`, missing },
    ];
  }
  const { vague, stop } = loadVocab();
  const vagueSpans = findAny(text.clauses, vague);
  const content = contentWords(text, vagueSpans, findAny(text.clauses, stop));
  // "Car parts" or "phone accessories": one specific word next to a vague one still does not say what it is.
  const isVague = content.length === 0 || (vagueSpans.length > 0 && content.length < 2);
  if (!isVague) return [];
  const first = vagueSpans[0];
  const word = first ? spanText(text.source, text.clauses, first) : undefined;
  const missing = missingParts(product, text);
  const lead = word
    ? `"${word}" is too vague for customs and carriers.`
    : 'The description does not name the goods.';
  return [
    {
      rule: 'vague-description',
      ...(word ? { word } : {}),
      message: `${lead} ${describeMissing(missing)}`,
      missing,
    },
  ];
}
