/**
 * What declaration fields are called, per role and language, as data. Compared against a field's label text,
 * placeholder, aria-label, name and id after `normalizeLabel` (lower case, camelCase and snake_case split into
 * words), so "commodityCode", "hs_code" and "HS Code" all read "… code".
 *
 * Languages: en, id (Indonesian), ms (Malay), vi, th, zh (simplified and traditional). Sources: carrier forms in
 * target-pages.md A.2 and the customs vocabulary of each tariff book (BTKI "pos tarif", PDK "kod tarif", Biểu
 * thuế "mã HS", พิกัดศุลกากร, 海关商品编码 / 稅則號別).
 * A space in a term matches optional whitespace. Terms with Latin letters must stand as whole words (Unicode
 * aware, so "mô tả" works); Thai and Chinese terms have no word spacing and are matched as substrings.
 */

export type FieldRole = 'hsCode' | 'description' | 'quantity' | 'value' | 'weight' | 'origin' | 'destination';

// prettier-ignore
export const FIELD_TERMS: Record<FieldRole, readonly string[]> = {
  hsCode: [
    'hs', 'hscode', 'hs code', 'hs no', 'hs number', 'hts', 'tariff code', 'tariff no', 'tariff number',
    'commodity code', 'harmonized code', 'harmonised code', 'harmonized tariff code', 'harmonized system code',
    'customs code', 'kode hs', 'kode tarif', 'pos tarif', 'nomor hs', 'kod hs', 'kod tarif', 'kod komoditi',
    'mã hs', 'mã số hs', 'mã biểu thuế', 'รหัสพิกัด', 'พิกัดศุลกากร', 'รหัส hs', '海关编码', '海關編碼', '商品编码',
    'hs 编码', 'hs 編碼', '税则号', '稅則號',
  ],
  description: [
    'description', 'desc', 'contents', 'item name', 'product name', 'goods name', 'deskripsi', 'nama barang',
    'uraian barang', 'isi paket', 'keterangan', 'penerangan', 'perihal', 'kandungan', 'mô tả', 'tên hàng',
    'nội dung', 'รายละเอียด', 'ชื่อสินค้า', 'คำอธิบาย', '描述', '品名', '商品名称', '商品名稱', '内容', '內容',
  ],
  quantity: ['qty', 'quantity', 'pieces', 'pcs', 'jumlah', 'kuantiti', 'số lượng', 'จำนวน', '数量', '數量'],
  value: [
    'value', 'item value', 'price', 'amount', 'nilai', 'harga', 'giá trị', 'đơn giá', 'มูลค่า', 'ราคา', '价值',
    '價值', '申报价', '单价',
  ],
  weight: ['weight', 'wt', 'kg', 'berat', 'trọng lượng', 'cân nặng', 'น้ำหนัก', '重量'],
  origin: [
    'origin', 'country of origin', 'country of manufacture', 'manufacture', 'made in',
    'negara asal', 'negara pembuat', 'xuất xứ', 'ประเทศต้นทาง', 'แหล่งกำเนิด', '原产', '原產', '产地', '產地',
  ],
  destination: [
    'destination', 'destination country', 'ship to country', 'recipient country', 'receiver country',
    'consignee country', 'to country', 'negara tujuan', 'negara destinasi', 'negara penerima', 'nước đến',
    'nước nhận', 'quốc gia nhận', 'quốc gia đến', 'ประเทศปลายทาง', '目的国', '目的國', '目的地', '收件国家',
  ],
};

/**
 * Words that disqualify a field from a role even when a term matches: a "postal code" is never an HS code, a
 * code-lookup search box is not the code field, and the description of an HS code is not the goods description.
 */
// prettier-ignore
export const FIELD_EXCLUSIONS: Partial<Record<FieldRole, readonly string[]>> = {
  hsCode: ['postal', 'post code', 'postcode', 'zip', 'promo', 'voucher', 'coupon', 'phone', 'search', 'lookup'],
  description: ['hs', 'tariff', 'commodity code', 'package', 'parcel', 'shipment', 'search'],
  value: ['weight', 'kg', 'code', 'currency', 'total', 'shipment'],
  weight: ['package', 'parcel', 'total', 'shipment', 'gross'],
  origin: ['destination', 'sender', 'shipper', 'from'],
  quantity: ['package', 'parcel', 'code'],
};

const LATIN = /[a-z]/;

function escapeTerm(term: string): string {
  return term.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/ /g, '\\s?');
}

/**
 * One alternation per role: Latin terms must stand as whole words, others (Thai, Chinese…) match anywhere.
 * Two regexes instead of one per term, because each Unicode-property lookaround costs a compile on the page's
 * first read (measured in Chromium: bench/capture-results.md).
 */
function compile(terms: readonly string[]): RegExp[] {
  const latin = terms.filter((t) => LATIN.test(t)).map(escapeTerm);
  const other = terms.filter((t) => !LATIN.test(t)).map(escapeTerm);
  return [
    ...(latin.length ? [new RegExp(`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`, 'u')] : []),
    ...(other.length ? [new RegExp(other.join('|'), 'u')] : []),
  ];
}

const COMPILED = Object.fromEntries(
  Object.entries(FIELD_TERMS).map(([role, terms]) => [role, compile(terms)]),
) as Record<FieldRole, RegExp[]>;
const COMPILED_EXCLUSIONS = Object.fromEntries(
  Object.entries(FIELD_EXCLUSIONS).map(([role, terms]) => [role, compile(terms)]),
) as Partial<Record<FieldRole, RegExp[]>>;

/** "commodityCode" → "commodity code", "hs_code[0]" → "hs code 0", lower-cased; Unicode letters kept. */
export function normalizeLabel(raw: string): string {
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .replace(/[_\-.[\]:*()/#,;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function matchesRole(label: string, role: FieldRole): boolean {
  const text = normalizeLabel(label);
  if (!text) return false;
  if (COMPILED_EXCLUSIONS[role]?.some((re) => re.test(text))) return false;
  return COMPILED[role].some((re) => re.test(text));
}
