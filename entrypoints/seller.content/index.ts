import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  findBadgeAnchor,
  findSellerAdapter,
  SELLER_MATCHES,
  toCapturedProduct,
  type ProductDraft,
  type SiteAdapter,
} from '@/lib/sites';
import { watchProduct } from '@/lib/sites/spa';
import { mountBadge, type BadgeHandle } from '@/lib/badge';
import { send } from '@/lib/messaging/send';
import { isBadgeHidden, hideBadgeOn } from './badge-visibility';

/** Seller centres: read the product as the seller edits it, classify it, show the badge by the name field. */
export default defineContentScript({
  matches: [...SELLER_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = findSellerAdapter(location.href);
    if (!adapter) return;
    let badge: BadgeHandle | undefined;
    let latest = 0;
    ctx.onInvalidated(() => badge?.destroy());

    async function capture(draft: ProductDraft | null): Promise<void> {
      const seq = ++latest;
      if (!draft) {
        badge?.destroy();
        badge = undefined;
        return;
      }
      const showBadge = !(await isBadgeHidden(location.hostname));
      badge = showBadge ? ensureBadge(adapter!, badge) : undefined;
      try {
        const { result } = await send('capture-product', toCapturedProduct(draft));
        if (seq === latest) badge?.update({ kind: 'result', result });
      } catch (error) {
        if (seq === latest)
          badge?.update({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    }

    function ensureBadge(site: SiteAdapter, current: BadgeHandle | undefined): BadgeHandle | undefined {
      if (current?.host.isConnected) return current;
      current?.destroy();
      const anchor = findBadgeAnchor(document, site);
      if (!anchor) return undefined;
      return mountBadge(
        anchor.element,
        { kind: 'pending' },
        {
          placement: anchor.placement,
          onHideSite: () => {
            void hideBadgeOn(location.hostname);
            badge?.destroy();
            badge = undefined;
          },
        },
      );
    }

    watchProduct(adapter, {
      signal: ctx.signal,
      onDraft: (draft) => void capture(draft),
    });
  },
});
