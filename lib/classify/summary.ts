import { formatCode } from '../hs/codes';
import { describe, type Nomenclature } from '../hs/nomenclature';
import type { ClassifyResult } from './types';

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The CLI's readable summary of one result: best code, why, and what a human should look at. */
export function summarize(nom: Nomenclature, r: ClassifyResult): string {
  const lines: string[] = [];
  const best = r.candidates[0];
  if (best) lines.push(`Best:        ${formatCode(best.code)}  ${describe(nom, best.code) ?? ''}`);
  else lines.push('Best:        (no candidate)');
  lines.push(`Code to fill: ${r.code ? formatCode(r.code) : '(none: nothing clears the high threshold)'}`);
  const levels = [`HS4 ${pct(r.levels.hs4)}`, `HS6 ${pct(r.levels.hs6)}`];
  if (r.levels.national !== undefined) levels.push(`national ${pct(r.levels.national)}`);
  lines.push(`Confidence:  ${levels.join(' · ')}`);
  lines.push(
    `Tier:        ${r.tier}${r.capped.length ? ` (capped: ${r.capped.map((c) => c.detail).join('; ')})` : ''}`,
  );
  lines.push('Candidates:');
  for (const c of r.candidates)
    lines.push(
      `  ${formatCode(c.code).padEnd(12)} ${pct(c.confidence).padStart(4)}  ${c.source.padEnd(12)} ${(c.description ?? '').slice(0, 90)}`,
    );
  lines.push(r.flags.length ? 'Flags:' : 'Flags:       none');
  for (const f of r.flags) lines.push(`  ${f.effect} "${f.keyword}" [${f.countries.join(',')}]: ${f.reason}`);
  lines.push(r.conflicts.length ? 'Conflicts:' : 'Conflicts:   none');
  for (const c of r.conflicts)
    lines.push(
      `  ${c.severity} at ${c.level}: ${c.rulings.map((x) => `${x.country} ${x.code}`).join(' vs ')}`,
    );
  for (const l of r.lint) lines.push(`Lint:        ${l.message}`);
  for (const w of r.warnings) lines.push(`Warning:     ${w}`);
  return lines.join('\n');
}
