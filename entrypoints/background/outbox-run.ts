import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { deliverDue } from '@/lib/outbox/deliver';
import { readSettings } from './settings-store';
import { flushNotifications } from './review-notify';

export const OUTBOX_ALARM = 'clearlane-outbox';

let running: Promise<{ delivered: number; failed: number }> | undefined;
let again = false;

/**
 * Runs one delivery pass over the outbox. Passes never overlap inside this service worker: a pass asked for
 * while one is running is folded into one more pass afterwards, so an event is never posted twice at once
 * (the immediate attempt after a capture and the minute alarm can otherwise race).
 */
export function runDelivery(): Promise<{ delivered: number; failed: number }> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let total = { delivered: 0, failed: 0 };
    do {
      again = false;
      const settings = await readSettings();
      if (!settings.webhookUrl) break;
      const r = await deliverDue(getDb(), {
        url: settings.webhookUrl,
        secret: settings.webhookSecret || undefined,
      });
      total = { delivered: total.delivered + r.delivered, failed: total.failed + r.failed };
    } while (again);
    return total;
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** Makes every waiting delivery due now (the options page's "Send now"), then runs a pass. */
export async function sendNow(): Promise<{ delivered: number; failed: number }> {
  const db = getDb();
  const now = Date.now();
  await db.outbox.where('state').equals('pending').modify({ nextAttemptAt: now });
  return runDelivery();
}

async function tick(): Promise<void> {
  await Promise.allSettled([runDelivery(), flushNotifications()]);
}

/**
 * Called synchronously at the top level of the background, so a service worker woken by the alarm finds its
 * listener. The alarm is created only when missing: re-creating it on every wake-up would push the first
 * firing back each time and could starve it. Outbox rows live in IndexedDB, so nothing is lost on restart.
 */
export function registerReviewBackground(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void tick();
  });
  browser.notifications?.onClicked.addListener(() => void browser.runtime.openOptionsPage());
  void browser.alarms.get(OUTBOX_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 1 });
  });
}
