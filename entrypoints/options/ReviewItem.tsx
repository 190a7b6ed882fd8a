import { useEffect, useRef } from 'react';
import { send } from '@/lib/messaging/send';
import type { QueueItem } from '@/lib/messages-review';
import { TierBadge } from '@/components/TierBadge';
import { ResultView } from '@/components/ResultView';
import { DecideForm } from '@/components/DecideForm';
import { TierSchema } from '@/lib/classify/types';
import { ReviewBulkAccept } from './ReviewBulkAccept';

function age(createdAt: number, now = Date.now()): string {
  const hours = Math.floor((now - createdAt) / 3_600_000);
  if (hours < 1) return 'just now';
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

interface Props {
  item: QueueItem;
  identical: QueueItem[];
  isActive: boolean;
  isOpen: boolean;
  rowRef: (el: HTMLButtonElement | null) => void;
  onFocus: () => void;
  onToggle: () => void;
  onDecided: () => Promise<void>;
  onShowRecord: () => void;
}

/** One queue row; opened, it shows everything the engine found and the decision form. */
export function ReviewItem({
  item,
  identical,
  isActive,
  isOpen,
  rowRef,
  onFocus,
  onToggle,
  onDecided,
  onShowRecord,
}: Props) {
  const detail = useRef<HTMLDivElement>(null);
  const { product } = item;
  const tier = TierSchema.safeParse(item.tier);
  useEffect(() => {
    if (isOpen) detail.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [isOpen]);

  return (
    <>
      <button
        type="button"
        ref={rowRef}
        className="review-row"
        data-testid="review-row"
        tabIndex={isActive ? 0 : -1}
        aria-current={isActive}
        aria-expanded={isOpen}
        onFocus={onFocus}
        onClick={onToggle}
      >
        {tier.success && <TierBadge tier={tier.data} />}
        <strong>{product.title || '(no title)'}</strong>
        <span className="muted">
          {product.site} · {(product.destinations ?? []).join(', ') || 'no destination'} ·{' '}
          {age(item.createdAt)}
          {identical.length > 1 ? ` · ${identical.length} identical` : ''}
        </span>
      </button>
      {isOpen && (
        <div className="review-detail" ref={detail} data-testid="review-detail">
          <p className="muted">
            {product.sku ? `SKU ${product.sku} · ` : ''}
            {product.category ? `${product.category} · ` : ''}
            {/^https?:/.test(product.url) ? (
              <a href={product.url} target="_blank" rel="noreferrer noopener">
                Open the page it came from
              </a>
            ) : (
              `From ${product.url || 'an unknown page'}`
            )}
          </p>
          {product.description && <p className="muted">{product.description.slice(0, 400)}</p>}
          {item.reasons.length > 0 && (
            <ul className="why" aria-label="Why it needs a person">
              {item.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          )}
          {product.result && <ResultView result={product.result} />}
          {product.result && item.status === 'open' && (
            <DecideForm
              result={product.result}
              onDecide={async (d) => {
                await send('decide', { productId: product.id, ...d });
                await onDecided();
              }}
            />
          )}
          {item.status === 'open' && identical.length > 1 && (
            <ReviewBulkAccept item={item} identical={identical} onDone={onDecided} />
          )}
          <button type="button" onClick={onShowRecord}>
            Decision record
          </button>
        </div>
      )}
    </>
  );
}
