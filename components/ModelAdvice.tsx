import { useState } from 'react';
import { send } from '@/lib/messaging/send';
import type { Advice } from '@/lib/llm/answer';

/**
 * "Ask the model" for an item a human has to decide. The answer is advice only: it is shown with its reason,
 * and an accepted code is offered to the decision form; it never fills a form or removes a flag.
 */
export function ModelAdvice({ productId, onSuggest }: { productId: string; onSuggest: (code: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [advice, setAdvice] = useState<Advice | null>(null);
  const [error, setError] = useState('');

  async function ask() {
    setBusy(true);
    setError('');
    try {
      const { advice } = await send('llm-advise', { productId });
      setAdvice(advice);
      if (advice.status === 'accepted' && advice.answer) onSuggest(advice.answer.code);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="advice">
      <button type="button" onClick={ask} disabled={busy}>
        {busy ? 'Asking the model…' : 'Ask the model'}
      </button>
      {error && <p role="alert">{error}</p>}
      {advice && (
        <div role="status" data-testid="advice" data-status={advice.status}>
          <p>
            {advice.status === 'accepted' ? 'Model suggests ' : advice.status === 'rejected' ? 'Model answer not used: ' : ''}
            {advice.status === 'accepted' && advice.answer ? <strong>{advice.answer.code}</strong> : null} {advice.message}
          </p>
          {advice.answer?.rationale && <p className="muted">{advice.answer.rationale}</p>}
          {advice.answer && advice.answer.concerns.length > 0 && <p>Concerns: {advice.answer.concerns.join('; ')}</p>}
        </div>
      )}
    </div>
  );
}
