// The exception workflow part of `npm start`: a local webhook receiver that the options page is pointed at
// (every new exception is posted there), and a commercial invoice PDF for the lines that cleared.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

/** A loopback receiver that records every JSON event posted to /hooks/clearlane. */
export async function startWebhookReceiver() {
  const events = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        events.push({ headers: req.headers, body: JSON.parse(body) });
      } catch {
        events.push({ headers: req.headers, body });
      }
      res.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/hooks/clearlane`;
  return { url, events, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Options page → "Alerts and webhooks": the team's webhook, signed with a shared secret. */
export async function configureWebhook(context, extId, url) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extId}/options.html`);
  await page.getByRole('tab', { name: 'Alerts and webhooks' }).click();
  await page.getByLabel(/Webhook URL/).fill(url);
  await page.getByLabel('Signing secret (optional)').fill('demo-secret');
  await page.getByRole('button', { name: 'Save alert settings' }).click();
  await page.getByText('Alert settings saved.').waitFor({ timeout: 10_000 });
  await page.close();
}

/** Options page → "Documents": tick the cleared lines, fill the parties, download the invoice PDF. */
export async function makeInvoice(context, extId, docs, outDir) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extId}/options.html`);
  await page.getByRole('tab', { name: 'Documents' }).click();
  for (const title of docs.items) await page.getByRole('checkbox', { name: title }).first().check();
  await page.getByLabel('Sender name').fill(docs.sender.name);
  await page.getByLabel('Sender country').fill(docs.sender.country);
  await page.getByLabel('Consignee name').fill(docs.consignee.name);
  await page.getByLabel('Consignee country').fill(docs.consignee.country);
  await page.getByLabel('Default origin (ISO)').fill(docs.origin);
  await page.getByLabel('Invoice number').fill(docs.invoiceNumber);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.getByRole('button', { name: 'Commercial invoice (PDF)' }).click(),
  ]);
  const file = path.join(outDir, download.suggestedFilename());
  await download.saveAs(file);
  await page.close();
  return { file, bytes: fs.statSync(file).size };
}
