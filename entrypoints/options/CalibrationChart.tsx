import type { CurvePoint } from '@/lib/review/calibration';

const W = 420;
const H = 200;
const PAD = { left: 36, right: 10, top: 10, bottom: 28 };
const X0 = 0.5;
const X1 = 1;

const x = (t: number) => PAD.left + ((t - X0) / (X1 - X0)) * (W - PAD.left - PAD.right);
const y = (v: number) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);
const path = (pts: CurvePoint[], pick: (p: CurvePoint) => number) =>
  pts.map((p) => `${x(p.threshold).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');

/** Automation rate and error rate over candidate high thresholds; the saved and the previewed threshold marked. */
export function CalibrationChart({
  curve,
  current,
  preview,
}: {
  curve: CurvePoint[];
  current: number;
  preview: number;
}) {
  const at = curve.find((p) => p.threshold >= preview - 1e-9) ?? curve.at(-1);
  const label = at
    ? `At ${preview.toFixed(2)}: ${Math.round(at.automation * 100)}% of decided items would have been automatic, ${Math.round(at.error * 100)}% of those with a code the person changed.`
    : 'No data';
  return (
    <figure style={{ margin: 0 }}>
      <svg width={W} height={H} role="img" aria-label={label} data-testid="calibration-chart">
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e4e8ee" />
            <text x={PAD.left - 4} y={y(v) + 4} fontSize="10" textAnchor="end">{`${v * 100}%`}</text>
          </g>
        ))}
        {[0.5, 0.6, 0.7, 0.8, 0.9, 1].map((t) => (
          <text key={t} x={x(t)} y={H - 10} fontSize="10" textAnchor="middle">
            {t.toFixed(1)}
          </text>
        ))}
        <polyline points={path(curve, (p) => p.automation)} fill="none" stroke="#2563eb" strokeWidth="2" />
        <polyline
          points={path(curve, (p) => p.error)}
          fill="none"
          stroke="#b42318"
          strokeWidth="2"
          strokeDasharray="5 3"
        />
        <line x1={x(current)} x2={x(current)} y1={PAD.top} y2={H - PAD.bottom} stroke="#1c2430" />
        <text x={x(current) + 3} y={PAD.top + 10} fontSize="10">
          saved
        </text>
        {Math.abs(preview - current) > 1e-9 && (
          <line
            x1={x(preview)}
            x2={x(preview)}
            y1={PAD.top}
            y2={H - PAD.bottom}
            stroke="#2563eb"
            strokeDasharray="3 3"
          />
        )}
      </svg>
      <figcaption className="muted">
        <span style={{ color: '#2563eb' }}>━ automatic</span> ·{' '}
        <span style={{ color: '#b42318' }}>╍ changed by a person</span> · high threshold on the horizontal
        axis. {label}
      </figcaption>
    </figure>
  );
}
