import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '@/lib/messaging/router';
import { handlers } from './handlers';
import { registerContextMenu } from './page-assist';
import { registerReviewBackground } from './outbox-run';
import { registerSyncAlarm } from './sync-schedule';

export default defineBackground(() => {
  const route = createRouter(handlers, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  // Registered synchronously at top level so a restarted service worker still receives the first message.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  registerContextMenu();
  registerReviewBackground();
  registerSyncAlarm();
});
