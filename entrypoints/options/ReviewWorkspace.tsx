import { useState } from 'react';
import { ReviewQueue } from './ReviewQueue';
import { DocsPanel } from './DocsPanel';
import { OutboxPanel } from './OutboxPanel';
import { CalibrationPanel } from './CalibrationPanel';

const TABS = [
  { id: 'queue', label: 'Review queue' },
  { id: 'docs', label: 'Documents' },
  { id: 'outbox', label: 'Alerts and webhooks' },
  { id: 'calibration', label: 'Calibration' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** The exception workflow in one place: a small tab bar so the options page stays short. */
export function ReviewWorkspace({ version, onChange }: { version: number; onChange: () => void }) {
  const [tab, setTab] = useState<TabId>('queue');
  return (
    <section aria-label="Exception workflow" className="review-workspace">
      <style>{WORKSPACE_CSS}</style>
      <div role="tablist" aria-label="Exception workflow" className="review-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`review-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`review-panel-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`review-panel-${tab}`} aria-labelledby={`review-tab-${tab}`}>
        {tab === 'queue' && <ReviewQueue version={version} onChange={onChange} />}
        {tab === 'docs' && <DocsPanel version={version} />}
        {tab === 'outbox' && <OutboxPanel />}
        {tab === 'calibration' && <CalibrationPanel />}
      </div>
    </section>
  );
}

// Component-local styles: the shared stylesheet belongs to the popup and options alike.
const WORKSPACE_CSS = `
.review-tabs { display: flex; gap: 4px; border-bottom: 1px solid #e4e8ee; margin: 12px 0 8px; }
.review-tabs [role=tab] { border: 1px solid transparent; border-bottom: none; background: none; border-radius: 6px 6px 0 0; }
.review-tabs [role=tab][aria-selected=true] { border-color: #e4e8ee; background: #fff; font-weight: 600; }
.review-row { display: flex; gap: 8px; width: 100%; text-align: left; background: #fff; border: 1px solid #e4e8ee; border-radius: 6px; align-items: baseline; }
.review-row[aria-current=true] { border-color: #2563eb; background: #f2f6ff; }
.review-list { list-style: none; padding: 0; margin: 0; }
.review-list > li { margin: 4px 0; }
.review-detail { border: 1px solid #e4e8ee; border-top: none; padding: 8px 10px; border-radius: 0 0 6px 6px; }
.review-filters { display: flex; gap: 8px; flex-wrap: wrap; align-items: end; }
.review-filters label { display: flex; flex-direction: column; font-size: 12px; }
.review-table { border-collapse: collapse; width: 100%; font-size: 12px; }
.review-table td, .review-table th { border-top: 1px solid #e4e8ee; padding: 3px 6px; text-align: left; vertical-align: top; }
.review-error { color: #7c1d12; }
@media print {
  body * { visibility: hidden; }
  .review-record, .review-record * { visibility: visible; }
  .review-record { position: absolute; left: 0; top: 0; width: 100%; }
  .review-record .no-print { display: none; }
}
`;
