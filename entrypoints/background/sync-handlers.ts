import { getDb } from '@/lib/db';
import type { Handlers } from '@/lib/messaging/router';
import { exportRulings } from '@/lib/sync';
import { applyUpload, previewUpload } from './sync-import';
import { readProgress } from './sync-progress';
import { configureSync, syncNow, syncStatus } from './sync-schedule';

/** Handlers for the SYNC_MESSAGES (lib/messages-sync.ts). */
export const syncHandlers: Partial<Handlers> = {
  'sync-preview': (req) => previewUpload(req),
  'sync-apply': (req) => applyUpload(req),
  'sync-progress': () => readProgress(),
  'sync-get-status': () => syncStatus(),
  'sync-configure': (req) => configureSync(req),
  'sync-now': () => syncNow(),
  async 'sync-export'({ format, ownOnly, since }) {
    const file = await exportRulings(getDb(), { format, ownOnly, since, source: 'clearlane' });
    return file;
  },
};
