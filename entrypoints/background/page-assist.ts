import { browser } from 'wxt/browser';
import { z } from 'zod';

const InjectedResultSchema = z.union([
  z.object({ kind: z.literal('declaration'), lines: z.number() }),
  z.object({ kind: z.literal('product'), title: z.string(), tier: z.string() }),
  z.object({ kind: z.literal('none') }),
]);

/**
 * Runs the generic content script in a tab the user pointed at (popup button after granting the origin, or
 * the context menu, which grants the tab through activeTab). Returns what it found, in plain words.
 */
export async function classifyTab(
  tabId: number,
): Promise<{ kind: 'declaration' | 'product' | 'none'; message: string }> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/generic.js'],
  });
  const parsed = InjectedResultSchema.safeParse(injection?.result);
  if (!parsed.success || parsed.data.kind === 'none') {
    return { kind: 'none', message: 'ClearLane found no product or declaration form on this page.' };
  }
  if (parsed.data.kind === 'declaration') {
    return {
      kind: 'declaration',
      message: `Found ${parsed.data.lines} declaration line(s); confident codes were filled.`,
    };
  }
  return { kind: 'product', message: `Captured “${parsed.data.title}” (${parsed.data.tier}).` };
}

export const CONTEXT_MENU_ID = 'clearlane-classify';

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CONTEXT_MENU_ID,
      title: 'Classify this product with ClearLane',
      contexts: ['page', 'selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_ID && tab?.id !== undefined)
      void classifyTab(tab.id).catch(() => undefined);
  });
}
