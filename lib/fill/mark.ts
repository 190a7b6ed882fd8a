import { z } from 'zod';
import { showBadge } from './badge';

/** Where a filled code came from; shown on the field so a filled value is never anonymous. */
export const ProvenanceSchema = z.enum(['ruling', 'engine', 'model']);
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const PROVENANCE_LABELS: Record<Provenance, string> = {
  ruling: 'team ruling',
  engine: 'ClearLane engine',
  model: 'model suggestion',
};

export interface MarkInfo {
  provenance: Provenance;
  text: string;
  /** Said on the mark when fewer digits were written than the national line has ("short beats wrong"). */
  note?: string;
}

/**
 * Marks a filled field: an outline and data attributes on the field itself (nothing else is changed inside the
 * page's own markup) and a badge "ClearLane 9018.90 · team ruling [Undo]". Returns the function that unmarks.
 */
export function markField(el: HTMLElement, info: MarkInfo, onUndo: () => void): () => void {
  const previousOutline = el.style.outline;
  const previousTitle = el.getAttribute('title');
  el.style.outline = '2px solid #1a7f37';
  el.setAttribute('data-clearlane-filled', info.provenance);
  el.setAttribute('title', `Filled by ClearLane (${PROVENANCE_LABELS[info.provenance]})`);
  const note = info.note ? ` · ${info.note}` : '';
  const removeBadge = showBadge(el, {
    kind: 'filled',
    text: `ClearLane ${info.text} · ${PROVENANCE_LABELS[info.provenance]}${note}`,
    actionLabel: 'Undo',
    onAction: onUndo,
  });
  return () => {
    removeBadge();
    el.style.outline = previousOutline;
    el.removeAttribute('data-clearlane-filled');
    if (previousTitle === null) el.removeAttribute('title');
    else el.setAttribute('title', previousTitle);
  };
}

export interface SuggestionInfo {
  /** The code as the field would take it, e.g. "9018.90". */
  text: string;
  /** Why it was not filled: "review: flagged 'lithium' for ID", "you typed 8211.92". */
  reason: string;
}

/**
 * The `review` tier and the `offer` result: the code is shown next to the field and written only when the user
 * clicks "Use" (the caller then fills with overwrite 'user-confirmed'). Nothing is written by showing it.
 */
export function suggestCode(el: HTMLElement, info: SuggestionInfo, onAccept: () => void): () => void {
  let remove = (): void => {};
  remove = showBadge(el, {
    kind: 'suggestion',
    text: `ClearLane suggests ${info.text} · ${info.reason}`,
    actionLabel: 'Use',
    onAction: () => {
      remove();
      onAccept();
    },
  });
  return remove;
}
