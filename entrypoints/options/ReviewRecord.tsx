import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/send';
import type { DecisionRecord } from '@/lib/messages-review';
import { recordHtml, recordSections } from '@/lib/review/record';
import { downloadFile, fileSlug } from '@/components/download';

/** The decision record of one product: what was known, what was chosen, by whom, and on which rulings. */
export function ReviewRecord({ productId, onClose }: { productId: string; onClose: () => void }) {
  const [record, setRecord] = useState<DecisionRecord | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    send('review-record', { productId }).then(setRecord, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, [productId]);

  if (error) return <p className="review-error">{error}</p>;
  if (!record) return null;
  return (
    <article className="review-record product" data-testid="decision-record" aria-labelledby="record-heading">
      <h2 id="record-heading">Decision record: {record.item.title}</h2>
      <div className="no-print decide">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(`decision-${fileSlug(record.item.title)}.html`, recordHtml(record), 'text/html')
          }
        >
          Download as HTML
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {recordSections(record).map((s) => (
        <section key={s.title} aria-label={s.title}>
          <h4>{s.title}</h4>
          {s.rows.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <table className="review-table">
              <thead>
                <tr>
                  {s.headers.map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((c, j) => (
                      <td key={j}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </article>
  );
}
