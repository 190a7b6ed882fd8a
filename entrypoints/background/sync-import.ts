import { getDb } from '@/lib/db';
import {
  applyImport,
  parseImportText,
  previewImport,
  type ImportFormat,
  type ImportInput,
  type ImportPreview,
} from '@/lib/sync';
import type { SyncPreview } from '@/lib/messages-sync';
import { rulingsChanged } from './engine';
import { runExclusive, savingProgress, setProgress } from './sync-progress';
import { fetchText } from './sync-url';

/**
 * File and one-off URL imports: upload (in parts) → preview → apply. The uploaded text and its parsed
 * records stay in memory between preview and apply; if the service worker restarted meanwhile, apply
 * answers `expired` and the options page uploads the file again.
 */
interface Upload {
  parts: string[];
  received: Set<number>;
  format?: ImportFormat;
  input?: ImportInput;
}

const uploads = new Map<string, Upload>();
const MAX_LISTED = 200;
/** Rows per bulkPut: small enough that the progress bar moves every second or so, large enough to be cheap. */
const CHUNK = 5000;

export function receivePart(p: { uploadId: string; part: number; parts: number; text: string }): {
  received: number;
} {
  if (p.part >= p.parts) throw new Error('The file arrived out of order. Please choose it again.');
  let u = uploads.get(p.uploadId);
  if (!u || u.parts.length !== p.parts) {
    uploads.clear(); // one file at a time: a new upload drops older ones and their memory
    u = { parts: new Array<string>(p.parts).fill(''), received: new Set() };
    uploads.set(p.uploadId, u);
  }
  u.parts[p.part] = p.text;
  u.received.add(p.part);
  return { received: u.received.size };
}

/** Sentence case and a closing statement for the library's lower-case reasons. */
function plain(reason: string): string {
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}. Nothing was imported; the ruling cache was not changed.`;
}

async function parseUpload(u: Upload, text: string, source: string): Promise<SyncPreview | null> {
  const parsed = await parseImportText(text, { source, now: Date.now() });
  if (parsed.fatal)
    return { ok: false, message: plain(parsed.fatal), issues: parsed.invalid.slice(0, MAX_LISTED) };
  u.format = parsed.format;
  u.input = {
    rulings: parsed.rulings,
    teamRules: parsed.teamRules,
    invalid: parsed.invalid,
    source,
    checksum: parsed.checksum,
  };
  return null;
}

function summarize(format: ImportFormat, p: ImportPreview, ms: number): SyncPreview {
  const conflicts = p.rulings.keptLocalNewer.slice(0, MAX_LISTED).map(({ local, incoming }) => ({
    description: local.description,
    localCode: local.code,
    incomingCode: incoming.code,
    localUpdatedAt: local.updatedAt,
  }));
  return {
    ok: true,
    format,
    counts: p.counts,
    issues: p.rulings.invalid.slice(0, MAX_LISTED),
    conflicts,
    ms,
  };
}

export function previewUpload(req: { uploadId: string; name: string; url?: string }): Promise<SyncPreview> {
  return runExclusive(async () => {
    const started = Date.now();
    let u = uploads.get(req.uploadId);
    if (req.url) {
      setProgress({ phase: 'fetching', done: 0, total: 0 });
      uploads.clear();
      u = { parts: [await fetchText(req.url)], received: new Set([0]) };
      uploads.set(req.uploadId, u);
      setProgress({ phase: 'checking', done: 0, total: 0 });
    }
    if (!u || u.received.size < u.parts.length)
      throw new Error('The file did not arrive completely. Please choose it again.');
    const text = u.parts.join('');
    const failed = await parseUpload(u, text, req.url ? `sync:${req.url}` : `import:${req.name}`);
    if (failed || !u.input) {
      uploads.delete(req.uploadId);
      return failed ?? { ok: false, message: 'The file could not be read.', issues: [] };
    }
    u.parts = []; // the parsed records are all that apply needs
    return summarize(u.format ?? 'csv', await previewImport(getDb(), u.input), Date.now() - started);
  });
}

export async function applyUpload(req: { uploadId: string; allowInvalid: boolean }) {
  const u = uploads.get(req.uploadId);
  if (!u?.input) {
    return {
      ok: false,
      expired: true,
      message: 'ClearLane restarted since the preview. The file is being sent again.',
    };
  }
  const input = u.input;
  const res = await runExclusive(() =>
    applyImport(getDb(), input, {
      allowInvalid: req.allowInvalid,
      onProgress: savingProgress,
      chunkSize: CHUNK,
    }),
  );
  if (!res.ok) return { ok: false, message: res.message };
  uploads.delete(req.uploadId);
  const { rulings, teamRules } = res.plan;
  if (teamRules.added.length + teamRules.changed.length + teamRules.deleted.length > 0) rulingsChanged();
  else rulingsChanged([...rulings.added, ...rulings.changed], rulings.deleted);
  const c = res.counts;
  const message = `Imported in ${(res.ms / 1000).toFixed(1)} s: ${c.added} new, ${c.changed} changed, ${c.deleted} deleted, ${c.unchanged} unchanged, ${c.keptLocalNewer} kept because your own decision is newer.`;
  return { ok: true, message, counts: c, ms: res.ms };
}
