import type { LexiconHit } from './lexicon';

/**
 * Systematic organic chemical names ("2-methyl-2-butene", "4-trifluoromethylbenzaldehyde") are not in any
 * lexicon and their words are not in the nomenclature, yet Chapter 29 classifies them by structure: the
 * functional groups the name spells out. Note 3 to Chapter 29: a compound classifiable in two or more headings
 * goes to the one that occurs last in numerical order. So every group the name shows votes for its heading
 * and the highest heading wins.
 *
 * The rule only fires when the text looks like a systematic name (a locant such as "2-", "4,4'-", "N-", a CAS
 * number, or a long word built from substituent prefixes), so "hyaluronic acid serum" is left alone.
 */
const GROUPS: [RegExp, string][] = [
  [/sulfonamide|sulphonamide/, '2935'],
  [/thiazol|thiophen|phenothiazin|thiazin/, '2934'],
  [
    /pyridin|piperidin|pyrimidin|pyrazin|piperazin|quinolin|imidazol|triazol|triazin|tetrazol|pteridin|indol|pyrrol|azepin|diazepin|purin|pyrazol|morpholin|carbazol|acridin|benzimidazol/,
    '2933',
  ],
  [/furan|pyran|lactone|coumarin|dioxol|dioxan|oxiran|xanthen/, '2932'],
  [/silane|siloxane|silyl/, '2931'],
  [/thio|sulfon|sulfide|sulphide|mercapto|sulfinyl/, '2930'],
  [/[a-z]hydrazin|hydroxylamin/, '2928'],
  [/isocyanat|nitrile|cyano|azo(?!le)/, '2926'],
  [/amidine|imine(?!s)|imide/, '2925'],
  [/amide|carbamat|ureido|anilide/, '2924'],
  [/amino.*(acid|ol\b|phenol)|hydroxy.*amin|aminoacid|ethanolamine/, '2922'],
  [/amine|amino|aniline|anilino/, '2921'],
  [/nitro|nitroso/, '2904'],
  [/acid|acetate|benzoate|propionate|acrylate|butyrate|carboxyl|ester\b|oate\b/, '2915'],
  [/(anone|enone|acetone|ketone|quinone)\b/, '2914'],
  [/aldehyde|carbaldehyde|(an|en)al\b/, '2912'],
  [/ether|methoxy|ethoxy|phenoxy|epoxy|peroxide/, '2909'],
  [/phenol|cresol|naphthol|hydroquinone|catechol|resorcinol/, '2907'],
  [/(anol|enol|diol|triol|glycol|glycerol)\b/, '2905'],
  [/chloro|fluoro|bromo|iodo/, '2903'],
  [/(ane|ene|yne|benzene|toluene|xylene|styrene)\b/, '2901'],
];

/** Acids: aromatic (benzoic, phthalic) 2916/2917, with extra oxygen (hydroxy, oxo, salicylic, citric) 2918. */
function acidHeading(name: string): string {
  if (/hydroxy|salicyl|citric|lactic|tartar|gluconic|oxo|keto|methoxy|phenoxy|malic/.test(name))
    return '2918';
  if (/oxalic|malonic|succinic|adipic|maleic|fumaric|phthalic|dicarbox|terephthal/.test(name)) return '2917';
  if (/benzoic|acrylic|acrylat|methacryl|cinnam|oleic|linole|stearic|palmitic|sorbic/.test(name))
    return '2916';
  return '2915';
}

const LOCANT =
  /(?:^|[\s([-])(?:\d+(?:,\d+)*'?|[nos])-[([]?(?:[a-z]*(?:methyl|ethyl|propyl|butyl|phenyl|chloro|fluoro|bromo|amino|hydroxy|nitro|methoxy|acetyl|oxo|vinyl|benzyl)|[a-z]{2,}(?:ane|ene|yne|ol|al|ic|ate|ine|ide|yl))\b/;
const CAS = /\bcas\b|\b\d{2,7}-\d{2}-\d\b/;
const SUBSTITUENT =
  /(?:methyl|ethyl|propyl|butyl|phenyl|benz|chloro|fluoro|bromo|amino|hydroxy|nitro|methoxy|pyri|imidaz|oxy|acetyl)/g;

/** A chapter 29 heading for a systematic organic name, or null when the text is not one. */
export function organicHeading(title: string): string | null {
  const text = title.toLowerCase();
  const longCompound = text
    .split(/[^a-z]+/)
    .some((w) => w.length >= 12 && (w.match(SUBSTITUENT)?.length ?? 0) >= 2);
  if (!LOCANT.test(text) && !CAS.test(text) && !longCompound) return null;
  // Chapter 29 is separate chemically defined compounds: polymers are Chapter 39.
  if (/polymer|resin|\bpoly[a-z]/.test(text)) return null;
  let best: string | null = null;
  for (const [re, heading] of GROUPS) {
    if (!re.test(text)) continue;
    const h = heading === '2915' ? acidHeading(text) : heading;
    if (!best || h > best) best = h;
  }
  return best;
}

export const ORGANIC_WEIGHT = 1.5;

export function organicHit(title: string): (LexiconHit & { weight: number }) | null {
  const code = organicHeading(title);
  if (!code) return null;
  return {
    id: 'rule-organic-chemical',
    code,
    baseCode: code,
    term: 'organic chemical name',
    start: -1,
    length: 1,
    refined: false,
    weight: ORGANIC_WEIGHT,
  };
}
