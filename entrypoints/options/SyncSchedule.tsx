import { useEffect, useState, type FormEvent } from 'react';
import { send } from '@/lib/messaging/send';
import type { MessageOutput } from '@/lib/messages';
import { askHostPermission } from './SyncImport';
import { SyncProgress } from './SyncProgress';

type State = MessageOutput<'sync-get-status'>;

const EVERY = [
  [15, 'every 15 minutes'],
  [60, 'every hour'],
  [360, 'every 6 hours'],
  [1440, 'once a day'],
] as const;

const when = (ms?: number) => (ms ? new Date(ms).toLocaleString() : 'never');

/** The team URL ClearLane checks on a schedule, its last results, and a "Sync now" button. */
export function SyncSchedule({ onSynced }: { onSynced: () => void }) {
  const [state, setState] = useState<State | null>(null);
  const [url, setUrl] = useState('');
  const [every, setEvery] = useState(360);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const refresh = () => send('sync-get-status', {}).then(setState, () => undefined);
  useEffect(() => {
    send('sync-get-status', {}).then(
      (s) => {
        setState(s);
        setUrl(s.url);
        setEvery(s.everyMinutes);
      },
      () => undefined,
    );
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    const target = url.trim();
    // The permission prompt must open during the click, before anything else is awaited.
    const denied = target ? await askHostPermission(target) : null;
    if (denied) return setMessage(denied);
    const res = await send('sync-configure', { url: target, everyMinutes: every }).catch((err: Error) => ({
      ok: false,
      message: err.message,
    }));
    setMessage(res.message);
    await refresh();
  }

  async function syncNow() {
    setBusy(true);
    setMessage('');
    try {
      const res = await send('sync-now', {});
      setMessage(res.message);
      if (res.status === 'updated') onSynced();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
      await refresh();
    }
  }

  // Render nothing until the saved address is loaded, so it cannot overwrite what the user starts typing.
  if (!state) return null;
  const s = state.status;
  const c = s.lastCounts;
  return (
    <div className="sync-schedule">
      <h3>Scheduled sync</h3>
      <form className="decide" onSubmit={save}>
        <label>
          Team ruling address (https)
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
        </label>
        <label>
          Check
          <select value={every} onChange={(e) => setEvery(Number(e.target.value))}>
            {EVERY.map(([m, label]) => (
              <option key={m} value={m}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Save sync settings</button>
        <button type="button" disabled={busy || !state.url} onClick={() => void syncNow()}>
          Sync now
        </button>
      </form>
      <SyncProgress active={busy} />
      {message && (
        <p role="status" data-testid="sync-now-message">
          {message}
        </p>
      )}
      <dl data-testid="sync-status" className="muted">
        <dt>Last successful import</dt>
        <dd>{when(s.lastSuccessAt)}</dd>
        {s.lastUnchangedAt && (
          <>
            <dt>Last checked, nothing new</dt>
            <dd>{when(s.lastUnchangedAt)}</dd>
          </>
        )}
        {c && (
          <>
            <dt>Last import</dt>
            <dd>
              {c.added} new, {c.changed} changed, {c.deleted} deleted, {c.unchanged} unchanged,{' '}
              {c.keptLocalNewer} kept (yours newer), {c.invalid} invalid
            </dd>
          </>
        )}
        {s.lastError && (s.lastErrorAt ?? 0) >= (s.lastSuccessAt ?? 0) && (
          <>
            <dt>Last error ({when(s.lastErrorAt)})</dt>
            <dd data-testid="sync-last-error">{s.lastError}</dd>
          </>
        )}
        {state.nextRunAt && (
          <>
            <dt>Next scheduled check</dt>
            <dd>{when(state.nextRunAt)}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
