import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/send';

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** Checks the URL and, for any host but this computer, asks the browser for access to that one origin only. */
function checkUrl(raw: string): { ok: true; origin?: string } | { ok: false; message: string } {
  if (!raw) return { ok: true };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: 'The webhook address is not a valid URL.' };
  }
  if (LOOPBACK.has(url.hostname) && /^https?:$/.test(url.protocol)) return { ok: true };
  if (url.protocol !== 'https:')
    return { ok: false, message: 'Use an https:// address (plain http only works for this computer).' };
  return { ok: true, origin: `${url.origin}/*` };
}

export function OutboxSettings() {
  const [form, setForm] = useState<{
    webhookUrl: string;
    webhookSecret: string;
    notifyExceptions: boolean;
  } | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    send('get-settings', {}).then(({ webhookUrl, webhookSecret, notifyExceptions }) =>
      setForm({ webhookUrl, webhookSecret, notifyExceptions }),
    );
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    const checked = checkUrl(form.webhookUrl.trim());
    if (!checked.ok) return setMessage(checked.message);
    try {
      // Requested first, while the click still counts as a user gesture.
      if (checked.origin && !(await browser.permissions.request({ origins: [checked.origin] }))) {
        return setMessage('ClearLane needs permission to reach that address; nothing was saved.');
      }
      await send('set-settings', { ...form, webhookUrl: form.webhookUrl.trim() });
      setMessage('Alert settings saved.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  if (!form) return null;
  return (
    <form className="decide" onSubmit={save} aria-label="Alert settings">
      <label>
        Webhook URL (Slack, Zapier, Make or any JSON endpoint; empty = off)
        <input
          value={form.webhookUrl}
          onChange={(e) => setForm({ ...form, webhookUrl: e.target.value })}
          placeholder="https://hooks.example.com/…"
          size={48}
        />
      </label>
      <label>
        Signing secret (optional)
        <input
          type="password"
          value={form.webhookSecret}
          onChange={(e) => setForm({ ...form, webhookSecret: e.target.value })}
          autoComplete="off"
        />
      </label>
      <label>
        <span>
          <input
            type="checkbox"
            checked={form.notifyExceptions}
            onChange={(e) => setForm({ ...form, notifyExceptions: e.target.checked })}
          />{' '}
          Desktop notification for new items (at most one a minute)
        </span>
      </label>
      <button type="submit">Save alert settings</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
