/** Desktop notifications are summarised: at most one per minute, counting what arrived in between. */
export const NOTIFY_GAP_MS = 60_000;

export interface NotifyState {
  lastShownAt: number;
  pending: number;
}

export const EMPTY_NOTIFY_STATE: NotifyState = { lastShownAt: 0, pending: 0 };

/**
 * Adds `added` new exceptions to the running count and says whether to show a notification now, and for how
 * many items. Called with `added = 0` by the minute alarm, which flushes counts held back by the rate limit.
 */
export function planNotification(
  state: NotifyState,
  now: number,
  added: number,
  gapMs = NOTIFY_GAP_MS,
): { state: NotifyState; show?: number } {
  const pending = state.pending + added;
  if (pending > 0 && now - state.lastShownAt >= gapMs)
    return { state: { lastShownAt: now, pending: 0 }, show: pending };
  return { state: { lastShownAt: state.lastShownAt, pending } };
}

export function notificationText(count: number): string {
  return count === 1 ? '1 new item needs a customs decision.' : `${count} new items need a customs decision.`;
}
