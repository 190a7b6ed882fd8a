import { SyncExport } from './SyncExport';
import { SyncImport } from './SyncImport';
import { SyncSchedule } from './SyncSchedule';

/** Team ruling sync on the options page: import with preview, scheduled URL sync, export. */
export function SyncPanel({ onChange }: { onChange: () => void }) {
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Team ruling sync</h2>
      <SyncImport onImported={onChange} />
      <SyncSchedule onSynced={onChange} />
      <SyncExport />
    </section>
  );
}
