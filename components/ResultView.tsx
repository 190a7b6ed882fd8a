import type { ClassifyResult } from '@/lib/classify/types';
import { TierBadge } from './TierBadge';

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function formatCode(code: string): string {
  return code.length > 4
    ? `${code.slice(0, 4)}.${code.slice(4, 6)}${code.length > 6 ? `.${code.slice(6)}` : ''}`
    : code;
}

/** Everything the engine found for one product: best code, tier, why it stopped, and the candidates. */
export function ResultView({ result }: { result: ClassifyResult }) {
  const best = result.candidates[0];
  return (
    <div className="result">
      <div className="result-head">
        <TierBadge tier={result.tier} />
        <strong data-testid="best-code">
          {result.code ? formatCode(result.code) : best ? `${formatCode(best.code)}?` : '—'}
        </strong>
        <span className="muted">confidence {pct(result.confidence)}</span>
      </div>
      {result.capped.length > 0 && (
        <ul className="why" aria-label="Why this was not filled automatically">
          {result.capped.map((c, i) => (
            <li key={i}>{c.detail}</li>
          ))}
        </ul>
      )}
      {result.flags.length > 0 && (
        <section aria-label="Flags">
          <h4>Flags</h4>
          <ul data-testid="flags">
            {result.flags.map((f, i) => (
              <li key={i} className={`flag flag-${f.effect}`}>
                <b>{f.rule}</b> “{f.keyword}” — {f.effect} ({f.countries.join(', ')}): {f.reason}
                {f.source ? <span className="muted"> Source: {f.source}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.conflicts.map((c, i) => (
        <table key={i} data-testid="conflicts" className="conflicts">
          <caption>
            {c.severity === 'info'
              ? 'National lines differ'
              : `Conflicting rulings (${c.level === 'hs4' ? 'different heading' : 'different subheading'})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Code</th>
              <th scope="col">Ruling for</th>
              <th scope="col">Decided</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {c.rulings.map((r, j) => (
              <tr key={j}>
                <td>{r.country === 'any' ? 'any destination' : r.country}</td>
                <td>{formatCode(r.code)}</td>
                <td>{r.description}</td>
                <td>
                  {r.decidedAt?.slice(0, 10) ?? '—'} ({r.status})
                </td>
                <td>{r.source ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {result.lint.length > 0 && (
        <ul className="lint" data-testid="lint">
          {result.lint.map((l, i) => (
            <li key={i}>{l.message}</li>
          ))}
        </ul>
      )}
      <table className="candidates">
        <caption>Candidates</caption>
        <tbody>
          {result.candidates.slice(0, 5).map((c) => (
            <tr key={c.code + c.source}>
              <td>{formatCode(c.code)}</td>
              <td>{pct(c.confidence)}</td>
              <td className="muted">{c.source}</td>
              <td className="desc">{c.description ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.warnings.length > 0 && <p className="muted">{result.warnings.join(' ')}</p>}
    </div>
  );
}
