import { test, expect, routeFixture } from './fixtures';

const SHOPEE_URL = 'https://seller.shopee.co.id/portal/product/new?from=sidebar';

type Reply = { ok: boolean; error?: { code: string; message: string }; data?: unknown };

test('a content script may classify but not run admin messages; malformed and unknown messages get typed errors', async ({
  context,
  extUrl,
  extensionId,
}) => {
  await routeFixture(context, SHOPEE_URL, 'shopee/id-add-step-one/source.html');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: ctx }) => {
    if (ctx.origin === `chrome-extension://${extensionId}` || ctx.auxData?.type === 'isolated')
      isolated.push(ctx.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(SHOPEE_URL);
  await expect(page.locator('[data-clearlane="badge"]')).toHaveCount(1, { timeout: 15_000 });
  expect(isolated.length).toBeGreaterThan(0);

  // Runs in the content script's own isolated world, exactly as the content script would send.
  const fromContent = async (message: unknown): Promise<Reply> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: isolated.at(-1)!,
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as Reply;
  };

  const classified = await fromContent({ type: 'classify', input: { product: { title: 'cotton t-shirt' } } });
  expect(classified.ok).toBe(true);
  for (const type of ['clear-cache', 'set-api-key', 'get-settings', 'decide']) {
    const refused = await fromContent({ type, input: {} });
    expect(refused, type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }

  // Extension pages are trusted, but their input is still parsed.
  const options = await context.newPage();
  await options.goto(extUrl('options.html'));
  const fromPage = (message: unknown) =>
    options.evaluate(
      (m) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }
        ).chrome.runtime.sendMessage(m),
      message,
    );
  expect(await fromPage({ type: 'no-such-message', input: {} })).toMatchObject({
    ok: false,
    error: { code: 'unknown-message' },
  });
  expect(await fromPage({ type: 'clear-cache', input: { confirm: 'yes' } })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input' },
  });
  expect(await fromPage('not even an object')).toMatchObject({ ok: false });
  // The catalogue survived all of that.
  await expect(options.getByTestId('product-title').filter({ hasText: 'Serum Wajah' })).toBeVisible();
});
