import { useId, useState, type FormEvent } from 'react';
import type { ClassifyResult } from '@/lib/classify/types';
import { useDecisionCode } from './useDecisionCode';

export interface Decision {
  code: string;
  status: 'approved' | 'rejected';
  note?: string;
}

/**
 * Accept a suggested code or type another one; saved as a team ruling so the same product is automatic next
 * time. A code must be 4–10 digits (dots and spaces are removed) before it can be saved.
 */
export function DecideForm({
  result,
  initialCode,
  onDecide,
}: {
  result: ClassifyResult;
  initialCode?: string;
  onDecide: (d: Decision) => Promise<void>;
}) {
  const { code, setCode, digits, valid } = useDecisionCode(
    initialCode ?? result.code ?? result.candidates[0]?.code ?? '',
  );
  const listId = useId();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!valid) return;
    try {
      await onDecide({ code: digits, status: 'approved', note: note || undefined });
      setMessage(`Saved ${digits} as a team ruling.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <form className="decide" onSubmit={submit}>
      <label>
        HS code
        <input value={code} onChange={(e) => setCode(e.target.value)} list={listId} aria-invalid={!valid} />
      </label>
      <datalist id={listId}>
        {result.candidates.map((c) => (
          <option key={c.code} value={c.code}>
            {c.description}
          </option>
        ))}
      </datalist>
      <label>
        Note
        <input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="why this code (optional)"
        />
      </label>
      <button type="submit" disabled={!valid}>
        Save decision
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
