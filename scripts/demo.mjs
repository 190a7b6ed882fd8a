#!/usr/bin/env node
// `npm start`: build the extension, open Chromium with it on the bundled demo pages (served offline through
// request routing at their real seller-centre and carrier URLs), and report what ClearLane did.
// With a display the browser stays open for you to explore; without one (or with --headless) the demo runs
// headless, prints the outcome and saves screenshots under demo-output/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { configureWebhook, makeInvoice, startWebhookReceiver } from './demo-workflow.mjs';

const EXT = path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const OUT = path.resolve('demo-output');
const headless =
  process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY);
const DEMO = JSON.parse(fs.readFileSync('demo/pages.json', 'utf8'));

function step(text) {
  console.log(`• ${text}`);
}

/** Imports the team's shared rulings through the options page (preview, then apply), as a seller would. */
async function importRulings(context, extId, file) {
  step(`Importing the team's rulings from ${file} in the options page…`);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extId}/options.html`);
  await page.getByLabel('Ruling file').setInputFiles(file);
  await page.getByTestId('sync-preview').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Apply import' }).click();
  const message = page.getByTestId('sync-import-message');
  await message.waitFor({ timeout: 30_000 });
  step(`  ${(await message.textContent())?.trim()}`);
  await page.close();
}

/** Opens one demo page, waits for ClearLane to settle, saves a screenshot and reads the report selectors. */
async function visit(context, demo) {
  const page = await context.newPage();
  step(`Opening ${demo.title} at ${demo.url}`);
  await page.goto(demo.url);
  await page.waitForSelector(demo.waitFor, { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(800);
  const shot = path.join(OUT, `${demo.id}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  const report = await page.evaluate((selectors) => {
    // A badge's words live in its shadow root: its button (code and tier) and the first lines of its panel.
    const badgeText = (root) =>
      root.querySelector('button.badge')
        ? [
            root.querySelector('button.badge').textContent,
            ...[...root.querySelectorAll('.panel li')].slice(0, 3).map((li) => li.textContent),
          ]
            .filter(Boolean)
            .join('; ')
        : [...root.childNodes]
            .filter((n) => n.nodeName !== 'STYLE')
            .map((n) => n.textContent)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim();
    const text = (e) =>
      e instanceof HTMLInputElement
        ? e.value || '(empty)'
        : e.shadowRoot
          ? badgeText(e.shadowRoot)
          : (e.textContent ?? '').trim();
    const read = (sel) => [...document.querySelectorAll(sel)].map(text);
    return Object.fromEntries(Object.entries(selectors).map(([k, sel]) => [k, read(sel)]));
  }, demo.report);
  if (headless) await page.close();
  return { demo, report, shot };
}

async function main() {
  let chrome;
  try {
    chrome = findChrome();
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  step('Building the extension (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.mkdirSync(OUT, { recursive: true });

  step(`Starting ${path.basename(chrome)} ${headless ? 'headless' : 'with a window'} with ClearLane loaded…`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: chrome,
    headless,
    viewport: { width: 1280, height: 860 },
    args: chromeArgs(EXT),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extId = new URL(worker.url()).host;
  for (const page of DEMO.pages) {
    const html = fs.readFileSync(page.file, 'utf8');
    await context.route(page.url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }

  if (DEMO.rulings) await importRulings(context, extId, DEMO.rulings);
  const receiver = await startWebhookReceiver();
  step(`Pointing the team webhook at a local receiver (${receiver.url})…`);
  await configureWebhook(context, extId, receiver.url);
  const results = [];
  for (const demo of DEMO.pages) results.push(await visit(context, demo));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await popup.waitForSelector('[data-testid="product"]', { timeout: 10_000 }).catch(() => undefined);
  const popupShot = path.join(OUT, 'popup.png');
  await popup.screenshot({ path: popupShot, fullPage: true });
  const products = await popup.$$eval('[data-testid="product"]', (cards) =>
    cards.map((c) => ({
      title: c.querySelector('[data-testid="product-title"]')?.textContent ?? '',
      tier: c.querySelector('[data-testid="tier"]')?.textContent ?? '',
      code: c.querySelector('[data-testid="best-code"]')?.textContent ?? '',
      flags: [...c.querySelectorAll('[data-testid="flags"] li')].map(
        (li) => li.textContent?.split(' — ')[0] ?? '',
      ),
    })),
  );

  // The learning loop: the seller decides one uncertain line once in the popup; the same line on the next
  // declaration is then filled from that team ruling.
  const loop = DEMO.learn;
  let after;
  if (loop) {
    step(`Deciding "${loop.title}" as ${loop.code} in the popup (one click, as a seller would)…`);
    const card = popup.locator('[data-testid="product"]').filter({ hasText: loop.title }).first();
    await card.getByLabel('HS code').fill(loop.code);
    await card.getByRole('button', { name: 'Save decision' }).click();
    await card
      .getByRole('status')
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    const again = DEMO.pages.find((p) => p.id === loop.revisit);
    after = await visit(context, {
      ...again,
      id: `${again.id}-after`,
      title: `${again.title} (next shipment)`,
    });
  }

  let invoice;
  if (DEMO.documents) {
    step('Making the commercial invoice for the lines that cleared (options page, Documents)…');
    invoice = await makeInvoice(context, extId, DEMO.documents, OUT).catch((error) => ({ error }));
  }

  console.log('\nWhat ClearLane did:');
  for (const { demo, report, shot } of [...results, ...(after ? [after] : [])]) {
    console.log(`\n  ${demo.title}`);
    for (const [label, values] of Object.entries(report))
      console.log(`    ${label}: ${values.length ? values.join(' | ') : '(none)'}`);
    console.log(`    screenshot: ${path.relative(process.cwd(), shot)}`);
  }
  console.log('\n  Popup (catalogue of captured products):');
  for (const p of products) {
    const flags = [...new Set(p.flags)];
    console.log(
      `    - ${p.title}: ${p.tier} ${p.code}${flags.length ? `; flagged: ${flags.join(', ')}` : ''}`,
    );
  }
  console.log(`    screenshot: ${path.relative(process.cwd(), popupShot)}`);

  console.log(`\n  Team webhook (${receiver.url}): ${receiver.events.length} exception event(s) received`);
  for (const e of receiver.events.slice(0, 6)) {
    const signed = e.headers['x-clearlane-signature'] ? 'signed' : 'unsigned';
    console.log(`    - ${e.body?.text ?? JSON.stringify(e.body).slice(0, 160)} (${signed})`);
  }
  if (invoice?.file)
    console.log(`\n  Invoice: ${path.relative(process.cwd(), invoice.file)} (${invoice.bytes} bytes)`);
  else if (invoice?.error) console.log(`\n  Invoice not made: ${invoice.error.message}`);
  await receiver.close();

  if (headless) {
    await context.close();
    console.log(`\nDemo finished. Screenshots are in ${path.relative(process.cwd(), OUT)}/.`);
  } else {
    console.log('\nThe browser stays open: explore the pages and the popup. Close it to end the demo.');
    await new Promise((resolve) => context.on('close', resolve));
  }
}

main().catch((error) => {
  console.error(`Demo failed: ${error.message}`);
  process.exit(1);
});
