import { searchBm25 } from './bm25';
import { organicHit } from './chemical';
import type { EngineData } from './data';
import { garmentCues, retargetGarment } from './garment';
import { matchLexicon, prepareMatchText, type LexiconHit, type MatchText } from './lexicon';
import { indexTokens, stem } from './query';
import type { RulingIndex } from './ruling-index';
import type { Evidence } from './score';
import type { ProductInput } from './types';

/** Retrieval reads at most this much description: the head of a listing names the product, the tail is noise. */
export const MAX_DESCRIPTION_CHARS = 2000;

/**
 * Words after which a title names what the product is *for*, not what it *is*: "case for iPhone",
 * "tas untuk laptop", "ốp cho điện thoại". Lexicon hits past them count for less.
 */
// Not "fit": "slim fit", "regular fit" describe the cut of a garment.
const PURPOSE_WORDS = new Set(['for', 'untuk', 'cho', 'compatible', 'fits', 'suitable', 'buat', 'pour']);

/**
 * "Battery with charger", "lampu dengan bohlam": what follows names an included extra, not the
 * product, so lexicon hits past the first such word count for less.
 */
const WITH_WORDS = new Set(['with', 'dengan', 'including', 'includes', 'incl']);
const WITH_FACTOR = 0.5;

/**
 * Words that make the title about an accessory, a part or a purpose rather than the thing it names: "Mouse
 * Feet for Razer", "Earphone Case", "Watch Strap", "Replacement Blade". Lexicon matches are least reliable
 * on such titles (the named product is often not the product), so calibration gets this as a feature.
 */
const ACCESSORY_WORDS = new Set([
  'for',
  'compatible',
  'fits',
  'untuk',
  'buat',
  'cho',
  'replacement',
  'spare',
  'part',
  'parts',
  'accessory',
  'accessories',
  'case',
  'cover',
  'holder',
  'mount',
  'stand',
  'strap',
  'skin',
  'sticker',
  'protector',
  'film',
  'sleeve',
  'pouch',
  'kit',
  'set',
  'adapter',
  'refill',
  'casing',
  'sarung',
  'pengganti',
  'aksesoris',
  'suku',
  'cadang',
]);

export function productText(p: ProductInput): { title: string; rest: string } {
  // Attribute values carry the signal ("Material: Polyester"); the keys are the same on every listing.
  const attrs = Object.values(p.attributes ?? {}).join(' ; ');
  const rest = [p.category ?? '', attrs, (p.description ?? '').slice(0, MAX_DESCRIPTION_CHARS)].join(' ; ');
  return { title: p.title, rest };
}

/**
 * Nouns that, right after a product word, make that word a modifier: "Earphone Case", "Mouse Feet", "Camera
 * Mount", "Console Skin". (Stemmed, as the match tokens are.) Combinations the lexicon knows ("phone case")
 * match as one longer term and are not affected.
 */
const ACCESSORY_HEADS = new Set([
  'case',
  'cover',
  'skin',
  'sticker',
  'decal',
  'film',
  'protector',
  'strap',
  'band',
  'holder',
  'stand',
  'mount',
  'bracket',
  'feet',
  'foot',
  'skate',
  'grip',
  'pad',
  'bag',
  'pouch',
  'sleeve',
  'shell',
  'housing',
  'part',
  'replacement',
  'spare',
  'accessory',
  'keychain',
  'keyring',
  'charm',
  'organizer',
  'rack',
  'hook',
  'clip',
]);

function weighHits(
  hits: LexiconHit[],
  tokens: string[],
  inTitle: boolean,
): (LexiconHit & { weight: number })[] {
  const purposeAt = tokens.findIndex((t) => PURPOSE_WORDS.has(t));
  const withAt = tokens.findIndex((t) => WITH_WORDS.has(t));
  return hits.map((h) => {
    const afterPurpose = purposeAt >= 0 && h.start > purposeAt;
    const afterWith = withAt > 0 && h.start > withAt;
    const modifier = h.start >= 0 && ACCESSORY_HEADS.has(tokens[h.start + h.length] ?? '');
    const weight =
      (inTitle ? 1 : 0.35) *
      (afterPurpose ? 0.35 : 1) *
      (afterWith ? WITH_FACTOR : 1) *
      (modifier ? 0.35 : 1) *
      (1 + 0.25 * (h.length - 1)) *
      (h.refined ? 1.1 : 1);
    return { ...h, weight };
  });
}

