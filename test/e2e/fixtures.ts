import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import path from 'node:path';
import fs from 'node:fs';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startFixtureServer, type FixtureServer } from './server';

export const EXT_PATH = path.resolve(process.env.EXT_PATH ?? '.output/chrome-mv3');

type Fixtures = {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  extUrl: (p: string) => string;
};

export const test = base.extend<Fixtures, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    if (!fs.existsSync(path.join(EXT_PATH, 'manifest.json'))) {
      throw new Error(`No built extension at ${EXT_PATH}; run \`npm run build\` first`);
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: findChrome(),
      headless: true,
      args: chromeArgs(EXT_PATH),
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
  extUrl: async ({ extensionId }, use) =>
    use((p: string) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`),
});

export const expect = test.expect;

/** Serves a saved fixture page at a real site URL, so the content scripts' real match patterns run. */
export async function routeFixture(context: BrowserContext, url: string, file: string): Promise<void> {
  const html = fs.readFileSync(path.resolve('test/fixtures', file), 'utf8');
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/**
 * The id of the tab showing `page`, asked of the service worker: without the "tabs" permission URLs are hidden
 * from tabs.query, so the page is brought to the front and the active tab is taken.
 */
export async function activeTabId(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await worker.evaluate(async () => {
    const chrome = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
    ).chrome;
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id);
  });
  expect(ids).toHaveLength(1);
  return ids[0]!;
}
