import { browser, type Browser } from 'wxt/browser';

/**
 * The tab the popup speaks about: the active tab, or the one named by `?tab=<id>` when the popup page is
 * opened in a tab of its own (keyboard users, the end-to-end tests), where "active" would be itself.
 */
export async function currentTab(): Promise<Browser.tabs.Tab | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
