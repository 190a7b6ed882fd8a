import { useState, type DragEvent } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { send } from '@/lib/messaging/send';
import { MessageError } from '@/lib/messages';
import type { SyncPreview as Preview } from '@/lib/messages-sync';
import { checkSyncUrl, hostPermissionFor } from '@/lib/sync';
import { stageUpload } from '@/lib/sync/upload-store';
import { IssueList, SyncPreview } from './SyncPreview';
import { SyncProgress } from './SyncProgress';

/**
 * Ask for the one origin a URL needs. Must run first in a click handler: the browser only shows the
 * request during the user's gesture. Loopback needs nothing (it is in the manifest).
 */
export async function askHostPermission(url: string): Promise<string | null> {
  const bad = checkSyncUrl(url);
  if (bad) return bad;
  const pattern = hostPermissionFor(url);
  if (!pattern || (await browser.permissions.request({ origins: [pattern] }))) return null;
  return `ClearLane needs your permission to read from ${new URL(url).origin}. Nothing was changed.`;
}

/** A rejected message that is not the background's own error means the background went away mid-request. */
function describeFailure(error: unknown): string {
  if (error instanceof MessageError) return error.message;
  return 'ClearLane stopped while importing. Nothing was changed: the ruling cache is exactly as before. Please try again.';
}

type Source = { kind: 'file'; file: File } | { kind: 'url'; url: string };

/** Import from a picked or dropped file, or from a web address: preview first, then apply. */
export function SyncImport({ onImported }: { onImported: () => void }) {
  const [source, setSource] = useState<Source | null>(null);
  const [uploadId, setUploadId] = useState('');
  const [url, setUrl] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [local, setLocal] = useState('');
  const [message, setMessage] = useState('');

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setMessage('');
    try {
      await task();
    } catch (error) {
      setMessage(describeFailure(error));
    } finally {
      setBusy(false);
      setLocal('');
    }
  }

  async function check(src: Source): Promise<{ id: string; result: Preview }> {
    const id = crypto.randomUUID();
    if (src.kind === 'file') {
      setLocal('Handing the file to ClearLane…');
      await stageUpload(getDb(), id, src.file);
    }
    const name = src.kind === 'file' ? src.file.name : src.url;
    const result = await send('sync-preview', {
      uploadId: id,
      name,
      ...(src.kind === 'url' ? { url: src.url } : {}),
    });
    return { id, result };
  }

  const choose = (src: Source) =>
    run(async () => {
      setSource(src);
      setPreview(null);
      const { id, result } = await check(src);
      setUploadId(id);
      setPreview(result);
    });

  async function previewUrl() {
    const denied = await askHostPermission(url.trim());
    if (denied) return setMessage(denied);
    await choose({ kind: 'url', url: url.trim() });
  }

  const apply = (allowInvalid: boolean) =>
    run(async () => {
      if (!source) return;
      let res = await send('sync-apply', { uploadId, allowInvalid });
      if (res.expired) {
        const again = await check(source);
        if (!again.result.ok) return setPreview(again.result);
        res = await send('sync-apply', { uploadId: again.id, allowInvalid });
      }
      setMessage(res.message);
      if (res.ok) {
        setPreview(null);
        setSource(null);
        onImported();
      }
    });

  function drop(e: DragEvent) {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void choose({ kind: 'file', file });
  }

  const ok = preview?.ok ? preview : null;
  const writes = ok ? ok.counts.added + ok.counts.changed + ok.counts.deleted : 0;
  return (
    <div className="sync-import" onDragOver={(e) => e.preventDefault()} onDrop={drop}>
      <h3>Import rulings</h3>
      <p className="muted">Choose or drop a ruling pack (.json, .ndjson) or a spreadsheet saved as .csv.</p>
      <label>
        Ruling file{' '}
        <input
          type="file"
          accept=".json,.ndjson,.csv,application/json,text/csv"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose({ kind: 'file', file });
          }}
        />
      </label>
      <form className="decide" onSubmit={(e) => (e.preventDefault(), void previewUrl())}>
        <label>
          Or from a web address
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
        </label>
        <button type="submit" disabled={busy || !url.trim()}>
          Preview from address
        </button>
      </form>
      <SyncProgress active={busy} local={local} />
      {preview && !preview.ok && (
        <div data-testid="sync-rejected" role="alert">
          <p>{preview.message}</p>
          <IssueList issues={preview.issues} total={preview.issues.length} />
        </div>
      )}
      {ok && <SyncPreview preview={ok} />}
      {ok && !busy && (
        <p className="decide">
          {ok.counts.invalid === 0 && writes > 0 && (
            <button onClick={() => void apply(false)}>Apply import</button>
          )}
          {ok.counts.invalid > 0 && writes > 0 && (
            <button onClick={() => void apply(true)}>
              Import the {writes.toLocaleString('en')} valid changes, skip {ok.counts.invalid} invalid
            </button>
          )}
          {writes === 0 && <span>Nothing to change: the cache already has everything in this file.</span>}
          <button onClick={() => (setPreview(null), setSource(null))}>Cancel</button>
        </p>
      )}
      {message && (
        <p role="status" data-testid="sync-import-message">
          {message}
        </p>
      )}
    </div>
  );
}
