import { useEffect, useState, type FormEvent } from 'react';
import { send } from '@/lib/messaging/send';
import type { Settings } from '@/lib/settings';

/**
 * Optional model assistance. Off by default; the key is kept in memory for this browser session unless the
 * user explicitly chooses to remember it on this device.
 */
export function LlmPanel() {
  const [llm, setLlm] = useState<Settings['llm'] | null>(null);
  const [key, setKey] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    send('get-settings', {}).then((s) => setLlm(s.llm));
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!llm) return;
    try {
      await send('set-settings', { llm });
      if (key) await send('set-api-key', { key, remember: llm.rememberKey });
      setKey('');
      setMessage(llm.enabled ? 'Saved. Model suggestions are on.' : 'Saved. Model suggestions are off.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  async function test() {
    setMessage('Testing the connection…');
    const r = await send('test-llm', {}).catch((e: unknown) => ({ ok: false, message: String(e) }));
    setMessage(r.message);
  }

  if (!llm) return null;
  const set = (patch: Partial<Settings['llm']>) => setLlm({ ...llm, ...patch });
  return (
    <section aria-labelledby="llm-heading">
      <h2 id="llm-heading">Model assistance (optional)</h2>
      <p className="muted">
        When enabled, the product text of uncertain items is sent to the model server you configure. It leaves
        this device. The model only advises: it cannot make an item automatic or remove a flag.
      </p>
      <form onSubmit={save} className="decide">
        <label>
          <input type="checkbox" checked={llm.enabled} onChange={(e) => set({ enabled: e.target.checked })} />{' '}
          Enabled
        </label>
        <label>
          Base URL
          <input value={llm.baseUrl} onChange={(e) => set({ baseUrl: e.target.value })} />
        </label>
        <label>
          Model
          <input value={llm.model} onChange={(e) => set({ model: e.target.value })} />
        </label>
        <label>
          When to ask
          <select value={llm.when} onChange={(e) => set({ when: e.target.value as Settings['llm']['when'] })}>
            <option value="uncertain">Only items that are not automatic</option>
            <option value="always">Every item</option>
          </select>
        </label>
        <label>
          API key
          <input
            type="password"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            autoComplete="off"
            placeholder="unchanged"
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={llm.rememberKey}
            onChange={(e) => set({ rememberKey: e.target.checked })}
          />{' '}
          Remember the key on this device
        </label>
        <button type="submit">Save model settings</button>
        <button type="button" onClick={test}>
          Test connection
        </button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
