import { browser } from 'wxt/browser';
import { checkSyncUrl, hostPermissionFor } from '@/lib/sync';

/** Why ClearLane may not fetch this URL, in plain words; null when it may. */
export async function checkUrlAccess(url: string): Promise<string | null> {
  const bad = checkSyncUrl(url);
  if (bad) return bad;
  const pattern = hostPermissionFor(url);
  if (!pattern || (await browser.permissions.contains({ origins: [pattern] }))) return null;
  return `ClearLane is not allowed to read from ${new URL(url).origin}. Save the address again and accept the browser's request.`;
}

/** A one-off download for the import preview; the 25 s cap stays under Chrome's 30 s fetch limit (B.4). */
export async function fetchText(url: string): Promise<string> {
  const denied = await checkUrlAccess(url);
  if (denied) throw new Error(denied);
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(25_000), cache: 'no-store' });
  } catch (e) {
    throw new Error(`Could not reach ${url} (${(e as Error).message}). Nothing was imported.`);
  }
  if (!res.ok) throw new Error(`${url} answered ${res.status} ${res.statusText}. Nothing was imported.`);
  return res.text();
}
