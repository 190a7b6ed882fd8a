import { browser } from 'wxt/browser';
import type { SyncProgress } from '@/lib/messages-sync';

/**
 * What the running import or sync is doing, polled by the options page through `sync-progress`. Only one
 * import runs at a time; a second one is refused rather than interleaved with the first.
 */
let progress: SyncProgress = { phase: 'idle', done: 0, total: 0 };

export function readProgress(): SyncProgress {
  return progress;
}

export function setProgress(next: SyncProgress): void {
  progress = next;
}

/**
 * Run `task` as the one import in progress. Chrome stops a service worker after 30 s without extension
 * events, and IndexedDB work alone does not count (reliability notes B.4), so a cheap extension API call
 * every 20 s keeps a long scheduled import alive.
 */
export async function runExclusive<T>(task: () => Promise<T>): Promise<T> {
  if (progress.phase !== 'idle')
    throw new Error('Another ruling import is still running. Wait for it to finish.');
  setProgress({ phase: 'checking', done: 0, total: 0 });
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), 20_000);
  try {
    return await task();
  } finally {
    clearInterval(keepAlive);
    setProgress({ phase: 'idle', done: 0, total: 0 });
  }
}

/** An `onProgress` callback for applyImport/syncFromUrl. */
export function savingProgress(p: { done: number; total: number }): void {
  setProgress({ phase: 'saving', ...p });
}
