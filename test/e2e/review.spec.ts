import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import { PDFDocument } from 'pdf-lib';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';

type Reply = { ok: boolean; error?: { code: string; message: string }; data?: any };

/** Sends a ClearLane message from an extension page, exactly as the options page or a content script would. */
function sendFrom(page: Page, type: string, input: unknown): Promise<Reply> {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }
      ).chrome.runtime.sendMessage(m),
    { type, input },
  );
}

async function capture(page: Page, itemId: string, title: string): Promise<Reply> {
  const reply = await sendFrom(page, 'capture-product', {
    site: 'shopee',
    url: `https://seller.shopee.co.id/portal/product/${itemId}`,
    itemId,
    title,
    destinations: ['SG'],
  });
  expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
  return reply;
}

/** A webhook receiver that can be taken down (503) and brought back; it records every request it sees. */
function webhookReceiver() {
  const state = {
    up: false,
    requests: [] as { status: number; body: any; headers: http.IncomingHttpHeaders; raw: string }[],
  };
  const handler: http.RequestListener = (req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const status = state.up ? 200 : 503;
      state.requests.push({ status, body: JSON.parse(raw), headers: req.headers, raw });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(state.up ? 'ok' : 'down');
    });
  };
  return { state, handler, acknowledged: () => state.requests.filter((r) => r.status === 200) };
}

/**
 * Simulates the backoff delay having passed (every waiting delivery due now, straight in IndexedDB) and fires
 * the real minute alarm, so the background's own alarm listener does the retry.
 */
async function fastForwardAlarm(sw: Worker): Promise<void> {
  await sw.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clearlane');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('outbox', 'readwrite');
      const store = tx.objectStore('outbox');
      store.getAll().onsuccess = (e) => {
        for (const row of (e.target as IDBRequest<{ nextAttemptAt: number }[]>).result)
          store.put({ ...row, nextAttemptAt: 0 });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const alarms = (globalThis as any).chrome.alarms;
    const existing = await alarms.get('clearlane-outbox');
    if (!existing) throw new Error('the outbox alarm was never created');
    await alarms.create('clearlane-outbox', { when: Date.now() + 50, periodInMinutes: 1 });
  });
}

test('a new exception reaches the webhook once, even when the receiver is down first', async ({
  context,
  extUrl,
  server,
  serviceWorker,
}) => {
  const hook = webhookReceiver();
  server.on('/hooks/review', hook.handler);
  const options = await context.newPage();
  await options.goto(extUrl('options.html'));
  await options.getByRole('tab', { name: 'Alerts and webhooks' }).click();
  await options.getByLabel(/Webhook URL/).fill(`${server.url}/hooks/review`);
  await options.getByLabel('Signing secret (optional)').fill('team-secret');
  await options.getByRole('button', { name: 'Save alert settings' }).click();
  await expect(options.getByText('Alert settings saved.')).toBeVisible();

  // A regulated product opens an exception; the immediate attempt meets a receiver that is down.
  await capture(options, '9001', 'Power bank 20000mAh lithium battery');
  await expect.poll(() => hook.state.requests.length).toBeGreaterThanOrEqual(1);
  const row = options.getByTestId('outbox-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Failed, will retry');
  await expect(row).toContainText('503');

  // The receiver comes back; the minute alarm retries and the event lands.
  hook.state.up = true;
  await fastForwardAlarm(serviceWorker);
  await expect.poll(() => hook.acknowledged().length, { timeout: 15_000 }).toBe(1);
  await expect(row).toHaveAttribute('data-state', 'delivered');
  await expect(row).toContainText('Sent');

  // Later alarms, "send now" and a re-capture of the same still-open item send nothing more.
  await fastForwardAlarm(serviceWorker);
  await options.getByRole('button', { name: 'Send waiting deliveries now' }).click();
  await capture(options, '9001', 'Power bank 20000mAh lithium battery');
  await options.waitForTimeout(1500);
  expect(hook.acknowledged()).toHaveLength(1);

  const { body, headers, raw } = hook.acknowledged()[0]!;
  expect(body).toMatchObject({
    type: 'exception.created',
    product: { id: 'shopee:9001', title: 'Power bank 20000mAh lithium battery', destinations: ['SG'] },
  });
  expect(['review', 'manual']).toContain(body.tier);
  expect(body.reasons.join(' ')).toMatch(/power-banks|lithium-batteries/);
  expect(headers['idempotency-key']).toBe(body.id);
  // Every attempt carried the same idempotency key, so a receiver can drop repeats.
  expect(new Set(hook.state.requests.map((r) => r.headers['idempotency-key']))).toEqual(new Set([body.id]));
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['x-clearlane-signature']))!;
  expect(crypto.createHmac('sha256', 'team-secret').update(`${t}.${raw}`).digest('hex')).toBe(v1);
});

