/**
 * Hashing helpers for ruling sync: a synchronous id hash (CSV parsing must stay synchronous so the CLI and
 * the options page can call it directly) and the pack checksum (SHA-256 through WebCrypto, which exists both
 * in Node 20 and in the MV3 service worker).
 */

/** cyrb53-style 53-bit string hash; two seeds give ~106 bits, plenty to keep team ruling ids apart. */
export function hash53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Deterministic id from parts: the same description/country/sku always yields the same id. */
export function stableId(parts: readonly string[]): string {
  const s = parts.join('\u241f'); // a separator that cannot appear in a trimmed CSV cell by accident
  return `r-${hash53(s, 1).toString(16).padStart(14, '0')}${hash53(s, 7).toString(16).padStart(14, '0')}`;
}

/**
 * JSON with object keys sorted at every level, so equal records always serialise to equal bytes. The same
 * as canonicalJsonReference, byte for byte, but faster on a pack: records share their key order, so the
 * sorted order of the last key list seen is reused instead of sorting every object's keys again.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysCached(value));
}

/** The original definition of the canonical form; the checksum of every pack ever written depends on it. */
export function canonicalJsonReference(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(obj).sort()) if (obj[k] !== undefined) out[k] = sortKeys(obj[k]);
    return out;
  }
  return value;
}

let lastKeys: string[] = [];
let lastSorted: string[] = [];

function sortedKeysOf(obj: object): string[] {
  const keys = Object.keys(obj);
  if (keys.length === lastKeys.length && keys.every((k, i) => k === lastKeys[i])) return lastSorted;
  lastKeys = keys;
  lastSorted = [...keys].sort();
  return lastSorted;
}

function sortKeysCached(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysCached);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of sortedKeysOf(obj)) if (obj[k] !== undefined) out[k] = sortKeysCached(obj[k]);
    return out;
  }
  return value;
}

const toHex = (digest: ArrayBuffer) =>
  [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of a UTF-8 string as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

const LINES_PER_GROUP = 1000;

/**
 * sha256Hex(lines.join('\n')), without building that one string: the lines are encoded in groups. In the
 * Chromium service worker, joining and encoding the 33 MB body of a 100k-ruling pack at once took 0.4–1.2 s
 * (a 66 MB flat string, then copies of it), in groups of 1000 lines about 0.3 s.
 */
export async function sha256HexOfLines(lines: readonly string[]): Promise<string> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < lines.length; i += LINES_PER_GROUP) {
    // Groups end at line breaks, so no character (not even a lone surrogate) is split between two of them.
    const bytes = encoder.encode((i ? '\n' : '') + lines.slice(i, i + LINES_PER_GROUP).join('\n'));
    parts.push(bytes);
    total += bytes.length;
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  return toHex(await crypto.subtle.digest('SHA-256', body));
}

/** The checksum covers the canonical NDJSON body: the same records always give the same checksum. */
export async function packChecksum(
  rulings: readonly unknown[],
  teamRules: readonly unknown[],
): Promise<string> {
  const lines = rulings.map((r) => canonicalJson(r));
  for (const t of teamRules) lines.push(canonicalJson({ teamRule: t }));
  return sha256HexOfLines(lines);
}
