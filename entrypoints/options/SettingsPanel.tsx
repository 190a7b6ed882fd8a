import { useEffect, useState, type FormEvent } from 'react';
import { send } from '@/lib/messaging/send';
import type { Settings } from '@/lib/settings';

/** Destinations and who decides; saved to storage.local through the background. */
export function SettingsPanel() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [destinations, setDestinations] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [regimeDays, setRegimeDays] = useState(180);
  const [message, setMessage] = useState('');

  useEffect(() => {
    send('get-settings', {}).then((s) => {
      setSettings(s);
      setDestinations(s.destinations.join(', '));
      setDecidedBy(s.decidedBy);
      setRegimeDays(s.regimeMaxAgeDays);
    });
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      const list = destinations.split(/[\s,]+/).filter(Boolean);
      setSettings(
        await send('set-settings', { destinations: list, decidedBy, regimeMaxAgeDays: regimeDays }),
      );
      setMessage('Settings saved.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  if (!settings) return null;
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <form onSubmit={save} className="decide">
        <label>
          Default destinations (ISO codes)
          <input value={destinations} onChange={(e) => setDestinations(e.target.value)} />
        </label>
        <label>
          Your name (recorded with decisions)
          <input value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)} />
        </label>
        <label>
          Review destinations with import-rule changes from the last (days)
          <input
            type="number"
            min={0}
            max={3650}
            value={regimeDays}
            onChange={(e) => setRegimeDays(Number(e.target.value) || 0)}
          />
        </label>
        <button type="submit">Save settings</button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
