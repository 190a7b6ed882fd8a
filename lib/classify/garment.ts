import type { Nomenclature } from '../hs/nomenclature';
import { normalizeText } from './normalize';

/**
 * Apparel (HS chapters 61 and 62) is split by attributes the seller usually states: knitted or woven
 * (chapter 61 vs 62), for men/boys or women/girls (6101 vs 6102, 6203 vs 6204, ...), for babies (6111, 6209).
 * A lexicon term ("jacket", "shorts") names one default heading; when the product text states the other
 * attribute, the hit is moved to the counterpart heading the nomenclature defines for it, keeping the
 * material of the subheading ("of cotton", "of synthetic fibres") when the counterpart has one.
 */
export interface GarmentCues {
  knit: boolean | null; // true: knitted/crocheted stated; false: woven stated; null: not said or both
  gender: 'men' | 'women' | null; // null when not said or both (unisex)
  babies: boolean;
}

const KNIT = new Set([
  'knit',
  'knitted',
  'knitting',
  'knitwear',
  'crochet',
  'crocheted',
  'rajut',
  'rajutan',
  'kait',
]);
const KNIT_PHRASES = [
  'det kim',
  'polar fleece',
  'jersey fabric',
  'jersey knit',
  'french terry',
  '针织',
  'ถัก',
];
const WOVEN = new Set(['woven', 'tenun', 'denim', 'chiffon', 'poplin', 'twill', 'oxford']);
const NOT_KNIT = ['not knitted', 'non knitted'];
const MEN = new Set([
  'men',
  'man',
  'mens',
  'boy',
  'boys',
  'male',
  'gentleman',
  'gentlemen',
  'pria',
  'cowok',
  'lelaki',
  'laki',
]);
const WOMEN = new Set([
  'women',
  'woman',
  'womens',
  'lady',
  'ladies',
  'girl',
  'girls',
  'female',
  'wanita',
  'perempuan',
  'cewek',
  'muslimah',
]);
const UNISEX = new Set(['unisex', 'couple', 'couples', 'family']);
const BABIES = new Set(['infant', 'infants', 'newborn', 'newborns', 'babies', 'bayi']);

export function garmentCues(text: string): GarmentCues {
  const norm = normalizeText(text);
  const words = new Set(norm.split(' '));
  const has = (set: Set<string>) => [...set].some((w) => words.has(w));
  const knitSaid = has(KNIT) || KNIT_PHRASES.some((p) => norm.includes(p));
  const wovenSaid = has(WOVEN) || NOT_KNIT.some((p) => norm.includes(p));
  const men = has(MEN) || /男/.test(norm);
  const women = has(WOMEN) || /女/.test(norm);
  const knit = NOT_KNIT.some((p) => norm.includes(p))
    ? false
    : knitSaid && !wovenSaid
      ? true
      : wovenSaid && !knitSaid
        ? false
        : null;
  const gender = has(UNISEX) || men === women ? null : men ? 'men' : 'women';
  return { knit, gender, babies: has(BABIES) };
}

/** Knitted (61) ↔ woven (62) counterparts, and men's ↔ women's counterparts, as the nomenclature pairs them. */
const KNIT_PAIRS: [string, string][] = [
  ['6101', '6201'],
  ['6102', '6202'],
  ['6103', '6203'],
  ['6104', '6204'],
  ['6105', '6205'],
  ['6106', '6206'],
  ['6107', '6207'],
  ['6108', '6208'],
  ['6111', '6209'],
  ['6113', '6210'],
  ['6116', '6216'],
  ['6117', '6217'],
];
const GENDER_PAIRS: [string, string][] = [
  ['6101', '6102'],
  ['6103', '6104'],
  ['6105', '6106'],
  ['6107', '6108'],
  ['6201', '6202'],
  ['6203', '6204'],
  ['6205', '6206'],
  ['6207', '6208'],
];
const MEN_HEADINGS = new Set(GENDER_PAIRS.map((p) => p[0]));
const WOMEN_HEADINGS = new Set(GENDER_PAIRS.map((p) => p[1]));
/** Babies' garments: everything worn by a baby goes to 6111 (knitted) or 6209 (woven). */
const BABY_FROM = new Set([
  '6101',
  '6102',
  '6103',
  '6104',
  '6105',
  '6106',
  '6107',
  '6108',
  '6109',
  '6110',
  '6114',
  '6201',
  '6202',
  '6203',
  '6204',
  '6205',
  '6206',
  '6207',
  '6208',
  '6211',
]);