/**
 * Nouns that name a device accessory ("case", "cover", "holder", "screen protector") and materials that make it
 * an article of plastics. A title with both ("Soft Silicone Earphone Case", "TPU Cover for Watch") is, by
 * Chapter 39's logic, an article of plastics (3926.90) rather than the device it fits, whatever device it names.
 * Leather or textile accessories go elsewhere (4202, 6307), so those words cancel the rule.
 */
const PLASTIC_ACCESSORY_NOUNS = new Set(
  [
    'case',
    'cover',
    'holder',
    'mount',
    'protector',
    'skin',
    'sleeve',
    'shell',
    'bumper',
    'pad',
    'pads',
    'cap',
    'caps',
    'grip',
    'grips',
    'feet',
    'glides',
  ].map(stem),
);
const PLASTIC_MATERIALS = new Set(
  [
    'silicone',
    'silicon',
    'tpu',
    'plastic',
    'plastics',
    'pvc',
    'abs',
    'acrylic',
    'polycarbonate',
    'ptfe',
    'polyethylene',
    'polypropylene',
    'nylon',
    'resin',
  ].map(stem),
);
const NOT_PLASTIC = new Set(
  [
    'leather',
    'pu',
    'fabric',
    'canvas',
    'cotton',
    'felt',
    'neoprene',
    'wood',
    'wooden',
    'bamboo',
    'metal',
    'aluminum',
    'aluminium',
    'steel',
    'glass',
    'tempered',
    'paper',
    'kulit',
  ].map(stem),
);

const PLASTIC_ACCESSORY_WEIGHT = 0.8;

function plasticAccessoryHit(tokens: string[]): (LexiconHit & { weight: number }) | null {
  if (!tokens.some((t) => PLASTIC_ACCESSORY_NOUNS.has(t))) return null;
  if (!tokens.some((t) => PLASTIC_MATERIALS.has(t)) || tokens.some((t) => NOT_PLASTIC.has(t))) return null;
  return {
    id: 'rule-plastic-accessory',
    code: '392690',
    baseCode: '392690',
    term: 'plastic accessory',
    start: -1,
    length: 1,
    refined: false,
    weight: PLASTIC_ACCESSORY_WEIGHT,
  };
}

