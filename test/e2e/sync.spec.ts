import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { buildPack, serializePackJson, serializePackNdjson } from '../../lib/sync/pack';
import { generateRulings } from '../../lib/sync/generate';

/** Team ruling sync through the real options page and service worker. */
async function packFile(n: number, seed: number, name = 'team.json') {
  const text = serializePackJson(await buildPack(generateRulings(n, seed), [], { source: 'e2e' }));
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Ruling file').setInputFiles(file);
  await expect(page.getByTestId('sync-preview')).toBeVisible({ timeout: 30_000 });
}

/** Keys of files staged for the service worker and not yet taken (read straight from IndexedDB). */
function stagedUploads(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('clearlane');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('meta').objectStore('meta').getAllKeys();
          keys.onerror = () => reject(keys.error);
          keys.onsuccess = () => {
            open.result.close();
            resolve((keys.result as string[]).filter((k) => k.startsWith('sync:upload:')));
          };
        };
      }),
  );
}

const count = (page: Page, key: string) =>
  page.getByTestId('sync-preview').locator(`[data-count="${key}"] td`).nth(1);

test('a file import shows a preview, then applies and the ruling count updates', async ({
  context,
  extUrl,
}) => {
  const page = await context.newPage();
  await page.goto(extUrl('options.html'));
  await expect(page.getByTestId('status')).toContainText('0 team rulings');
  const file = await packFile(500, 11);
  await importFile(page, file);
  await expect(count(page, 'added')).toHaveText('500');
  await expect(count(page, 'invalid')).toHaveText('0');
  // Nothing is written by the preview.
  await expect(page.getByTestId('status')).toContainText('0 team rulings');
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByTestId('sync-import-message')).toContainText('500 new');
  await expect(page.getByTestId('status')).toContainText('500 team rulings');
  // The page hands the file over through IndexedDB (lib/sync/upload-store.ts); none of it may stay behind.
  expect(await stagedUploads(page)).toEqual([]);
  // The same file again changes nothing.
  await importFile(page, file);
  await expect(count(page, 'unchanged')).toHaveText('500');
  await expect(page.getByText('Nothing to change')).toBeVisible();

  // Export the whole cache back out, as a pack and as a CSV.
  const download = async () => {
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const d = await pending;
    return { name: d.suggestedFilename(), text: fs.readFileSync((await d.path())!, 'utf8') };
  };
  const pack = await download();
  expect(pack.name).toMatch(/^clearlane-rulings-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(pack.text).rulings).toHaveLength(500);
  await page.getByLabel('Format').selectOption('csv');
  const csv = await download();
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.trim().split('\n')).toHaveLength(501);
  await expect(page.getByTestId('sync-export-message')).toContainText('Saved 500 records');
});

test('URL sync imports a changed source, then gets 304 Not Modified while it is unchanged', async ({
  context,
  extUrl,
  server,
}) => {
  const served = { body: '', etag: '"v1"' };
  const statuses: number[] = [];
  server.on('/team-rulings.json', (req, res) => {
    const status = req.headers['if-none-match'] === served.etag ? 304 : 200;
    statuses.push(status);
    res.writeHead(status, { etag: served.etag, 'content-type': 'application/json' });
    res.end(status === 200 ? served.body : undefined);
  });
  const rulings = generateRulings(300, 12);
  served.body = serializePackJson(await buildPack(rulings, []));
  const page = await context.newPage();
  await page.goto(extUrl('options.html'));
  await page.getByLabel('Team ruling address (https)').fill(`${server.url}/team-rulings.json`);
  await page.getByRole('button', { name: 'Save sync settings' }).click();
  await expect(page.getByTestId('sync-now-message')).toContainText('Saved');

  const syncNow = page.getByRole('button', { name: 'Sync now' });
  await syncNow.click();
  await expect(page.getByTestId('sync-now-message')).toContainText('Synced: 300 new');
  await expect(page.getByTestId('status')).toContainText('300 team rulings');

  await syncNow.click();
  await expect(page.getByTestId('sync-now-message')).toContainText('have not changed');
  expect(statuses).toEqual([200, 304]);

  const edited = rulings.map((r, i) => (i < 7 ? { ...r, code: '96170010', updatedAt: r.updatedAt + 1 } : r));
  Object.assign(served, { body: serializePackJson(await buildPack(edited, [])), etag: '"v2"' });
  await syncNow.click();
  await expect(page.getByTestId('sync-now-message')).toContainText('0 new, 7 changed');
  expect(statuses).toEqual([200, 304, 200]);
  await expect(page.getByTestId('sync-status')).toContainText('7 changed');
});

test('a malformed pack is rejected with its line named, and the cache stays as it was', async ({
  context,
  extUrl,
}) => {
  const page = await context.newPage();
  await page.goto(extUrl('options.html'));
  await importFile(page, await packFile(100, 13));
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByTestId('status')).toContainText('100 team rulings');

  const lines = serializePackNdjson(await buildPack(generateRulings(10, 14), [])).split('\n');
  lines[3] = lines[3]!.slice(0, 40); // a record cut off halfway, as a failed upload leaves it
  await page.getByLabel('Ruling file').setInputFiles({
    name: 'broken.ndjson',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(lines.join('\n')),
  });
  const rejected = page.getByTestId('sync-rejected');
  await expect(rejected).toContainText('not JSON');
  await expect(rejected).toContainText('the ruling cache was not changed');
  await expect(rejected).toContainText('Line 4: not valid JSON');
  await expect(page.getByRole('button', { name: /Apply|Import the/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('status')).toContainText('100 team rulings');
});

test('stopping the service worker in the middle of an import leaves the cache as it was', async ({
  context,
  extUrl,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(extUrl('options.html'));
  await importFile(page, await packFile(200, 15));
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByTestId('status')).toContainText('200 team rulings');

  await importFile(page, await packFile(60_000, 16, 'big.json'));
  await expect(count(page, 'added')).toHaveText('60,000');
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  // Rulings are written as a few hundred bucket rows, so the transaction would commit within a fraction of a
  // second, too soon to stop the worker reliably. Test seam, in this worker only: the first ruling write also
  // starts a chain of reads in the same transaction for 20 s, and Dexie's explicit commit() is ignored, so the
  // transaction stays open with every write landed until the worker is stopped.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    let held = false;
    IDBTransaction.prototype.commit = () => undefined;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (!held && this.name === 'rulingBuckets') {
        held = true;
        const until = Date.now() + 20_000;
        const keepOpen = () => {
          if (Date.now() < until) this.count().onsuccess = keepOpen;
        };
        keepOpen();
      }
      return put.apply(this, args);
    };
  });
  await page.getByRole('button', { name: 'Apply import' }).click();
  // Ask the worker directly (the progress bar only shows after 1 s) and stop it once every write has landed.
  await page.evaluate(async () => {
    type Reply = { ok: boolean; data?: { phase: string; done: number; total: number } };
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }
    ).chrome.runtime;
    for (const until = Date.now() + 30_000; Date.now() < until;) {
      const p = (await runtime.sendMessage({ type: 'sync-progress', input: {} })).data;
      if (p?.phase === 'saving' && p.total > 0 && p.done === p.total) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the import never finished writing');
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect(page.getByTestId('sync-import-message')).toContainText(
    /stopped while importing. Nothing was changed/,
  );

  // The worker wakes again on the next message; the first page load may race its restart, so reload until the
  // page can read the status.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('status')).toContainText('200 team rulings', { timeout: 3000 });
  }).toPass({ timeout: 30_000 });
});
