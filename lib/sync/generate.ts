import type { Ruling, RulingStatus } from '../db/rulings-schema';
import { normalizeKey } from '../classify/normalize';

/**
 * Deterministic synthetic rulings for tests and the import benchmark: realistic sizes and a mix of English,
 * Vietnamese and Thai product text, reproducible from a seed so two runs compare like with like.
 */
const NOUNS = [
  'power bank',
  'phone case',
  'cotton t-shirt',
  'leather wallet',
  'bluetooth earphones',
  'face serum',
  'plastic storage box',
  'stainless steel bottle',
  'yoga mat',
  'LED desk lamp',
  'kids toy car',
  'rice cooker',
  'pin sạc dự phòng',
  'ốp lưng điện thoại',
  'áo thun cotton',
  'ví da nam',
  'tai nghe bluetooth',
  'เคสโทรศัพท์',
  'เสื้อยืดผ้าฝ้าย',
  'กระเป๋าสตางค์หนัง',
  'หูฟังบลูทูธ',
  'ขวดน้ำสแตนเลส',
];
const ADJECTIVES = [
  'black',
  'mini',
  'premium',
  'waterproof',
  'xanh',
  'chính hãng',
  'สีดำ',
  'ของแท้',
  'portable',
  'slim',
];
const CODES = [
  '85076000',
  '39269099',
  '61091000',
  '42023100',
  '85176299',
  '33049930',
  '39241090',
  '73239310',
  '95030060',
  '94052190',
];
const COUNTRIES: (string | undefined)[] = [undefined, 'VN', 'TH', 'MY', 'ID', 'PH', 'SG'];
const STATUSES: RulingStatus[] = ['approved', 'approved', 'approved', 'approved', 'rejected', 'pending'];

/** mulberry32: tiny, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

export function generateRulings(n: number, seed = 1, opts: { baseTime?: number } = {}): Ruling[] {
  const rand = prng(seed);
  const base = opts.baseTime ?? Date.UTC(2025, 0, 1);
  const out: Ruling[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const description = `${pick(rand, ADJECTIVES)} ${pick(rand, NOUNS)} ${pick(rand, ADJECTIVES)} model ${Math.floor(rand() * 1e6)}`;
    const updatedAt = base + i * 1000;
    const country = pick(rand, COUNTRIES);
    const r: Ruling = {
      id: `gen-${seed}-${i}`,
      description,
      key: normalizeKey(description),
      sku: `SKU-${seed}-${i}`,
      code: pick(rand, CODES),
      status: pick(rand, STATUSES),
      hsEdition: 'HS2022',
      decidedAt: new Date(updatedAt).toISOString(),
      decidedBy: pick(rand, ['linh@team', 'somchai@team', 'aisyah@team']),
      source: 'local',
      updatedAt,
    };
    if (country) r.country = country;
    if (rand() < 0.2) r.note = pick(rand, ['checked with broker', 'đã xác nhận', 'ยืนยันแล้ว']);
    out[i] = r;
  }
  return out;
}
