// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shopee } from '../../../lib/sites/shopee';
import { watchPage, watchProduct, type ChangeReason } from '../../../lib/sites/spa';
import type { ProductDraft } from '../../../lib/sites/types';

const FIXTURE = readFileSync(join(__dirname, '../../fixtures/shopee/my-add-two-step/source.html'), 'utf8');
const ADD_URL = 'https://seller.shopee.com.my/portal/product/new';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types like a user in a React form: native setter, then a bubbling input event. */
function type(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const nameInput = () =>
  document.querySelector<HTMLInputElement>(
    '[data-product-edit-field-unique-id="name"] input',
  ) as HTMLInputElement;

let controller: AbortController;
beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(ADD_URL);
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    FIXTURE,
    'text/html',
  ).documentElement.innerHTML;
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('watchProduct', () => {
  it('extracts at once, then once per typing burst after the debounce', async () => {
    const drafts: (ProductDraft | null)[] = [];
    watchProduct(shopee, { signal: controller.signal, debounceMs: 20, onDraft: (d) => drafts.push(d) });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.title).toContain('Tumbler');
    type(nameInput(), 'Stainless Tumbler 600ml');
    type(nameInput(), 'Stainless Tumbler 900ml');
    await vi.waitFor(() => expect(drafts).toHaveLength(2));
    expect(drafts[1]?.title).toBe('Stainless Tumbler 900ml');
    await sleep(60);
    expect(drafts).toHaveLength(2);
  });

  it('reports nothing when a re-render leaves the product unchanged', async () => {
    const drafts: (ProductDraft | null)[] = [];
    watchProduct(shopee, { signal: controller.signal, debounceMs: 20, onDraft: (d) => drafts.push(d) });
    document.body.appendChild(document.createElement('div')).textContent = 'toast: saved';
    await sleep(60);
    expect(drafts).toHaveLength(1);
  });

  it('reports null after a pushState navigation away from the product form', async () => {
    const drafts: (ProductDraft | null)[] = [];
    watchProduct(shopee, {
      signal: controller.signal,
      debounceMs: 20,
      pollMs: 10,
      onDraft: (d) => drafts.push(d),
    });
    history.pushState({}, '', '/portal/sale/order');
    await vi.waitFor(() => expect(drafts).toHaveLength(2));
    expect(drafts[1]).toBeNull();
  });

  it('stops every listener when the content-script context aborts', async () => {
    const drafts: (ProductDraft | null)[] = [];
    watchProduct(shopee, { signal: controller.signal, debounceMs: 20, onDraft: (d) => drafts.push(d) });
    type(nameInput(), 'Edited before abort');
    controller.abort();
    type(nameInput(), 'Edited after abort');
    await sleep(60);
    expect(drafts).toHaveLength(1);
  });
});

describe('watchPage', () => {
  it('ignores mutations and edits inside nodes ClearLane owns (data-clearlane), by default', async () => {
    const reasons: ChangeReason[][] = [];
    const own = document.body.appendChild(document.createElement('span'));
    own.setAttribute('data-clearlane', '');
    watchPage({
      signal: controller.signal,
      debounceMs: 20,
      onChange: (r) => reasons.push(r),
    });
    own.textContent = 'badge re-rendered';
    const host = document.createElement('span');
    host.setAttribute('data-clearlane', 'badge');
    nameInput().after(host);
    host.remove();
    await sleep(60);
    expect(reasons).toHaveLength(0);
    type(nameInput(), 'A real edit');
    await vi.waitFor(() => expect(reasons).toEqual([['edit']]));
  });

  it('does nothing when the signal is already aborted', async () => {
    controller.abort();
    const reasons: ChangeReason[][] = [];
    watchPage({ signal: controller.signal, debounceMs: 5, onChange: (r) => reasons.push(r) });
    type(nameInput(), 'x');
    await sleep(30);
    expect(reasons).toHaveLength(0);
  });
});
