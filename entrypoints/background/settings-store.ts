import { browser } from 'wxt/browser';
import { SettingsSchema, type Settings } from '@/lib/settings';

const KEY = 'settings';
const API_KEY = 'llmApiKey';

/** Settings live in storage.local; anything unreadable falls back to defaults rather than breaking the UI. */
export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/**
 * The API key is kept in storage.session (memory only, not visible to content scripts) unless the user
 * chose "remember on this device". It is only ever read here, in the background.
 */
export async function writeApiKey(key: string, remember: boolean): Promise<void> {
  await browser.storage.session.remove(API_KEY);
  await browser.storage.local.remove(API_KEY);
  if (!key) return;
  await (remember ? browser.storage.local : browser.storage.session).set({ [API_KEY]: key });
}

export async function readApiKey(): Promise<string | undefined> {
  const session = (await browser.storage.session.get(API_KEY))[API_KEY];
  const local = (await browser.storage.local.get(API_KEY))[API_KEY];
  const key = session ?? local;
  return typeof key === 'string' && key ? key : undefined;
}
