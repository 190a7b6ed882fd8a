/**
 * Text normalisation shared by the engine, the lexicon matcher, the rules and the ruling cache keys.
 * Everything that compares product text goes through these functions so "Ốp Lưng", "op lung" and
 * "<b>ốp lưng</b> 📱" all meet on the same tokens.
 */

/** Letters that NFD does not decompose but sellers type interchangeably with a plain Latin letter. */
const LETTER_FOLDS: Record<string, string> = {
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  ß: 'ss',
};

/**
 * Removes Latin diacritics (Vietnamese tones and vowel marks included, đ→d) but keeps Thai and other
 * scripts intact: Thai vowels and tone marks are combining characters too, and dropping them would
 * destroy the word, so only marks that follow a Latin letter are removed.
 */
export function foldDiacritics(s: string): string {
  const decomposed = s.normalize('NFD').replace(/([A-Za-z])[\u0300-\u036f\u1dc0-\u1dff]+/g, '$1');
  return decomposed.replace(/[đĐðÐłŁøØæß]/g, (c) => LETTER_FOLDS[c] ?? c).normalize('NFC');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Page text arrives with markup; tags become spaces so "<li>cotton</li><li>shirt</li>" stays two words. */
function stripMarkup(s: string): string {
  return s
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&#(\d{1,6});/g, (_, n: string) => safeCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, n: string) => safeCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

function safeCodePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ' ';
}

/** Units sellers write next to numbers; joined to the number so "20.000 mAh" and "20000mAh" match. */
const UNITS =
  'mah|wh|kwh|mm|cm|km|m|kg|mg|g|ml|l|ltr|oz|lb|lbs|w|kw|v|a|hz|ghz|mhz|gb|tb|mb|inch|in|pcs|pc|x|cc|gsm|dpi|k';
const UNIT_RE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${UNITS})(?![a-z])`, 'g');

/**
 * Numbers: thousand separators are dropped ("20.000", "20,000" → 20000), a decimal comma becomes a point
 * ("2,5 kg" → 2.5kg), and a number followed by a unit is glued to it.
 */
function normalizeNumbers(s: string): string {
  return s
    .replace(/\b\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)/g, (m) => m.replace(/[.,]/g, ''))
    .replace(/\b(\d+),(\d{1,2})\b/g, '$1.$2')
    .replace(UNIT_RE, '$1$2')
    .replace(/"(?=\s|$)/g, 'inch');
}

/** Text every step below leaves unchanged except case and whitespace: ASCII letters and spaces only. */
const PLAIN = /^[A-Za-z ]*$/;

/**
 * NFKC, markup/url/emoji removal, lower case, diacritics folded, units normalised, punctuation to spaces.
 * The result is a single-spaced string of word characters (any script) and decimal numbers.
 * `keepDiacritics` skips only the folding, so the words line up one to one with the folded result.
 */
export function normalizeText(s: string, keepDiacritics = false): string {
  // Fast path (most lexicon terms and many titles): plain ASCII letters and spaces need only case and spacing.
  if (PLAIN.test(s)) return s.toLowerCase().trim().replace(/\s+/g, ' ');
  let t = stripMarkup(s.normalize('NFKC'));
  t = t.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ').replace(/\S+@\S+\.\w+/g, ' ');
  t = t.replace(/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u200d|\ufe0f|\ufe0e|\u20e3/gu, ' ');
  t = keepDiacritics ? t.toLowerCase().normalize('NFC') : foldDiacritics(t.toLowerCase());
  t = normalizeNumbers(t);
  // Keep letters, marks (Thai), digits and decimal points inside numbers; everything else separates words.
  t = t.replace(/(?<!\d)\.|\.(?!\d)/g, ' ').replace(/[^\p{L}\p{M}\p{N}.]+/gu, ' ');
  return t.trim().replace(/\s+/g, ' ');
}

const SEGMENTER = new Intl.Segmenter('und', { granularity: 'word' });
const HAN_RUN = /^\p{Script=Han}+$/u;

/**
 * Word tokens of normalised text. Intl.Segmenter splits Thai, Chinese and Japanese with ICU dictionaries;
 * Chinese runs also yield character bigrams because ICU often cuts product words (硅胶 → 硅 胶).
 */
export function tokenize(s: string, keepDiacritics = false): string[] {
  const text = normalizeText(s, keepDiacritics);
  const out: string[] = [];
  for (const chunk of text.split(' ')) {
    if (!chunk) continue;
    if (/^[a-z0-9.]+$/.test(chunk)) {
      out.push(chunk);
      continue;
    }
    const words = [...SEGMENTER.segment(chunk)].filter((w) => w.isWordLike).map((w) => w.segment);
    out.push(...words);
    if (HAN_RUN.test(chunk)) out.push(...hanBigrams(chunk));
  }
  return out;
}

function hanBigrams(run: string): string[] {
  const chars = [...run];
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Tokens that look like model numbers or SKUs ("sm-g991b" → "g991b", "a2337"): noise for matching. */
const QUANTITY_RE = new RegExp(`^\\d+(?:\\.\\d+)?(?:${UNITS})$`);

export function isModelNumber(token: string): boolean {
  if (QUANTITY_RE.test(token)) return false;
  return /\d/.test(token) && /[a-z]/.test(token) && token.length >= 5;
}

/**
 * The stable key of a description, used as a ruling's `key`: unique tokens without model numbers, sorted,
 * so re-ordered titles and reworded SKUs of the same product meet on one key. Capped at 48 tokens so a
 * 50 kB description still yields a short, comparable key.
 */
export function normalizeKey(s: string): string {
  // Hyphenated model numbers ("SM-G991B", "XR-500") would split into a word and a code: drop them whole.
  const text = s.replace(/\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-[A-Za-z]*\d[A-Za-z0-9]*\b/g, ' ');
  const tokens = tokenize(text).filter((t) => !isModelNumber(t) && !/^\d+$/.test(t));
  return [...new Set(tokens)].slice(0, 48).sort().join(' ');
}