test('review queue: keyboard to an exception, decide it, and the team ruling and record exist', async ({
  context,
  extUrl,
}) => {
  const options = await context.newPage();
  await options.goto(extUrl('options.html'));
  await capture(options, '7001', 'Stainless steel kitchen knife 8 inch');
  await capture(options, '7002', 'Power bank 20000mAh lithium battery');
  await capture(options, '7003', 'lithium battery power bank 20000mAh');
  await options.reload();

  const rows = options.getByTestId('review-row');
  await expect(rows).toHaveCount(3);
  await expect(options.getByTestId('review-count')).toHaveText('3 of 3 items');
  // Filter by rule, then clear it again.
  await options.getByLabel('Reason').selectOption('knives');
  await expect(rows).toHaveCount(1);
  await options.getByLabel('Reason').selectOption('');
  await expect(rows).toHaveCount(3);

  // j / k move the focus (visibly: aria-current), Enter opens the item and focuses its code field.
  await rows.first().focus();
  await options.keyboard.press('j');
  await expect(rows.nth(1)).toBeFocused();
  await options.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await options.keyboard.press('k');
  await options.keyboard.press('k');
  await expect(rows.first()).toBeFocused();
  await expect(rows.first()).toHaveAttribute('aria-current', 'true');
  await expect(rows.first()).toContainText('kitchen knife');
  await options.keyboard.press('Enter');
  const detail = options.getByTestId('review-detail');
  await expect(detail.getByTestId('flags')).toContainText('knives');
  await expect(detail.getByLabel('HS code')).toBeFocused();
  await options.keyboard.press('Control+A');
  await options.keyboard.type('8211.91');
  await options.keyboard.press('Enter');
  await expect(rows).toHaveCount(2);

  const record = await sendFrom(options, 'review-record', { productId: 'shopee:7001' });
  expect(record.data.decisions).toEqual([
    expect.objectContaining({ code: '821191', confidence: expect.any(Number) }),
  ]);
  expect(record.data.rulings).toEqual([
    expect.objectContaining({ code: '821191', status: 'approved', source: 'local' }),
  ]);

  // The two power-bank listings are the same product: one bulk decision clears both.
  await expect(rows.first()).toContainText('2 identical');
  await rows.first().click();
  await detail.getByLabel(/Code for all 2 identical items/).fill('85076090');
  await detail.getByTestId('bulk-accept').click();
  await expect(rows).toHaveCount(0);
  await expect(options.getByTestId('status')).toContainText('0 open exceptions');
  await expect(options.getByTestId('status')).toContainText('3 team rulings');

  // Decided items keep a printable record with who, what and on which ruling.
  await options.getByLabel('Show').selectOption('decided');
  await expect(rows).toHaveCount(3);
  await rows.filter({ hasText: 'kitchen knife' }).click();
  await detail.getByRole('button', { name: 'Decision record' }).click();
  const view = options.getByTestId('decision-record');
  await expect(view).toContainText('8211.91');
  await expect(view.getByRole('region', { name: 'Rulings relied on' })).toContainText('approved');

  // Calibration: three decisions with recorded confidence; the slider previews without saving.
  await options.getByRole('tab', { name: 'Calibration' }).click();
  await expect(options.getByText(/Based on 3 decisions/)).toBeVisible();
  await expect(options.getByTestId('calibration-chart')).toBeVisible();
});

test('documents: refused while a line is in review, then an invoice PDF that pdf-lib loads back', async ({
  context,
  extUrl,
}) => {
  const options = await context.newPage();
  await options.goto(extUrl('options.html'));
  await capture(options, '8001', "Men's cotton t-shirt short sleeve");
  await capture(options, '8002', 'Power bank 20000mAh lithium battery');
  expect(
    (await sendFrom(options, 'decide', { productId: 'shopee:8001', code: '61091000', status: 'approved' }))
      .ok,
  ).toBe(true);
  await options.reload();

  await options.getByRole('tab', { name: 'Documents' }).click();
  await options.getByRole('checkbox', { name: /cotton t-shirt/ }).check();
  await options.getByRole('checkbox', { name: /Power bank/ }).check();
  await options.getByLabel('Sender name').fill('Toko Maju');
  await options.getByLabel('Sender country').fill('ID');
  await options.getByLabel('Consignee name').fill('Lim Trading');
  await options.getByLabel('Consignee country').fill('SG');
  await options.getByLabel('Default origin (ISO)').fill('ID');
  await options.getByLabel('Invoice number').fill('INV-E2E-1');
  await options.getByRole('button', { name: 'Commercial invoice (PDF)' }).click();
  await expect(options.getByTestId('docs-message')).toContainText(
    /line 2 "Power bank 20000mAh lithium battery" still needs (review|a manual decision)/,
  );
  await expect(options.getByTestId('docs-message')).not.toContainText('line 1');

  expect(
    (await sendFrom(options, 'decide', { productId: 'shopee:8002', code: '85076090', status: 'approved' }))
      .ok,
  ).toBe(true);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Commercial invoice (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('invoice-inv-e2e-1.pdf');
  const pdf = await PDFDocument.load(fs.readFileSync((await download.path())!), { updateMetadata: false });
  expect(pdf.getPageCount()).toBe(1);
  expect(pdf.getTitle()).toBe('COMMERCIAL INVOICE INV-E2E-1');

  const [csv] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'MyDHL+ line items (CSV)' }).click(),
  ]);
  const text = fs.readFileSync((await csv.path())!, 'utf8');
  expect(text).toContain('61091000');
  expect(text).toContain('85076090');
});
