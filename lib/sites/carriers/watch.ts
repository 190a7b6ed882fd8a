import type { DeclarationLine } from './types';

/** What identifies the page's current set of lines: which HS fields, in which order, describing what. */
function signature(lines: DeclarationLine[]): string {
  return JSON.stringify(
    lines.map((line) => [line.index, line.description, line.hsValue, line.destinationCode]),
  );
}

export interface WatchOptions {
  /** Quiet period before re-reading: SPAs re-render in bursts (Angular steps, React lists). */
  debounceMs?: number;
  signal?: AbortSignal;
}

/**
 * Calls `onLines` with the page's lines now and whenever they change: MyDHL+ is hash-routed, the others push
 * history, and all of them render steps and "Add item" rows in place (target-pages.md A.3 §3). A MutationObserver
 * (including attribute changes, for steps shown by toggling `hidden`/`class`/`style`) plus hashchange/popstate,
 * debounced; `onLines` is only called when the set of lines really changed. Stops when `signal` aborts.
 */
export function watchLines(
  doc: Document,
  findLines: (doc: Document) => DeclarationLine[],
  onLines: (lines: DeclarationLine[]) => void,
  options: WatchOptions = {},
): void {
  const view = doc.defaultView;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = (): void => {
    const lines = findLines(doc);
    const next = signature(lines);
    if (next === last) return;
    last = next;
    onLines(lines);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(read, options.debounceMs ?? 150);
  };
  const observer = new (view?.MutationObserver ?? MutationObserver)(schedule);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style', 'value'],
  });
  view?.addEventListener('hashchange', schedule);
  view?.addEventListener('popstate', schedule);
  doc.addEventListener('change', schedule, true);
  options.signal?.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
    view?.removeEventListener('hashchange', schedule);
    view?.removeEventListener('popstate', schedule);
    doc.removeEventListener('change', schedule, true);
  });
  read();
}
