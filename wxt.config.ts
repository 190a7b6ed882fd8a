import { defineConfig } from 'wxt';
import { SELLER_MATCHES } from './lib/sites';
import { CARRIER_MATCHES } from './lib/sites/carriers';

// Manifest permissions are the minimum the features use: storage (settings, API key), activeTab (the popup
// reads the current tab's URL), scripting + optional host permissions (classify any other product page or
// declaration form when the user asks), contextMenus, alarms (scheduled ruling sync), notifications.
// The seller-centre and carrier hosts the content scripts match are also host permissions, so the popup can
// read the URL of such a tab (to show "on this page") even when it is opened from the keyboard or in a tab.
// Loopback is allowed so a local OpenAI-compatible server (Ollama, LM Studio) works without extra steps.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // WXT_OUT_DIR lets parallel checkouts or agents build without overwriting each other (e2e reads EXT_PATH).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  manifest: {
    name: 'ClearLane — HS codes for cross-border sellers',
    description:
      'Classifies products into HS codes offline, pre-fills carrier customs forms when confident, and flags what needs a human.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*', ...SELLER_MATCHES, ...CARRIER_MATCHES],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    browser_specific_settings: { gecko: { id: 'clearlane@clearlane.dev', strict_min_version: '128.0' } },
  },
});
