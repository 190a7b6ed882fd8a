/**
 * Sent by the popup to the active tab after a decision (extension → content script only, via
 * tabs.sendMessage): the page's assistant runs again so the new team ruling fills its line.
 */
export const RERUN_MESSAGE = 'clearlane:rerun';

export function isRerunMessage(message: unknown): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === RERUN_MESSAGE
  );
}
