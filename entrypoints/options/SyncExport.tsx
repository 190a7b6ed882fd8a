import { useState, type FormEvent } from 'react';
import { send } from '@/lib/messaging/send';

/** Hand a text file to the browser's downloads without any extra permission. */
function download(text: string, mime: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Revoke on the next tick: the click has already started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export the whole cache, or only this device's decisions since a date, as a ruling pack or a CSV. */
export function SyncExport() {
  const [ownOnly, setOwnOnly] = useState(false);
  const [since, setSince] = useState('');
  const [format, setFormat] = useState<'json' | 'csv'>('json');
  const [message, setMessage] = useState('');

  async function exportFile(e: FormEvent) {
    e.preventDefault();
    setMessage('Preparing the file…');
    try {
      const sinceMs = ownOnly && since ? Date.parse(`${since}T00:00:00`) : undefined;
      const file = await send('sync-export', { format, ownOnly, ...(sinceMs ? { since: sinceMs } : {}) });
      download(file.text, file.mime, file.filename);
      setMessage(
        `Saved ${file.count.toLocaleString('en')} record${file.count === 1 ? '' : 's'} as ${file.filename}.`,
      );
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div className="sync-export">
      <h3>Export rulings</h3>
      <form className="decide" onSubmit={exportFile}>
        <label>
          <input type="radio" name="scope" checked={!ownOnly} onChange={() => setOwnOnly(false)} /> Whole
          cache
        </label>
        <label>
          <input type="radio" name="scope" checked={ownOnly} onChange={() => setOwnOnly(true)} /> Only my own
          decisions
        </label>
        <label>
          Since (optional)
          <input type="date" value={since} disabled={!ownOnly} onChange={(e) => setSince(e.target.value)} />
        </label>
        <label>
          Format
          <select value={format} onChange={(e) => setFormat(e.target.value === 'csv' ? 'csv' : 'json')}>
            <option value="json">Ruling pack (.json), for ClearLane</option>
            <option value="csv">Spreadsheet (.csv), rulings only</option>
          </select>
        </label>
        <button type="submit">Download</button>
      </form>
      {message && (
        <p role="status" data-testid="sync-export-message">
          {message}
        </p>
      )}
    </div>
  );
}
