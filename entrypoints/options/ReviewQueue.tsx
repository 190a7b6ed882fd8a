import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { send } from '@/lib/messaging/send';
import type { QueueItem } from '@/lib/messages-review';
import {
  filterChoices,
  filterQueue,
  groupIdentical,
  identityKey,
  type QueueFilter,
} from '@/lib/review/queue';
import { ReviewFilters } from './ReviewFilters';
import { ReviewItem } from './ReviewItem';
import { ReviewRecord } from './ReviewRecord';

const NEXT = new Set(['j', 'ArrowDown']);
const PREV = new Set(['k', 'ArrowUp']);

/**
 * Every open exception, oldest first. Keyboard: j / ↓ and k / ↑ move, Enter opens the item (its decision
 * form takes focus), Escape closes it. Deciding sends the same `decide` message as the popup.
 */
export function ReviewQueue({ version, onChange }: { version: number; onChange: () => void }) {
  const [status, setStatus] = useState<'open' | 'decided'>('open');
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState('');
  const [filter, setFilter] = useState<QueueFilter>({});
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [recordId, setRecordId] = useState<string | null>(null);
  const rows = useRef<(HTMLButtonElement | null)[]>([]);

  const load = useCallback(() => {
    send('review-queue', { status }).then(
      (r) => {
        setItems(r.items);
        setError('');
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [status]);
  useEffect(load, [load, version]);

  const visible = useMemo(() => filterQueue(items ?? [], filter), [items, filter]);
  const groups = useMemo(() => groupIdentical(visible), [visible]);
  const choices = useMemo(() => filterChoices(items ?? []), [items]);
  const current = Math.min(active, Math.max(0, visible.length - 1));

  function move(to: number) {
    const next = Math.max(0, Math.min(visible.length - 1, to));
    setActive(next);
    rows.current[next]?.focus();
  }

  function onKeyDown(e: KeyboardEvent) {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, form')) return; // typing a code or a note
    if (NEXT.has(e.key)) move(current + 1);
    else if (PREV.has(e.key)) move(current - 1);
    else if (e.key === 'Escape') setOpenId(null);
    else return;
    e.preventDefault();
  }

  async function decided() {
    setOpenId(null);
    load();
    onChange();
    requestAnimationFrame(() => rows.current[current]?.focus());
  }

  return (
    <div aria-labelledby="review-heading">
      <h2 id="review-heading">Review queue</h2>
      <p className="muted">
        Items ClearLane could not fill on its own. Keys: j / k or the arrow keys move, Enter opens an item,
        Escape closes it.
      </p>
      <div className="review-filters">
        <label>
          Show
          <select value={status} onChange={(e) => setStatus(e.target.value as 'open' | 'decided')}>
            <option value="open">Waiting for a decision</option>
            <option value="decided">Decided</option>
          </select>
        </label>
        <ReviewFilters filter={filter} choices={choices} onChange={setFilter} />
      </div>
      {error && <p className="review-error">{error}</p>}
      {items && (
        <p className="muted" data-testid="review-count">
          {visible.length} of {items.length} item{items.length === 1 ? '' : 's'}
        </p>
      )}
      <ul className="review-list" onKeyDown={onKeyDown} aria-label="Review items">
        {visible.map((item, i) => (
          <li key={item.id}>
            <ReviewItem
              item={item}
              identical={groups.get(identityKey(item)) ?? [item]}
              isActive={i === current}
              isOpen={openId === item.id}
              rowRef={(el) => void (rows.current[i] = el)}
              onFocus={() => setActive(i)}
              onToggle={() => setOpenId(openId === item.id ? null : item.id)}
              onDecided={decided}
              onShowRecord={() => setRecordId(item.product.id)}
            />
          </li>
        ))}
      </ul>
      {items && visible.length === 0 && (
        <p>Nothing to review{status === 'open' ? ' — every captured item is cleared.' : '.'}</p>
      )}
      {recordId && <ReviewRecord productId={recordId} onClose={() => setRecordId(null)} />}
    </div>
  );
}
