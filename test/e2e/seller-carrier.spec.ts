import { test, expect, routeFixture } from './fixtures';

const SHOPEE_URL = 'https://seller.shopee.co.id/portal/product/new?from=sidebar';
const DHL_URL = 'https://mydhl.express.dhl/sg/en/shipment.html#/shipment-details';

test('a Shopee product page is captured, classified and shown with a badge; the options page lists it', async ({
  context,
  extUrl,
}) => {
  await routeFixture(context, SHOPEE_URL, 'shopee/id-add-step-one/source.html');
  const page = await context.newPage();
  await page.goto(SHOPEE_URL);

  // The badge lives in a shadow root next to the product name and settles on a result (not "pending").
  const badge = page.locator('[data-clearlane="badge"]');
  await expect(badge).toHaveCount(1, { timeout: 15_000 });
  await expect(badge).not.toContainText(/Classifying/i, { timeout: 15_000 });
  await expect(badge).toContainText(/\d{4}/);

  // The product reached IndexedDB through the background: the catalogue (another extension page) lists it.
  const options = await context.newPage();
  await options.goto(extUrl('options.html'));
  await expect(
    options.getByTestId('product-title').filter({ hasText: 'Serum Wajah Niacinamide' }),
  ).toBeVisible();
  // A cosmetic serum is regulated: it must be flagged for review, never automatic.
  const card = options.getByTestId('product').filter({ hasText: 'Serum Wajah Niacinamide' });
  await expect(card.getByRole('button', { name: 'Save decision' })).toBeVisible();

  // Bulk re-classify walks the catalogue in batches with a progress bar and keeps every product.
  await options.getByRole('button', { name: 'Re-classify all' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Catalogue re-classified.' })).toBeVisible();
  await expect(card).toBeVisible();
});

test('a Vietnamese listing on banhang.shopee.vn is captured and classified to the right heading', async ({
  context,
  extUrl,
}) => {
  const url = 'https://banhang.shopee.vn/portal/product/23456789012';
  await routeFixture(context, url, 'shopee/vn-edit-vietnamese/source.html');
  const page = await context.newPage();
  await page.goto(url);
  const badge = page.locator('[data-clearlane="badge"]');
  await expect(badge).not.toContainText(/Classifying/i, { timeout: 15_000 });
  const options = await context.newPage();
  await options.goto(extUrl('options.html'));
  const card = options.getByTestId('product').filter({ hasText: 'Đầm maxi lụa tơ tằm' });
  // A silk dress for women, not knitted: heading 6204.
  await expect(card.getByTestId('best-code')).toContainText('6204');
});

test('a page the adapters do not recognise gets no badge and no error', async ({ context }) => {
  await routeFixture(
    context,
    'https://seller.shopee.co.id/portal/sale/order',
    'shopee/id-order-list-unrecognised/source.html',
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('https://seller.shopee.co.id/portal/sale/order');
  await page.waitForTimeout(1500);
  await expect(page.locator('[data-clearlane]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('MyDHL+: a decision made once fills the same line next time, never overwrites a typed code, never submits', async ({
  context,
  extUrl,
}) => {
  await routeFixture(context, DHL_URL.split('#')[0]!, 'carriers/dhl/source.html');
  const page = await context.newPage();
  await page.goto(DHL_URL);

  const shirtCode = page.locator('#commodityCode-0');
  const knifeCode = page.locator('#commodityCode-1');
  // First visit: no team ruling yet; the t-shirt line is not confident enough, so nothing is filled: the line
  // gets an offer to click (review) or a badge with the reasons (manual).
  await expect(page.locator('[data-clearlane="badge"], [data-clearlane-suggestion]')).toHaveCount(2, {
    timeout: 15_000,
  });
  await expect(shirtCode).toHaveValue('');
  await expect(knifeCode).toHaveValue('821191');

  // The seller decides in the options page: 6109.10 (cotton T-shirts, knitted).
  const options = await context.newPage();
  await options.goto(extUrl('options.html'));
  const card = options.getByTestId('product').filter({ hasText: "Men's cotton t-shirt" }).first();
  await expect(card).toBeVisible();
  await card.getByLabel('HS code').fill('6109.10');
  await card.getByRole('button', { name: 'Save decision' }).click();
  await expect(card.getByRole('status')).toContainText('Saved 610910');

  // Next visit: the team ruling makes the line automatic; the field is filled and marked with its source.
  await page.reload();
  await expect(shirtCode).toHaveValue(/^6109\.?10/, { timeout: 15_000 });
  await expect(shirtCode).toHaveAttribute('data-clearlane-filled', 'ruling');
  // The Angular stand-in saw a real input event, so the framework's model holds the value too.
  expect(
    await page.evaluate(
      () => (window as unknown as { __ngModel: Record<string, string> }).__ngModel['commodityCode-0'],
    ),
  ).toMatch(/^6109/);
  // The knife line keeps what the seller typed, and the form was never submitted.
  await expect(knifeCode).toHaveValue('821191');
  expect(await page.evaluate(() => (window as unknown as { __submits?: number }).__submits ?? 0)).toBe(0);
});
