import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import {
  EMPTY_NOTIFY_STATE,
  notificationText,
  planNotification,
  type NotifyState,
} from '@/lib/review/notify';
import { readSettings } from './settings-store';

const STATE_KEY = 'review:notify';
// A 48 px blue square: Chrome requires an icon for basic notifications, and the extension ships no image files.
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAWUlEQVR4nO3PsQ2AMBAEQTdDZZRPEbgGEi+25qXNPrgZ1/28OzfqAQD1AIB6AEA9AKAeAPDleeUBAAAAAAAAAAAAAAAAAAAAAAAAHAP4YwB1AHUAdQB12wMmyQ9lgRgusDoAAAAASUVORK5CYII=';

/** Counts `added` new exceptions and shows one summary notification if the minute's limit allows it. */
async function step(added: number): Promise<void> {
  const settings = await readSettings();
  if (!settings.notifyExceptions) return;
  const db = getDb();
  const show = await db.transaction('rw', db.meta, async () => {
    const stored = (await db.meta.get(STATE_KEY))?.value as NotifyState | undefined;
    const plan = planNotification(stored ?? EMPTY_NOTIFY_STATE, Date.now(), added);
    await db.meta.put({ key: STATE_KEY, value: plan.state });
    return plan.show;
  });
  if (!show) return;
  try {
    await browser.notifications.create('clearlane-review', {
      type: 'basic',
      iconUrl: ICON,
      title: 'ClearLane: items to review',
      message: `${notificationText(show)} Open the review queue to decide.`,
    });
  } catch {
    // Notifications can be blocked by the system; the review queue still lists every item.
  }
}

export const notifyNewException = (): Promise<void> => step(1);
export const flushNotifications = (): Promise<void> => step(0);
