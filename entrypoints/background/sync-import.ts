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
import { takeUpload } from '@/lib/sync/upload-store';
import { rulingsChanged } from './engine';
import { runExclusive, savingProgress, setProgress } from './sync-progress';
import { fetchText } from './sync-url';

/**
 * File and one-off URL imports: the page stages the file (lib/sync/upload-store.ts) → preview → apply. The
 * parsed records stay in memory between preview and apply; if the service worker restarted meanwhile,
 * apply answers `expired` and the options page stages the file again.
 */
interface Upload {
  format?: ImportFormat;
  input?: ImportInput;
}

const uploads = new Map<string, Upload>();
const MAX_LISTED = 200;
/** Rows per bulkPut: small enough that the progress bar moves every second or so, large enough to be cheap. */
const CHUNK = 5000;

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

async function readSource(req: { uploadId: string; url?: string }): Promise<string> {
  if (req.url) {
    setProgress({ phase: 'fetching', done: 0, total: 0 });
    const text = await fetchText(req.url);
    setProgress({ phase: 'checking', done: 0, total: 0 });
    return text;
  }
  const text = await takeUpload(getDb(), req.uploadId);
  if (text === null) throw new Error('The file did not arrive. Please choose it again.');
  return text;
}

export function previewUpload(req: { uploadId: string; name: string; url?: string }): Promise<SyncPreview> {
  return runExclusive(async () => {
    const started = Date.now();
    uploads.clear(); // one file at a time: a new preview drops older parsed files and their memory
    const u: Upload = {};
    uploads.set(req.uploadId, u);
    // The text is not kept in a local: once parsed, its ~66 MB can be collected while the merge is planned.
    const failed = await parseUpload(
      u,
      await readSource(req),
      req.url ? `sync:${req.url}` : `import:${req.name}`,
    );
    if (failed || !u.input) {
      uploads.delete(req.uploadId);
      return failed ?? { ok: false, message: 'The file could not be read.', issues: [] };
    }
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
