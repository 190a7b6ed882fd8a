/**
 * Country and currency of a seller centre, from its URL. Seller centres are per-country hosts
 * (seller.shopee.co.id, sellercenter.lazada.vn, seller-vn.tiktok.com) or carry `?shop_region=XX`; the currency
 * of a price field is that country's unless the page shows a prefix.
 */
export const REGION_CURRENCY: Readonly<Record<string, string>> = {
  ID: 'IDR',
  MY: 'MYR',
  SG: 'SGD',
  TH: 'THB',
  VN: 'VND',
  PH: 'PHP',
  TW: 'TWD',
  BR: 'BRL',
  US: 'USD',
  GB: 'GBP',
};

/** Currency symbols and prefixes as SEA pages print them; longest first so "S$" wins over "$". */
const SYMBOLS: ReadonlyArray<[string, string]> = [
  ['RM', 'MYR'],
  ['Rp', 'IDR'],
  ['S$', 'SGD'],
  ['NT$', 'TWD'],
  ['R$', 'BRL'],
  ['US$', 'USD'],
  ['₫', 'VND'],
  ['đ', 'VND'],
  ['VND', 'VND'],
  ['฿', 'THB'],
  ['₱', 'PHP'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['$', 'USD'],
];

/** Region from `shop_region`, a `seller-xx.` host or the country-code TLD; undefined for generic TLDs. */
export function regionOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const query = parsed.searchParams.get('shop_region');
  if (query && /^[a-z]{2}$/i.test(query)) return query.toUpperCase();
  const host = parsed.hostname.toLowerCase();
  const prefixed = /^seller-([a-z]{2})\./.exec(host);
  if (prefixed?.[1]) return prefixed[1].toUpperCase();
  if (host.endsWith('.tokopedia.com')) return 'ID';
  const tld = /\.([a-z]{2})$/.exec(host);
  return tld?.[1]?.toUpperCase();
}

export function currencyOfRegion(region: string | undefined): string | undefined {
  return region ? REGION_CURRENCY[region] : undefined;
}

/** ISO code from a symbol or code printed next to a price ("RM", "Rp", "₫", "SGD"). */
export function currencyFromText(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = /\b([A-Z]{3})\b/.exec(trimmed);
  if (iso?.[1] && Object.values(REGION_CURRENCY).includes(iso[1])) return iso[1];
  // A symbol counts only as a token of its own: "đ" also begins Vietnamese words ("đóng gói").
  return SYMBOLS.find(([symbol]) => symbolPattern(symbol).test(trimmed))?.[1];
}

function symbolPattern(symbol: string): RegExp {
  const escaped = symbol.replace(/[$]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u');
}