function pairMap(pairs: [string, string][]): Map<string, string> {
  return new Map(pairs.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
}
const KNIT_SWAP = pairMap(KNIT_PAIRS);
const GENDER_SWAP = pairMap(GENDER_PAIRS);

type Material = 'wool' | 'cotton' | 'synthetic' | 'artificial' | 'manmade' | 'other';

function materialOf(description: string): Material | null {
  const d = description.toLowerCase();
  if (/of wool or fine animal hair/.test(d)) return 'wool';
  if (/of cotton/.test(d)) return 'cotton';
  if (/of synthetic fibres/.test(d)) return 'synthetic';
  if (/of artificial fibres/.test(d)) return 'artificial';
  if (/of man-made fibres/.test(d)) return 'manmade';
  if (/of (other )?textile materials|n\.e\.c\./.test(d)) return 'other';
  return null;
}

/** The garment named by a subheading's text: "Dresses; women's or girls', of cotton" → "dresses". */
function garmentOf(description: string): string {
  return (description.split(/[;,]/)[0] ?? '').trim().toLowerCase();
}

/**
 * The subheading of `heading` for the same garment and material as `hs6` ("Coats ..., of wool"), else the
 * heading itself. Headings whose subheadings differ by material only (babies' garments) ignore the garment.
 */
function sameMaterial(nom: Nomenclature, hs6: string, heading: string): string {
  const text = nom.hs.get(hs6) ?? '';
  const m = materialOf(text);
  if (!m) return heading;
  const all = nom.subheadings.get(heading) ?? [];
  const kinds = new Set(all.map((c) => garmentOf(nom.hs.get(c) ?? '')));
  const subs = kinds.size <= 1 ? all : all.filter((c) => garmentOf(nom.hs.get(c) ?? '') === garmentOf(text));
  const tags = subs.map((c) => [c, materialOf(nom.hs.get(c) ?? '')] as const);
  const exact = tags.find(([, t]) => t === m);
  if (exact) return exact[0];
  const manmade =
    m === 'synthetic' || m === 'artificial'
      ? tags.find(([, t]) => t === 'manmade')
      : m === 'manmade'
        ? tags.find(([, t]) => t === 'synthetic')
        : undefined;
  return manmade?.[0] ?? heading;
}

/** Moves an apparel code to the heading the stated attributes call for; other codes pass unchanged. */
export function retargetGarment(nom: Nomenclature, code: string, cues: GarmentCues): string {
  if (!/^6[12]/.test(code)) return code;
  let heading = code.slice(0, 4);
  if (cues.babies && BABY_FROM.has(heading)) heading = heading.startsWith('61') ? '6111' : '6209';
  else {
    if (cues.gender === 'men' && WOMEN_HEADINGS.has(heading)) heading = GENDER_SWAP.get(heading)!;
    else if (cues.gender === 'women' && MEN_HEADINGS.has(heading)) heading = GENDER_SWAP.get(heading)!;
    const isKnit = heading.startsWith('61');
    if (cues.knit === true && !isKnit && KNIT_SWAP.has(heading)) heading = KNIT_SWAP.get(heading)!;
    else if (cues.knit === false && isKnit && KNIT_SWAP.has(heading)) heading = KNIT_SWAP.get(heading)!;
  }
  if (heading === code.slice(0, 4)) return code;
  return code.length === 6 ? sameMaterial(nom, code, heading) : heading;
}
