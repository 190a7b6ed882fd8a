import type { Worker } from '@playwright/test';
import { activeTabId, test, expect, routeFixture } from './fixtures';

const POS_URL = 'https://sendparcel.poslaju.com.my/international/create';
const DHL_URL = 'https://mydhl.express.dhl/sg/en/shipment.html';

type Chrome = { action: { getBadgeText(d: object): Promise<string> } };

const toolbarText = (worker: Worker, tabId: number) =>
  worker.evaluate(
    (id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );

test('a power bank to Indonesia is not filled; the popup names the keyword and the reason; the toolbar counts it', async ({
  context,
  serviceWorker,
  extUrl,
}) => {
  await routeFixture(context, POS_URL, 'carriers/posmalaysia/source.html');
  const page = await context.newPage();
  await page.goto(POS_URL);
  const lines = page.locator('[data-clearlane], [data-clearlane-suggestion]');
  await expect(lines.first()).toBeVisible({ timeout: 15_000 });
  const hsInputs = page.locator('[data-clearlane-filled]');
  // Nothing on this form is filled: the power bank is flagged and the biscuits are food going abroad.
  await expect(hsInputs).toHaveCount(0);

  const tabId = await activeTabId(serviceWorker, page);
  await expect.poll(() => toolbarText(serviceWorker, tabId)).toBe('2');

  const popup = await context.newPage();
  await popup.goto(extUrl(`popup.html?tab=${tabId}`));
  await expect(popup.getByText('On this page')).toBeVisible();
  const card = popup.getByTestId('product').filter({ hasText: 'Power bank 10000mAh' });
  await expect(card.getByTestId('tier')).not.toHaveText(/auto/i);
  // The flagged words are marked in the line's description.
  await expect(card.getByTestId('product-title').locator('mark').first()).toHaveText(
    /power bank|bateri|litium/i,
  );
  const flags = card.getByTestId('flags');
  await expect(flags).toContainText(/power bank/i);
  await expect(flags).toContainText(/ID/);
  await expect(flags).toContainText(/lithium|battery|UN 3480/i);
});

test('deciding a line in the popup fills that field on the open form at once, marked as a team ruling', async ({
  context,
  serviceWorker,
  extUrl,
}) => {
  await routeFixture(context, DHL_URL, 'carriers/dhl/source.html');
  const page = await context.newPage();
  await page.goto(`${DHL_URL}#/shipment-details`);
  const shirtCode = page.locator('#commodityCode-0');
  // Not automatic yet (review offers the code beside the field, manual shows a badge): nothing is written.
  await expect(page.locator('[data-clearlane="badge"], [data-clearlane-suggestion]')).toHaveCount(2, {
    timeout: 15_000,
  });
  await expect(shirtCode).toHaveValue('');

  const tabId = await activeTabId(serviceWorker, page);
  await expect.poll(() => toolbarText(serviceWorker, tabId)).toBe('2');

  const popup = await context.newPage();
  await popup.goto(extUrl(`popup.html?tab=${tabId}`));
  const card = popup.getByTestId('product').filter({ hasText: "Men's cotton t-shirt" });
  await card.getByLabel('HS code').fill('610910');
  await card.getByRole('button', { name: 'Save decision' }).click();
  // The popup refreshes after the form has run again: the line is now automatic through the team ruling.
  await expect(card.getByTestId('tier')).toHaveText(/automatic/i);

  await expect(shirtCode).toHaveValue(/^6109\.?10/, { timeout: 10_000 });
  await expect(shirtCode).toHaveAttribute('data-clearlane-filled', 'ruling');
  await expect(page.locator('#commodityCode-1')).toHaveValue('821191');
  await expect.poll(() => toolbarText(serviceWorker, tabId)).toBe('1');
  // Re-running the form does not stack offers or badges: only the knife line still explains itself.
  await expect(page.locator('[data-clearlane="badge"], [data-clearlane-suggestion]')).toHaveCount(1);
});
