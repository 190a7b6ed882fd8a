import { useEffect, useMemo, useState } from 'react';
import { send } from '@/lib/messaging/send';
import type { CalibrationData } from '@/lib/messages-review';
import { automationCurve, candidateThresholds, tierCounts } from '@/lib/review/calibration';
import { CalibrationChart } from './CalibrationChart';

const THRESHOLDS = candidateThresholds();

/**
 * How the thresholds trade automation against mistakes, from the team's own decisions. Moving a slider only
 * previews; "Save thresholds" applies them to new classifications.
 */
export function CalibrationPanel() {
  const [data, setData] = useState<CalibrationData | null>(null);
  const [high, setHigh] = useState(0.9);
  const [medium, setMedium] = useState(0.5);
  const [message, setMessage] = useState('');
  useEffect(() => {
    send('calibration-data', {}).then((d) => {
      setData(d);
      setHigh(d.thresholds.high);
      setMedium(d.thresholds.medium);
    });
  }, []);
  const curve = useMemo(() => automationCurve(data?.points ?? [], THRESHOLDS), [data]);
  if (!data) return null;

  const now = tierCounts(data.products, data.thresholds);
  const next = tierCounts(data.products, { high, medium });
  const wrong = data.points.filter((p) => !p.correct).length;

  async function save() {
    try {
      await send('set-thresholds', { high, medium });
      setData(data && { ...data, thresholds: { high, medium } });
      setMessage(
        `Saved: automatic from ${high.toFixed(2)}, review from ${medium.toFixed(2)}. New classifications use them.`,
      );
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div>
      <h2>Calibration</h2>
      <p className="muted">
        Based on {data.points.length} decision{data.points.length === 1 ? '' : 's'} with the engine's
        confidence recorded ({wrong} where the person chose a different code). Only items that needed a person
        are decided, so the curve shows what a lower threshold would have let through.
      </p>
      <CalibrationChart curve={curve} current={data.thresholds.high} preview={high} />
      <div className="decide">
        <label>
          Automatic from {high.toFixed(2)}
          <input
            type="range"
            min={0.5}
            max={0.99}
            step={0.01}
            value={high}
            onChange={(e) => setHigh(Math.max(Number(e.target.value), medium))}
          />
        </label>
        <label>
          Review from {medium.toFixed(2)}
          <input
            type="range"
            min={0.1}
            max={0.95}
            step={0.01}
            value={medium}
            onChange={(e) => setMedium(Math.min(Number(e.target.value), high))}
          />
        </label>
        <button type="button" onClick={save}>
          Save thresholds
        </button>
        <button
          type="button"
          onClick={() => {
            setHigh(data.defaults.high);
            setMedium(data.defaults.medium);
          }}
        >
          Shipped defaults ({data.defaults.high} / {data.defaults.medium})
        </button>
      </div>
      <table className="review-table" data-testid="tier-counts" style={{ maxWidth: 420 }}>
        <thead>
          <tr>
            <th>Catalogue items</th>
            <th>Automatic</th>
            <th>Needs review</th>
            <th>Manual</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Saved thresholds</td>
            <td>{now.auto}</td>
            <td>{now.review}</td>
            <td>{now.manual}</td>
          </tr>
          <tr>
            <td>Preview</td>
            <td>{next.auto}</td>
            <td>{next.review}</td>
            <td>{next.manual}</td>
          </tr>
        </tbody>
      </table>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
