/**
 * Words that carry no classification signal in product text or in the nomenclature ("Other", "of", "lain-lain",
 * "loại khác") plus marketplace filler ("new", "hot sale", "free shipping"). Folded forms (no diacritics),
 * because the tokenizer folds before this list is consulted.
 */
const EN =
  'a an and or the of for with in on to by from at as is are be its it this that other others not nes whether than such their thereof being including excluding incl kind kinds type types';
const MARKET =
  'new hot sale free shipping original best quality high top 2020 2021 2022 2023 2024 2025 2026 dropshipping wholesale pcs pc lot brand item items product products style fashion cheap promo ready stock';
const ID_MS =
  'dan atau dari yang untuk dengan lain tidak di ke atas dalam ini itu lainnya selain termasuk berupa';
const VI = 'va hoac cua loai khac cac co khong dung cho bang tu duoi tren trong voi nhung da chua duoc la';

export const STOPWORDS: ReadonlySet<string> = new Set(`${EN} ${MARKET} ${ID_MS} ${VI}`.split(' '));

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token) || (token.length < 2 && /[a-z0-9]/.test(token));
}
