// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mountBadge } from '../../../lib/badge/index';
import { findBadgeAnchor, findSellerAdapter } from '../../../lib/sites/index';

/** The badge sits inside the seller's form: it must not change what the adapters read from that form. */
const ROOT = join(__dirname, '../../fixtures');
const pages = ['shopee', 'lazada', 'tiktok', 'tokopedia'].flatMap((site) =>
  readdirSync(join(ROOT, site)).map((slug) => join(ROOT, site, slug)),
);

describe('badge on saved seller-centre pages', () => {
  it.each(pages)('%s: mounted at the anchor, extraction unchanged', (dir) => {
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
      url: string;
      product: unknown;
    };
    const doc = new DOMParser().parseFromString(readFileSync(join(dir, 'source.html'), 'utf8'), 'text/html');
    const adapter = findSellerAdapter(expected.url);
    if (!adapter) throw new Error(`no adapter for ${expected.url}`);
    const anchor = findBadgeAnchor(doc, adapter);
    if (expected.product === null) return;
    expect(anchor).not.toBeNull();
    if (!anchor) return;
    expect(anchor.element.closest('[hidden], [style*="display: none"], [style*="display:none"]')).toBeNull();
    const badge = mountBadge(anchor.element, { kind: 'pending' }, { placement: anchor.placement });
    expect(badge.host.isConnected).toBe(true);
    expect(adapter.extract(doc, expected.url)).toEqual(expected.product);
  });
});
