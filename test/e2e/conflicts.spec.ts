import { test, expect, routeFixture } from './fixtures';

const SHOPEE_MY = 'https://seller.shopee.com.my/portal/product/new';
const TITLE = 'Stainless Steel Vacuum Insulated Tumbler 600ml with Straw Lid';

// Two team members ruled differently for two destinations: Singapore as a vacuum flask (9617), Malaysia as
// stainless kitchenware (7323). Different headings: a human must look, whatever the confidence.
const CSV = [
  'Description,HS Code,Country,Status,Decided At,Decided By',
  `"${TITLE}",9617.00,SG,approved,2026-04-11,Ana`,
  `"${TITLE}",7323.93,MY,approved,2026-08-19,Budi`,
].join('\r\n');

test('rulings that disagree between destinations hold the item back and are shown side by side', async ({
  context,
  extUrl,
}) => {
  const options = await context.newPage();
  await options.goto(extUrl('options.html'));
  await options
    .getByLabel('Ruling file')
    .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(options.getByTestId('sync-preview')).toBeVisible();
  await options.getByRole('button', { name: 'Apply import' }).click();
  await expect(options.getByTestId('sync-import-message')).toContainText('2 new');

  await routeFixture(context, SHOPEE_MY, 'shopee/my-add-two-step/source.html');
  const page = await context.newPage();
  await page.goto(SHOPEE_MY);
  const badge = page.locator('[data-clearlane="badge"]');
  await expect(badge).not.toContainText(/Classifying/i, { timeout: 15_000 });
  await expect(badge).toContainText(
    /Conflict at HS4: SG 9617\.00 vs MY 7323\.93|Conflict at HS4: MY 7323\.93 vs SG 9617\.00/,
  );

  await options.reload();
  const card = options.getByTestId('product').filter({ hasText: TITLE }).first();
  await expect(card.getByTestId('tier')).not.toHaveText(/auto/i);
  const table = card.getByTestId('conflicts');
  await expect(table.getByRole('row', { name: /SG 9617\.00/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /MY 7323\.93/ })).toBeVisible();
  await expect(table).toContainText('2026-08-19');
});
