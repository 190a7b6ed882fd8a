import { defineContentScript } from 'wxt/utils/define-content-script';
import { CARRIER_MATCHES, findCarrierAdapter } from '@/lib/sites/carriers';
import { watchPage } from '@/lib/sites/spa';
import { browser } from 'wxt/browser';
import { createLineAssistant } from '@/lib/content/assist-lines';
import { isRerunMessage } from '@/lib/content/rerun';

/** Carrier booking pages: classify each declared line; fill the HS field only when the engine is sure. */
export default defineContentScript({
  matches: [...CARRIER_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = findCarrierAdapter(location.href);
    if (!adapter) return;
    const assistant = createLineAssistant({
      site: adapter.id,
      format: adapter.hsFormat,
      optionSelector: adapter.optionSelector,
    });
    ctx.onInvalidated(assistant.destroy);
    let running = Promise.resolve();
    const pass = () => {
      running = running.then(() => assistant.run(adapter.findLines(document))).catch(() => undefined);
    };
    pass();
    // Answers once the pass is done, so the popup refreshes after the new ruling has filled the line.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: { done: true }) => void) => {
      if (!isRerunMessage(message)) return undefined;
      pass();
      void running.then(() => sendResponse({ done: true }));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    watchPage({
      signal: ctx.signal,
      onChange: pass,
      isOwnNode: (node) => node instanceof Element && node.closest('[data-clearlane]') !== null,
    });
  },
});
