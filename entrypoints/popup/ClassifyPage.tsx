import { useState } from 'react';
import { browser } from 'wxt/browser';
import { currentTab } from './current-tab';
import { send } from '@/lib/messaging/send';

/**
 * For pages ClearLane does not know (another marketplace, a supplier page, an unknown carrier form): asks for
 * this site only, then runs the generic reader there.
 */
export function ClassifyPage({ onDone }: { onDone: () => void }) {
  const [message, setMessage] = useState('');
  async function run() {
    const tab = await currentTab();
    if (!tab?.id || !tab.url?.startsWith('http'))
      return setMessage('Open a product page or a declaration form first.');
    const origin = `${new URL(tab.url).origin}/*`;
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) return setMessage('ClearLane needs permission for this site to read it.');
    setMessage('Reading the page…');
    try {
      setMessage((await send('classify-tab', { tabId: tab.id })).message);
      onDone();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <p>
      <button type="button" onClick={run}>
        Classify this page
      </button>{' '}
      {message && <span role="status">{message}</span>}
    </p>
  );
}
