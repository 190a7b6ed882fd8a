import { RulingSchema, type Ruling } from '../db/rulings-schema';

/**
 * A fast path for validating pack records, in front of RulingSchema (lib/db/rulings-schema.ts): in the MV3
 * service worker zod cannot compile its checks (the extension CSP forbids eval), and validating 100k
 * rulings one by one took ~0.3 s of the import in Chromium. This check only ever ACCEPTS a record that
 * RulingSchema accepts, and then returns what RulingSchema would (known keys in schema order, nothing
 * undefined). Anything unusual returns null and the caller asks zod, so errors and strictness are zod's.
 * test/unit/sync/ruling-check.test.ts compares the two on valid and broken records, and pins the schema so
 * a change to it fails there until this check is updated.
 */
const FIELDS =
  'code,country,decidedAt,decidedBy,deleted,description,extra,hsEdition,id,key,note,sku,source,status,updatedAt';
/** Fail safe: should RulingSchema gain or lose a field, every record goes to zod until this file catches up. */
const isInStep = Object.keys(RulingSchema.shape).sort().join() === FIELDS;
const STATUSES = new Set(['approved', 'rejected', 'pending']);
const CODE = /^\d{4,10}$/;

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

const optString = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';

/** Every value a string and no key zod could treat differently; else null. */
function quickExtra(v: unknown): Record<string, string> | null {
  if (!isPlain(v)) return null;
  const out: Record<string, string> = {};
  for (const k of Object.keys(v)) {
    const s = v[k];
    if (typeof s !== 'string' || k === '__proto__') return null;
    out[k] = s;
  }
  return out;
}

export function quickParseRuling(v: unknown): Ruling | null {
  if (!isInStep || !isPlain(v)) return null;
  const { id, description, key, sku, code, country, status, hsEdition, decidedAt, decidedBy, note } = v;
  const { source, updatedAt, deleted, extra } = v;
  if (typeof id !== 'string' || id.length === 0 || typeof description !== 'string') return null;
  if (typeof key !== 'string' || typeof code !== 'string' || !CODE.test(code)) return null;
  if (typeof status !== 'string' || !STATUSES.has(status)) return null;
  if (typeof hsEdition !== 'string' || typeof decidedAt !== 'string' || typeof source !== 'string')
    return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return null;
  if (!optString(sku) || !optString(country) || !optString(decidedBy) || !optString(note)) return null;
  if (deleted !== undefined && typeof deleted !== 'boolean') return null;
  const extraOut = extra === undefined ? undefined : quickExtra(extra);
  if (extraOut === null) return null;
  // Built in RulingSchema's key order, as zod builds its output.
  const out = { id, description, key } as Ruling;
  if (sku !== undefined) out.sku = sku;
  out.code = code;
  if (country !== undefined) out.country = country;
  out.status = status as Ruling['status'];
  out.hsEdition = hsEdition;
  out.decidedAt = decidedAt;
  if (decidedBy !== undefined) out.decidedBy = decidedBy;
  if (note !== undefined) out.note = note;
  out.source = source;
  out.updatedAt = updatedAt;
  if (deleted !== undefined) out.deleted = deleted;
  if (extraOut) out.extra = extraOut;
  return out;
}
