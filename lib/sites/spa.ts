import type { ProductDraft, SiteAdapter } from './types';

/**
 * Seller centres are single-page apps: the URL changes through pushState (which a content script, living in
 * an isolated world, cannot hook), forms mount in steps, and sellers keep typing. These helpers turn all of
 * that into one debounced "look again" signal, and stop everything when the content script's context aborts.
 */
export type ChangeReason = 'url' | 'dom' | 'edit';

export interface WatchOptions {
  signal: AbortSignal;
  onChange: (reasons: ChangeReason[]) => void;
  win?: Window;
  /** Quiet time before a re-extraction; typing bursts collapse into one. */
  debounceMs?: number;
  /** Backstop URL check, since pushState fires no event a content script can see. */
  pollMs?: number;
  /** Nodes ClearLane adds itself (the badge); their mutations must not trigger a re-extraction loop.
   *  Defaults to anything under a `data-clearlane` element. */
  isOwnNode?: (node: Node) => boolean;
}

/** Nodes inside an element marked `data-clearlane` (the badge host sets it). */
export function isClearLaneNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest('[data-clearlane]') != null;
}

export function watchPage(options: WatchOptions): void {
  const {
    signal,
    onChange,
    win = window,
    debounceMs = 300,
    pollMs = 1000,
    isOwnNode = isClearLaneNode,
  } = options;
  if (signal.aborted) return;
  const pending = new Set<ChangeReason>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastHref = win.location.href;

  const schedule = (reason: ChangeReason): void => {
    pending.add(reason);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const reasons = [...pending];
      pending.clear();
      if (!signal.aborted) onChange(reasons);
    }, debounceMs);
  };
  const checkUrl = (): void => {
    if (win.location.href === lastHref) return;
    lastHref = win.location.href;
    schedule('url');
  };
  const isOwn = (node: Node | null): boolean => node !== null && isOwnNode(node);
  // Mounting or removing the badge host changes its parent's children: that record is ClearLane's too.
  const isOwnRecord = (record: MutationRecord): boolean => {
    if (isOwn(record.target)) return true;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return record.type === 'childList' && nodes.length > 0 && nodes.every((node) => isOwnNode(node));
  };

  // The page window's own constructor, so a test (or an iframe) passes its window and gets its observer.
  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    checkUrl();
    if (records.some((record) => !isOwnRecord(record))) schedule('dom');
  });
  observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
  const onEdit = (event: Event): void => {
    if (!isOwn(event.target as Node | null)) schedule('edit');
  };
  const listen = { capture: true, signal } as const;
  win.document.addEventListener('input', onEdit, listen);
  win.document.addEventListener('change', onEdit, listen);
  win.addEventListener('popstate', checkUrl, { signal });
  win.addEventListener('hashchange', checkUrl, { signal });
  const poll = setInterval(checkUrl, pollMs);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearInterval(poll);
      if (timer !== undefined) clearTimeout(timer);
      pending.clear();
    },
    { once: true },
  );
}

export interface WatchProductOptions extends Omit<WatchOptions, 'onChange'> {
  /** Called with the new draft, or null when the page stops being a product page; only on real changes. */
  onDraft: (draft: ProductDraft | null) => void;
}

/** Extracts now, then again after every URL change, re-render or edit, reporting only when the draft changed. */
export function watchProduct(adapter: SiteAdapter, options: WatchProductOptions): void {
  const win = options.win ?? window;
  let last = 'null';
  const run = (): void => {
    const url = win.location.href;
    let draft: ProductDraft | null = null;
    try {
      draft = adapter.isProductPage(url) ? adapter.extract(win.document, url) : null;
    } catch {
      // A page we do not understand is not a reason to break it; treat it as "no product here".
      draft = null;
    }
    const key = JSON.stringify(draft);
    if (key === last) return;
    last = key;
    options.onDraft(draft);
  };
  if (options.signal.aborted) return;
  run();
  watchPage({ ...options, win, onChange: run });
}
