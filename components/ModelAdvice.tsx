import { useState } from 'react';
import { send } from '@/lib/messaging/send';
import type { Advice } from '@/lib/llm/answer';
import type { Candidate } from '@/lib/classify/types';

/**
 * Model advice for one product: the latest stored advice (asked automatically after a capture, per the
 * `when` setting) shows without a click, and "Ask the model" asks again. The answer is advice only: an
 * accepted code is offered to the decision form; it never fills a page form or removes a flag.
 */
export function ModelAdvice({
  productId,
  stored,
  candidates,
  onSuggest,
}: {
  productId: string;
  stored?: Advice;
  candidates: Candidate[];
  onSuggest?: (code: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [asked, setAsked] = useState<Advice | null>(null);
  const [error, setError] = useState('');
  // The newer of what this card asked and what the background stored (a later capture may have replaced it).
  const advice = asked && (!stored || (asked.at ?? 0) >= (stored.at ?? 0)) ? asked : stored;

  async function ask() {
    setBusy(true);
    setError('');
    try {
      const { advice } = await send('llm-advise', { productId });
      setAsked(advice);
      if (advice.status === 'accepted' && advice.answer) onSuggest?.(advice.answer.code);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="advice" aria-label="Model advice">
      {advice && <AdviceDetails advice={advice} candidates={candidates} onSuggest={onSuggest} />}
      <button type="button" onClick={ask} disabled={busy}>
        {busy ? 'Asking the model…' : advice ? 'Ask the model again' : 'Ask the model'}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

function AdviceDetails({
  advice,
  candidates,
  onSuggest,
}: {
  advice: Advice;
  candidates: Candidate[];
  onSuggest?: (code: string) => void;
}) {
  const [copied, setCopied] = useState(false);
  const answer = advice.answer;
  const code = answer?.code.replace(/[\s.]/g, '');
  const rank = code
    ? candidates.findIndex(
        (c) => c.source !== 'model' && (code.startsWith(c.code) || c.code.startsWith(code)),
      )
    : -1;
  const engine = rank >= 0 ? candidates[rank] : undefined;

  async function copyDescription() {
    if (!answer) return;
    await navigator.clipboard.writeText(answer.customs_description).catch(() => undefined);
    setCopied(true);
  }

  return (
    <div role="status" data-testid="advice" data-status={advice.status}>
      <p>
        {advice.status === 'accepted'
          ? 'Model suggests '
          : advice.status === 'rejected'
            ? 'Model answer not used: '
            : 'Model: '}
        {advice.status === 'accepted' && code ? <strong data-testid="advice-code">{code}</strong> : null}{' '}
        {advice.message}
      </p>
      {advice.status === 'accepted' && code && (
        <p className="muted">
          {engine
            ? `Engine candidate #${rank + 1} (engine confidence ${Math.round(engine.confidence * 100)}%).`
            : 'Not in the engine’s shortlist.'}{' '}
          {onSuggest && (
            <button type="button" onClick={() => onSuggest(code)}>
              Use this code
            </button>
          )}
        </p>
      )}
      {answer?.rationale && <p className="muted">{answer.rationale}</p>}
      {answer?.customs_description && (
        <p>
          Customs description: <q data-testid="advice-description">{answer.customs_description}</q>{' '}
          <button type="button" onClick={copyDescription}>
            {copied ? 'Copied' : 'Use this description'}
          </button>
        </p>
      )}
      {answer && answer.concerns.length > 0 && <p>Concerns: {answer.concerns.join('; ')}</p>}
      <p className="muted" data-testid="advice-meta">
        {advice.model}
        {advice.latencyMs ? ` · ${(advice.latencyMs / 1000).toFixed(1)} s` : ''}
        {advice.usage
          ? ` · ${advice.usage.prompt + advice.usage.completion} tokens (${advice.usage.prompt} in, ${advice.usage.completion} out)`
          : ''}
        {advice.at ? ` · ${new Date(advice.at).toLocaleString()}` : ''}
      </p>
    </div>
  );
}
