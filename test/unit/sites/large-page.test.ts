// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shopee } from '../../../lib/sites/shopee';

/**
 * Real seller centres are far bigger than the fixtures: a sidebar, an order list in another tab, hundreds of
 * hidden dropdown options. The fixture is padded to ~20,000 elements to check extraction stays cheap.
 */
describe('extraction on a large page', () => {
  it('reads the same product and stays well under 20 ms', () => {
    const html = readFileSync(join(__dirname, '../../fixtures/shopee/my-add-two-step/source.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const url = 'https://seller.shopee.com.my/portal/product/new';
    const expected = shopee.extract(doc, url);
    const padding = doc.createElement('div');
    padding.setAttribute('style', 'display:none');
    const option = '<li class="eds-option"><span>Option</span><i class="eds-icon"></i></li>';
    padding.innerHTML = Array.from(
      { length: 400 },
      () => `<ul class="eds-dropdown">${option.repeat(15)}</ul>`,
    ).join('');
    doc.body.prepend(padding);
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(18_000);
    shopee.extract(doc, url);
    const runs = Array.from({ length: 5 }, () => {
      const start = performance.now();
      expect(shopee.extract(doc, url)).toEqual(expected);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    console.log(
      `large page (${doc.querySelectorAll('*').length} elements): best ${runs[0]?.toFixed(2)} ms, median ${runs[2]?.toFixed(2)} ms`,
    );
    expect(runs[0]).toBeLessThan(20);
  });
});
