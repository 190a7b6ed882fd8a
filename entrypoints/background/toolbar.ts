import { browser } from 'wxt/browser';
import type { ClassifyResult } from '@/lib/classify/types';

/**
 * The toolbar badge on a carrier tab: how many declared lines need the seller's attention (anything not
 * `auto`). Empty when every line is automatic. MV2 (Firefox) names the API browserAction.
 */
export async function showAttentionCount(
  tabId: number | undefined,
  results: { result: ClassifyResult }[],
): Promise<void> {
  if (tabId === undefined) return;
  const action = browser.action ?? browser.browserAction;
  const count = results.filter((r) => r.result.tier !== 'auto').length;
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#a35a00' });
  } catch {
    // The tab closed while we were classifying: nothing to show.
  }
}
