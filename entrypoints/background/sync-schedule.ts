import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { checkSyncUrl, readSyncStatus, syncFromUrl } from '@/lib/sync';
import { rulingsChanged } from './engine';
import { readSettings, writeSettings } from './settings-store';
import { runExclusive, savingProgress, setProgress } from './sync-progress';
import { checkUrlAccess } from './sync-url';

/** Scheduled team sync: one chrome.alarms alarm, so it survives service-worker restarts. */
export const SYNC_ALARM = 'clearlane-team-sync';

/** Call synchronously at the top of the background so a restarted worker still receives the alarm. */
export function registerSyncAlarm(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncNow().catch(() => undefined);
  });
  // Chrome may drop alarms on a browser restart or an update; put the schedule back if it is missing.
  void ensureSchedule().catch(() => undefined);
}

async function ensureSchedule(): Promise<void> {
  const { syncUrl, syncEveryMinutes } = await readSettings();
  if (syncUrl && !(await browser.alarms.get(SYNC_ALARM))) await schedule(syncEveryMinutes);
}

async function schedule(everyMinutes: number): Promise<void> {
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: everyMinutes, periodInMinutes: everyMinutes });
}

export async function configureSync({ url, everyMinutes }: { url: string; everyMinutes: number }) {
  const trimmed = url.trim();
  if (!trimmed) {
    await writeSettings({ syncUrl: '', syncEveryMinutes: everyMinutes });
    await browser.alarms.clear(SYNC_ALARM);
    return { ok: true, message: 'Scheduled sync is off.' };
  }
  const bad = checkSyncUrl(trimmed) ?? (await checkUrlAccess(trimmed));
  if (bad) return { ok: false, message: bad };
  await writeSettings({ syncUrl: trimmed, syncEveryMinutes: everyMinutes });
  await schedule(everyMinutes);
  return { ok: true, message: `Saved. ClearLane will check ${trimmed} every ${everyMinutes} minutes.` };
}

export async function syncNow(): Promise<{ status: 'updated' | 'unchanged' | 'failed'; message: string }> {
  const { syncUrl } = await readSettings();
  if (!syncUrl)
    return { status: 'failed', message: 'No team sync address is set. Enter one and save it first.' };
  const denied = await checkUrlAccess(syncUrl);
  if (denied) return { status: 'failed', message: denied };
  return runExclusive(async () => {
    setProgress({ phase: 'fetching', done: 0, total: 0 });
    const res = await syncFromUrl(syncUrl, {
      db: getDb(),
      fetch: (...a) => fetch(...a),
      onProgress: savingProgress,
    });
    if (res.status === 'updated') {
      const { rulings, teamRules } = res.plan;
      if (teamRules.added.length + teamRules.changed.length + teamRules.deleted.length > 0) rulingsChanged();
      else rulingsChanged([...rulings.added, ...rulings.changed], rulings.deleted);
    }
    return { status: res.status, message: res.message };
  });
}

export async function syncStatus() {
  const [status, settings, alarm] = await Promise.all([
    readSyncStatus(getDb()),
    readSettings(),
    browser.alarms.get(SYNC_ALARM),
  ]);
  return {
    status,
    url: settings.syncUrl,
    everyMinutes: settings.syncEveryMinutes,
    ...(alarm ? { nextRunAt: alarm.scheduledTime } : {}),
  };
}
