import { useState, type FormEvent } from 'react';
import { send } from '@/lib/messaging/send';
import type { QueueItem } from '@/lib/messages-review';
import { suggestedCode } from '@/lib/review/queue';
import { useDecisionCode } from '@/components/useDecisionCode';

/** One decision for every open item with the same normalised title (the same product listed again). */
export function ReviewBulkAccept({
  item,
  identical,
  onDone,
}: {
  item: QueueItem;
  identical: QueueItem[];
  onDone: () => Promise<void>;
}) {
  const { code, setCode, digits, valid } = useDecisionCode(suggestedCode(item));
  const [message, setMessage] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!valid) return;
    try {
      await send('review-decide-many', { productIds: identical.map((i) => i.product.id), code: digits });
      await onDone();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <form className="decide" onSubmit={submit} aria-label="Decide all identical items">
      <label>
        Code for all {identical.length} identical items
        <input value={code} onChange={(e) => setCode(e.target.value)} aria-invalid={!valid} />
      </label>
      <button type="submit" disabled={!valid} data-testid="bulk-accept">
        Accept for all {identical.length}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
