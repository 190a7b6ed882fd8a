import { lazada } from './lazada';
import { shopee } from './shopee';
import { tiktok } from './tiktok';
import { tokopedia } from './tokopedia';
import type { SiteAdapter } from './types';

// Kept for entrypoints/generic.content, which imports it from here. Importing '../sites/generic' directly
// instead would keep Readability (~34 KB minified) out of the seller-centre content script.
export { generic, extractGeneric } from './generic';
export { toCapturedProduct } from './to-product';
export { findBadgeAnchor, type BadgeAnchor } from './anchor';
export { ProductDraftSchema, type ProductDraft, type SiteAdapter } from './types';

/**
 * Seller-centre adapters, one per marketplace. The generic adapter runs only on request (popup, context menu).
 */
export const SELLER_ADAPTERS: readonly SiteAdapter[] = [shopee, lazada, tiktok, tokopedia];

/** Content-script match patterns: the union of every seller centre's country hosts. */
export const SELLER_MATCHES: readonly string[] = [...new Set(SELLER_ADAPTERS.flatMap((a) => a.matches))];

/** Manifest match pattern → test against a URL (scheme, exact host or `*.` subdomain wildcard, path glob). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!m) return false;
  const [, scheme, host = '', path = ''] = m;
  const schemeOk = scheme === '*' ? /^https?:$/.test(parsed.protocol) : parsed.protocol === `${scheme}:`;
  const bare = host.replace(/^\*\./, '');
  const hostOk =
    host === '*' ||
    parsed.hostname === bare ||
    (host.startsWith('*.') && parsed.hostname.endsWith(`.${bare}`));
  const pathRe = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return schemeOk && hostOk && pathRe.test(parsed.pathname + parsed.search);
}

/** The seller-centre adapter whose hosts match the URL (whether or not it is a product page), or undefined. */
export function findSellerAdapter(url: string): SiteAdapter | undefined {
  return SELLER_ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url)));
}
