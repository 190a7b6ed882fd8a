import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/send';
import type { SyncProgress as Progress } from '@/lib/messages-sync';

/** Anything that finishes within this time shows no progress at all, so quick imports do not flicker. */
const SHOW_AFTER_MS = 1000;

const PHASE_TEXT: Record<Progress['phase'], string> = {
  idle: 'Working…',
  fetching: 'Downloading the team file…',
  checking: 'Checking every record…',
  saving: 'Saving rulings…',
};

/**
 * Progress of the running import, polled from the background while `active`. `local` is progress the page
 * knows itself (handing the file over), shown before the background reports anything.
 */
export function SyncProgress({ active, local }: { active: boolean; local?: string }) {
  const [visible, setVisible] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    if (!active) {
      setVisible(false);
      setProgress(null);
      return;
    }
    const show = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    const poll = setInterval(() => {
      send('sync-progress', {}).then(setProgress, () => undefined);
    }, 300);
    return () => {
      clearTimeout(show);
      clearInterval(poll);
    };
  }, [active]);

  if (!active || !visible) return null;
  const phase = progress?.phase ?? 'idle';
  const saving = phase === 'saving' && progress && progress.total > 0;
  const text =
    phase === 'idle' && local
      ? local
      : saving
        ? `Saving rulings: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}`
        : PHASE_TEXT[phase];
  return (
    <div data-testid="sync-progress" role="status" data-phase={phase}>
      <p>{text}</p>
      {saving ? <progress max={progress.total} value={progress.done} /> : <progress />}
    </div>
  );
}
