import fs from 'node:fs';
import path from 'node:path';
import { activeTabId, test, expect } from './fixtures';

const serve = (file: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(fs.readFileSync(path.resolve('test/fixtures', file), 'utf8'));

// Loopback origins are granted at install, so "Classify this page" runs without a permission prompt here;
// on any other site the same click asks for that one origin first.
test('"Classify this page" reads a supplier page from its structured data and adds it to the catalogue', async ({
  context,
  server,
  serviceWorker,
  extUrl,
}) => {
  server.on('/products/rattan-basket-set-3', serve('generic/supplier-jsonld/source.html'));
  const page = await context.newPage();
  await page.goto(`${server.url}/products/rattan-basket-set-3`);
  const tabId = await activeTabId(serviceWorker, page);

  const popup = await context.newPage();
  await popup.goto(extUrl(`popup.html?tab=${tabId}`));
  await popup.getByRole('button', { name: 'Classify this page' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Captured' })).toContainText(
    'Handwoven Rattan Storage Basket',
  );
  await expect(
    popup.getByTestId('product-title').filter({ hasText: 'Handwoven Rattan Storage Basket' }),
  ).toBeVisible();
});

test('an unknown declaration form in Thai is found by its labels; a page with neither gets a plain answer', async ({
  context,
  server,
  serviceWorker,
  extUrl,
}) => {
  server.on('/shipment/new', serve('carriers/generic-th/source.html'));
  server.on('/blog', serve('generic/blog-article-not-product/source.html'));
  const form = await context.newPage();
  await form.goto(`${server.url}/shipment/new`);
  const formTab = await activeTabId(serviceWorker, form);
  const popup = await context.newPage();
  await popup.goto(extUrl(`popup.html?tab=${formTab}`));
  await popup.getByRole('button', { name: 'Classify this page' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'declaration line' })).toContainText(
    'Found 2 declaration line(s)',
  );
  // Herbal inhalant to Viet Nam is flagged: the line is explained, not filled.
  await expect(form.locator('[data-clearlane="badge"], [data-clearlane-suggestion]')).not.toHaveCount(0);
  await expect(form.locator('[data-clearlane-filled]')).toHaveCount(0);

  const blog = await context.newPage();
  await blog.goto(`${server.url}/blog`);
  const blogTab = await activeTabId(serviceWorker, blog);
  await popup.goto(extUrl(`popup.html?tab=${blogTab}`));
  await popup.getByRole('button', { name: 'Classify this page' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'found no product' })).toBeVisible();
});
