import { z } from 'zod';
import type { ClearLaneDb } from '../db';
import { countRulings } from '../db/rulings-store';
import { applyImport } from './apply';
import { parseImportText } from './detect';
import type { ImportPreview } from './apply';
import type { PlanCounts } from './merge';
import { patchSyncStatus } from './status';

/**
 * Sync the ruling cache from a team URL. Conditional requests (ETag / Last-Modified, stored in `meta` and
 * committed together with the import) make an unchanged source cost one small 304 response. Meant to run
 * from the scheduled alarm or "Sync now"; the caller keeps the service worker alive (reliability notes B.4).
 */
export interface UrlSyncOptions {
  db: ClearLaneDb;
  fetch: typeof fetch;
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
  allowInvalid?: boolean;
  /** Chrome kills a service worker whose fetch takes over 30 s to answer, so give up before that. */
  timeoutMs?: number;
  now?: () => number;
}

export type UrlSyncResult =
  /** `plan` lets the caller update in-memory indexes with just what changed. */
  | { status: 'updated'; counts: PlanCounts; message: string; plan: ImportPreview }
  | { status: 'unchanged'; message: string }
  | { status: 'failed'; message: string };

const ValidatorsSchema = z.object({ etag: z.string().optional(), lastModified: z.string().optional() });
const validatorsKey = (url: string) => `sync:http:${url}`;

/** Loopback hosts: in the manifest's host_permissions, and the only ones allowed over plain http. */
const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/** The optional host permission a sync URL needs ("https://host/*"), or null for loopback. */
export function hostPermissionFor(raw: string): string | null {
  const url = new URL(raw);
  return LOOPBACK.includes(url.hostname) ? null : `${url.origin}/*`;
}

/** https only; plain http just for a local test server on this machine. */
export function checkSyncUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a web address`;
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.includes(url.hostname)) return null;
  return 'Team sync needs an https:// address, so nobody on the network can alter the rulings on the way';
}

async function conditionalHeaders(db: ClearLaneDb, url: string): Promise<Record<string, string>> {
  // After the cache was cleared, a 304 would leave it empty for good: ask for the full body instead.
  if ((await countRulings(db)) === 0) return {};
  const row = await db.meta.get(validatorsKey(url));
  const v = ValidatorsSchema.safeParse(row?.value ?? {});
  const headers: Record<string, string> = {};
  if (v.success && v.data.etag) headers['If-None-Match'] = v.data.etag;
  if (v.success && v.data.lastModified) headers['If-Modified-Since'] = v.data.lastModified;
  return headers;
}

async function fail(db: ClearLaneDb, url: string, at: number, message: string): Promise<UrlSyncResult> {
  await patchSyncStatus(db, {
    lastAttemptAt: at,
    lastErrorAt: at,
    lastError: message,
    lastSource: url,
  }).catch(() => {});
  return { status: 'failed', message };
}

export async function syncFromUrl(url: string, opts: UrlSyncOptions): Promise<UrlSyncResult> {
  const { db } = opts;
  const now = opts.now ?? Date.now;
  const at = now();
  const bad = checkSyncUrl(url);
  if (bad) return fail(db, url, at, bad);
  let res: Response;
  try {
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? 25_000);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    res = await opts.fetch(url, { headers: await conditionalHeaders(db, url), signal, cache: 'no-store' });
  } catch (e) {
    return fail(
      db,
      url,
      at,
      `Could not reach ${url} (${(e as Error).message}). The ruling cache was not changed.`,
    );
  }
  if (res.status === 304) {
    await patchSyncStatus(db, { lastAttemptAt: at, lastUnchangedAt: at, lastSource: url });
    return { status: 'unchanged', message: 'The team rulings have not changed since the last sync.' };
  }
  if (!res.ok)
    return fail(
      db,
      url,
      at,
      `${url} answered ${res.status} ${res.statusText}. The ruling cache was not changed.`,
    );
  const parsed = await parseImportText(await res.text(), { source: `sync:${url}`, now: at });
  if (parsed.fatal) return fail(db, url, at, `${parsed.fatal}. The ruling cache was not changed.`);
  const validators = {
    ...(res.headers.get('etag') ? { etag: res.headers.get('etag') as string } : {}),
    ...(res.headers.get('last-modified') ? { lastModified: res.headers.get('last-modified') as string } : {}),
  };
  const applied = await applyImport(
    db,
    {
      rulings: parsed.rulings,
      teamRules: parsed.teamRules,
      invalid: parsed.invalid,
      source: url,
      checksum: parsed.checksum,
    },
    {
      onProgress: opts.onProgress,
      signal: opts.signal,
      allowInvalid: opts.allowInvalid,
      now,
      extraMeta: [{ key: validatorsKey(url), value: validators }],
    },
  );
  if (!applied.ok) return { status: 'failed', message: applied.message };
  const c = applied.counts;
  return {
    status: 'updated',
    counts: c,
    plan: applied.plan,
    message: `Synced: ${c.added} new, ${c.changed} changed, ${c.deleted} deleted, ${c.keptLocalNewer} local kept.`,
  };
}
