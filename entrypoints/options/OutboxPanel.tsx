import { useCallback, useEffect, useState } from 'react';
import { send } from '@/lib/messaging/send';
import type { OutboxEntry } from '@/lib/messages-review';
import { OutboxSettings } from './OutboxSettings';

function stateLabel(r: OutboxEntry): string {
  if (r.state === 'delivered') return 'Sent';
  if (r.state === 'failed') return 'Failed';
  return r.attempts > 0 ? 'Failed, will retry' : 'Waiting';
}

const time = (ms: number) => new Date(ms).toLocaleString();

/** Webhook and notification settings, and every queued delivery with its state (refreshed every few seconds). */
export function OutboxPanel() {
  const [rows, setRows] = useState<OutboxEntry[] | null>(null);
  const [message, setMessage] = useState('');
  const load = useCallback(() => {
    send('outbox-list', {}).then(
      (r) => setRows(r.rows),
      () => setRows([]),
    );
  }, []);
  useEffect(() => {
    load();
    const timer = setInterval(load, 3000);
    return () => clearInterval(timer);
  }, [load]);

  async function sendNow() {
    setMessage('Sending…');
    try {
      const r = await send('outbox-send-now', {});
      setMessage(`${r.delivered} sent, ${r.failed} failed (failed ones are retried automatically).`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
    load();
  }

  return (
    <div>
      <h2>Alerts and webhooks</h2>
      <OutboxSettings />
      <h4>Deliveries</h4>
      <p className="muted">
        Each new exception is posted once to the webhook. When it cannot be reached, ClearLane tries again
        after 30 s, 1 min, 2 min… up to once an hour, also after the browser restarts.
      </p>
      <button type="button" onClick={sendNow}>
        Send waiting deliveries now
      </button>
      {message && <p role="status">{message}</p>}
      {rows && rows.length === 0 && <p>No deliveries yet.</p>}
      {rows && rows.length > 0 && (
        <table className="review-table" data-testid="outbox-table">
          <thead>
            <tr>
              <th>Event</th>
              <th>State</th>
              <th>Attempts</th>
              <th>Next attempt</th>
              <th>Last error</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="outbox-row" data-state={r.state}>
                <td title={r.id}>{r.summary || r.id}</td>
                <td>{stateLabel(r)}</td>
                <td>{r.attempts}</td>
                <td>{r.state === 'pending' ? time(r.nextAttemptAt) : ''}</td>
                <td>{r.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