/** Words that end the head phrase of an English description: what follows qualifies the product. */
const HEAD_STOP =
  /\b(?:of|for|with|made|used|from|in|consisting|featuring|designed|including|containing|that|which|untuk|dengan|dari|cho|bang|voi)\b|[,;(|]/;

/**
 * The head phrase ("stainless steel flat washers" in "stainless steel flat washers for engines") and its
 * last word, the head noun, which says what the product *is*. Rulings-style English puts it first.
 */
export function headTokens(title: string): { phrase: string[]; noun: string[] } {
  const head = title.toLowerCase().split(HEAD_STOP)[0] ?? '';
  const phrase = indexTokens(head);
  return { phrase, noun: phrase.slice(-1) };
}

/** "No Fan", "without battery", "tanpa baterai", "không kèm pin": the next word is not what is sold. */
const NEGATIONS = new Set(['no', 'without', 'tanpa', 'khong', 'excluding', 'excl', 'sans']);

/** Drops the word after a negation so a lexicon term cannot match on something the title says is absent. */
function dropNegated(text: MatchText): MatchText {
  if (!text.tokens.some((t) => NEGATIONS.has(t))) return text;
  const kept = (_: string, i: number) => i === 0 || !NEGATIONS.has(text.tokens[i - 1]!);
  return { ...text, tokens: text.tokens.filter(kept), accented: text.accented?.filter(kept) };
}

/** Each lexicon entry's English name, by entry id (built once per compiled lexicon). */
const englishNames = new WeakMap<EngineData['lexicon'], Map<string, string>>();

function englishName(lex: EngineData['lexicon'], id: string): string | undefined {
  let names = englishNames.get(lex);
  if (!names) {
    names = new Map(lex.entries.map((c) => [c.id, c.name] as const));
    englishNames.set(lex, names);
  }
  return names.get(id) || undefined;
}

/**
 * The nomenclature is English: a title in Thai, Chinese, Vietnamese or Indonesian that the lexicon recognises
 * ("连衣裙" → dress) also searches the HS text with the entry's English name, so BM25 can pick the subheading
 * ("Dresses; ... of synthetic fibres") inside the heading the lexicon named.
 */
function translatedTokens(data: EngineData, hits: (LexiconHit & { weight: number })[]): string[] {
  return [...hits]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .flatMap((h) => indexTokens(englishName(data.lexicon, h.id) ?? ''));
}

/**
 * Lexicon entries the title shares words with (BM25 over entries): vocabulary the exact terms miss. An entry
 * that also matched exactly counts at the code its refine rules chose, not at its base code, so a partial match
 * cannot pull a refined item ("UPS battery 12V 7Ah" -> 8507.20) back to the entry's default.
 */
function partialMatches(data: EngineData, titleTokens: string[], lexHits: LexiconHit[]): [string, number][] {
  const refined = new Map(lexHits.map((h) => [h.id, h.code]));
  return searchBm25(data.lexIndex, [...new Set(titleTokens)], 10).map(([i, score]) => {
    const entry = data.lexicon.entries[Number(i)]!;
    return [refined.get(entry.id) ?? entry.code, score];
  });
}

export function gatherEvidence(data: EngineData, p: ProductInput, rulings?: RulingIndex): Evidence {
  const { title, rest } = productText(p);
  const titleText = dropNegated(prepareMatchText(title));
  const restText = dropNegated(prepareMatchText(rest));
  const titleHits = weighHits(matchLexicon(data.lexicon, titleText), titleText.tokens, true);
  const seen = new Set(titleHits.map((h) => h.id));
  const restHits = weighHits(matchLexicon(data.lexicon, restText), restText.tokens, false).filter(
    (h) => !seen.has(h.id),
  );
  // Apparel: knitted/woven, men's/women's, babies' stated anywhere in the text move the hit to its counterpart.
  const cues = garmentCues(`${title} ; ${rest}`);
  const lexHits = [...titleHits, ...restHits].map((h) => {
    const code = retargetGarment(data.nomenclature, h.code, cues);
    return code === h.code ? h : { ...h, code, refined: true };
  });
  const plastic = plasticAccessoryHit(titleText.tokens);
  if (plastic) lexHits.push(plastic);
  const organic = organicHit(title);
  if (organic) {
    // Note 3 to Chapter 29: a named acid or alcohol inside a longer systematic name yields to the later heading.
    const earlier = (h: LexiconHit) => h.code.startsWith('29') && h.code.slice(0, 4) < organic.code;
    lexHits.splice(0, lexHits.length, ...lexHits.filter((h) => !earlier(h)), organic);
  }
  const titleTokens = indexTokens(title);
  // The title is repeated so BM25 weighs it above category and attribute words.
  const head = headTokens(title);
  const queryTokens = [
    ...titleTokens,
    ...titleTokens,
    ...head.phrase,
    ...head.noun,
    ...head.noun,
    ...translatedTokens(data, titleHits),
    ...indexTokens(rest).slice(0, 200),
  ];
  return {
    accessory:
      titleTokens.some((t) => ACCESSORY_WORDS.has(t)) || titleText.tokens.some((t) => ACCESSORY_WORDS.has(t)),
    lexHits,
    bm: searchBm25(data.index, queryTokens, 50),
    fuzzy: partialMatches(data, titleTokens, lexHits),
    knn:
      rulings && rulings.size > 0
        ? rulings.neighbours([...titleTokens, ...indexTokens(rest).slice(0, 50)], 10)
        : [],
  };
}
