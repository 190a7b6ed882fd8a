import { browser } from 'wxt/browser';

/**
 * Sites where the seller hid the badge ("Hide on this site"). Kept under its own storage key, apart from the
 * settings the background validates, because it is the one preference a content script may change.
 */
const KEY = 'hiddenBadgeSites';

async function read(): Promise<string[]> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function isBadgeHidden(host: string): Promise<boolean> {
  return (await read()).includes(host);
}

export async function hideBadgeOn(host: string): Promise<void> {
  const hosts = new Set(await read());
  hosts.add(host);
  await browser.storage.local.set({ [KEY]: [...hosts] });
}
