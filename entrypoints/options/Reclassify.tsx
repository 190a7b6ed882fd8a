import { useState } from 'react';
import { send } from '@/lib/messaging/send';

const BATCH = 25;

/** Re-classifies the whole catalogue in batches (after new rulings or a data update), with a progress bar. */
export function Reclassify({ onDone }: { onDone: () => void }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState('');

  async function run() {
    setMessage('');
    let offset = 0;
    try {
      for (;;) {
        const step = await send('reclassify', { offset, limit: BATCH });
        setProgress(step);
        if (step.done >= step.total || step.done === offset) break;
        offset = step.done;
      }
      setMessage('Catalogue re-classified.');
      onDone();
    } catch (error) {
      setMessage(
        `Stopped: ${error instanceof Error ? error.message : String(error)}. Products done so far keep their new result.`,
      );
    } finally {
      setProgress(null);
    }
  }

  return (
    <p>
      <button type="button" onClick={run} disabled={progress !== null}>
        Re-classify all
      </button>{' '}
      {progress && (
        <>
          <progress value={progress.done} max={progress.total} aria-label="Re-classifying" /> {progress.done}{' '}
          of {progress.total}
        </>
      )}
      {message && <span role="status">{message}</span>}
    </p>
  );
}
