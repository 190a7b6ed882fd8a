/**
 * Country names as carrier forms show them (English display names such as FedEx's "Hong Kong SAR, China", and
 * the local names used by ID/MY/VN/TH/zh forms) mapped to ISO 3166 alpha-2, so a destination or origin field
 * becomes a code the engine understands. Keys are compared after `countryKey` folding.
 */
// prettier-ignore
const COUNTRY_NAMES: Record<string, readonly string[]> = {
  SG: ['singapore', 'singapura', 'xingapo', 'สิงคโปร์', '新加坡'],
  MY: ['malaysia', 'malaixia', 'mã lai', 'มาเลเซีย', '马来西亚', '馬來西亞'],
  ID: ['indonesia', 'inđônêxia', 'indonesia republic of', 'อินโดนีเซีย', '印度尼西亚', '印尼'],
  TH: ['thailand', 'thái lan', 'ประเทศไทย', 'ไทย', '泰国', '泰國'],
  VN: ['vietnam', 'viet nam', 'việt nam', 'เวียดนาม', '越南'],
  PH: ['philippines', 'filipina', 'philippin', 'ฟิลิปปินส์', '菲律宾', '菲律賓'],
  CN: ['china', 'china mainland', 'mainland china', "china people's republic", 'tiongkok', 'trung quốc', 'จีน', '中国', '中國'],
  HK: ['hong kong', 'hong kong sar china', 'hong kong sar', 'hồng kông', 'ฮ่องกง', '香港'],
  TW: ['taiwan', 'taiwan china', 'đài loan', 'ไต้หวัน', '台湾', '台灣'],
  JP: ['japan', 'jepun', 'jepang', 'nhật bản', 'ญี่ปุ่น', '日本'],
  KR: ['south korea', 'korea south', 'korea republic of', 'korea', 'hàn quốc', 'เกาหลีใต้', '韩国', '韓國'],
  US: ['united states', 'united states of america', 'usa', 'amerika serikat', 'hoa kỳ', 'mỹ', 'สหรัฐอเมริกา', '美国', '美國'],
  GB: ['united kingdom', 'uk', 'great britain', 'england', 'vương quốc anh', 'สหราชอาณาจักร', '英国', '英國'],
  AU: ['australia', 'úc', 'ออสเตรเลีย', '澳大利亚', '澳洲'],
  IN: ['india', 'ấn độ', 'อินเดีย', '印度'],
  DE: ['germany', 'jerman', 'đức', 'เยอรมนี', '德国', '德國'],
  BN: ['brunei', 'brunei darussalam'],
  KH: ['cambodia', 'kemboja', 'kamboja', 'campuchia', 'กัมพูชา', '柬埔寨'],
  LA: ['laos', "lao people's democratic republic", 'lào', 'ลาว', '老挝'],
  MM: ['myanmar', 'burma', 'myanma', 'เมียนมา', '缅甸'],
};

function countryKey(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/[(),.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, string>(
  Object.entries(COUNTRY_NAMES).flatMap(([code, names]) => [
    [code.toLowerCase(), code] as const,
    ...names.map((name) => [countryKey(name), code] as const),
  ]),
);

/**
 * ISO alpha-2 for a field's value: a bare code ("SG"), a name ("Hong Kong SAR, China") or a select label with
 * the code appended ("Singapore (SG)"). Null when unknown, so the caller asks instead of guessing.
 */
export function toCountryCode(raw: string): string | null {
  const key = countryKey(raw);
  const direct = BY_NAME.get(key);
  if (direct) return direct;
  const withCode = /^(.+?)[\s-]+([a-z]{2})$/.exec(key);
  return withCode ? (BY_NAME.get(withCode[1]!.trim()) ?? null) : null;
}
