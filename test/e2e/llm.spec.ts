import type { Page } from '@playwright/test';
import { test, expect, routeFixture } from './fixtures';
import { answerJson, promptCandidates, startOpenAiMock, type MockReply } from '../support/openai-mock';

/** Options page → "Model assistance": on, pointed at the local mock, with a key; returns the panel. */
async function turnOnModel(options: Page, baseUrl: string, when?: 'uncertain' | 'always') {
  const llm = options.getByRole('region', { name: 'Model assistance (optional)' });
  await llm.getByLabel('Enabled').check();
  await llm.getByLabel('Base URL').fill(baseUrl);
  await llm.getByLabel('Model').fill('mock-model');
  if (when) await llm.getByLabel('When to ask').selectOption(when);
  await llm.getByLabel('API key').fill('sk-test-not-a-secret');
  await llm.getByRole('button', { name: 'Save model settings' }).click();
  await expect(llm.getByRole('status')).toContainText('Model suggestions are on');
  return llm;
}

const SHOPEE_URL = 'https://seller.shopee.co.id/portal/product/new?from=sidebar';

test('model advice over real HTTP: connection test, an invalid code rejected, a valid one offered to the form', async ({
  context,
  extUrl,
}) => {
  const replies: MockReply[] = [{ kind: 'answer', content: answerJson('821599') }];
  const mock = await startOpenAiMock(replies);
  try {
    await routeFixture(context, SHOPEE_URL, 'shopee/id-add-step-one/source.html');
    const seller = await context.newPage();
    await seller.goto(SHOPEE_URL);
    await expect(seller.locator('[data-clearlane="badge"]')).not.toContainText(/Classifying/i, {
      timeout: 15_000,
    });

    const options = await context.newPage();
    await options.goto(extUrl('options.html'));
    const llm = await turnOnModel(options, mock.baseUrl);
    await llm.getByRole('button', { name: 'Test connection' }).click();
    await expect(llm.getByRole('status')).toContainText('Connected to mock-model');
    expect(mock.requests.at(-1)?.headers.authorization).toBe('Bearer sk-test-not-a-secret');

    const card = options.getByTestId('product').filter({ hasText: 'Serum Wajah Niacinamide' });
    const engineCode = await card.getByLabel('HS code').inputValue();
    expect(engineCode).toMatch(/^\d{4,10}$/);

    // A code that is not in HS 2022 is refused, whatever confidence the model claims.
    replies.splice(0, replies.length, {
      kind: 'answer',
      content: answerJson('999999', { confidence: 0.99 }),
    });
    await card.getByRole('button', { name: 'Ask the model' }).click();
    await expect(card.getByTestId('advice')).toHaveAttribute('data-status', 'rejected');
    await expect(card.getByLabel('HS code')).toHaveValue(engineCode);

    // The product text went to the model fenced as untrusted data.
    const prompt = JSON.stringify(mock.requests.at(-1)?.body.messages);
    expect(prompt).toContain('Serum Wajah Niacinamide');

    // The engine's own top candidate, confirmed by the model, is offered to the decision form.
    const engineDigits = engineCode.slice(0, 6);
    replies.splice(0, replies.length, {
      kind: 'answer',
      content: answerJson(engineDigits, { concerns: ['cosmetic'] }),
    });
    await card.getByRole('button', { name: 'Ask the model' }).click();
    await expect(card.getByTestId('advice')).toHaveAttribute('data-status', 'accepted');
    await expect(card.getByLabel('HS code')).toHaveValue(engineDigits);
    // Still a human decision: the card keeps its decision form and the item stays in review.
    await expect(card.getByRole('button', { name: 'Save decision' })).toBeVisible();
  } finally {
    await mock.close();
  }
});

test('with the model on for uncertain items, a capture stores advice that shows on the card without a click', async ({
  context,
  extUrl,
}) => {
  const mock = await startOpenAiMock([
    {
      kind: 'decide',
      decide: (body) => ({
        kind: 'answer',
        content: answerJson(promptCandidates(body)[0] ?? '', {
          customs_description: 'Face serum with niacinamide, for skin care',
        }),
      }),
    },
  ]);
  try {
    const options = await context.newPage();
    await options.goto(extUrl('options.html'));
    await turnOnModel(options, mock.baseUrl, 'uncertain');

    await routeFixture(context, SHOPEE_URL, 'shopee/id-add-step-one/source.html');
    const seller = await context.newPage();
    await seller.goto(SHOPEE_URL);
    await expect(seller.locator('[data-clearlane="badge"]')).not.toContainText(/Classifying/i, {
      timeout: 15_000,
    });
    // The page never receives the advice: the model is asked in the background after the reply.
    await expect(seller.locator('body')).not.toContainText('Face serum with niacinamide');

    const card = options.getByTestId('product').filter({ hasText: 'Serum Wajah Niacinamide' });
    await expect(async () => {
      await options.reload();
      await expect(card.getByTestId('advice')).toHaveAttribute('data-status', 'accepted', { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer sk-test-not-a-secret');
    await expect(card.getByTestId('advice-code')).toHaveText(promptCandidates(mock.requests[0]?.body)[0]!);
    await expect(card.getByTestId('advice-description')).toHaveText(
      'Face serum with niacinamide, for skin care',
    );
    await expect(card.getByTestId('advice-meta')).toContainText('mock-model');
    await expect(card.getByTestId('advice-meta')).toContainText('366 tokens');
    await expect(card.getByRole('button', { name: 'Ask the model again' })).toBeVisible();
    // Advice stays advice: the item still waits for a person's decision.
    await expect(card.getByRole('button', { name: 'Save decision' })).toBeVisible();

    // The same product text captured again is not sent to the model a second time.
    await seller.reload();
    await expect(seller.locator('[data-clearlane="badge"]')).not.toContainText(/Classifying/i, {
      timeout: 15_000,
    });
    await options.waitForTimeout(1000);
    expect(mock.requests).toHaveLength(1);
  } finally {
    await mock.close();
  }
});
