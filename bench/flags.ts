import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Flag } from '../lib/classify/types';
import { evaluateRules } from '../lib/rules/index';

/**
 * How many benchmark items each rule flags: a sanity check that the rules catch regulated goods without
 * flagging everything. `blocking` counts items where the rule caps the tier (any effect but `info`);
 * `info only` counts items where every mention was negated ("battery not included") or the effect is info.
 */
export function flagTable(rows: { text: string; flags: Flag[] }[]): string {
  const stats = new Map<string, { blocking: number; info: number; example: string }>();
  for (const row of rows) {
    const byRule = new Map<string, Flag[]>();
    for (const f of row.flags) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    for (const [rule, flags] of byRule) {
      const s = stats.get(rule) ?? { blocking: 0, info: 0, example: '' };
      if (flags.some((f) => f.effect !== 'info')) s.blocking++;
      else s.info++;
      if (!s.example) s.example = `${flags[0]!.keyword}: ${row.text.slice(0, 60)}`;
      stats.set(rule, s);
    }
  }
  const total = rows.length;
  const anyBlocking = rows.filter((r) => r.flags.some((f) => f.effect !== 'info')).length;
  const pct = (n: number) => (total ? `${((100 * n) / total).toFixed(1)}%` : '0%');
  const escape = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const lines = [
    `Items: ${total}; flagged (blocking) by at least one rule: ${anyBlocking} (${pct(anyBlocking)}).`,
    '',
    '| rule | blocking | share | info only | example (keyword: text) |',
    '| --- | ---: | ---: | ---: | --- |',
    ...[...stats.entries()]
      .sort((a, b) => b[1].blocking + b[1].info - (a[1].blocking + a[1].info) || a[0].localeCompare(b[0]))
      .map(
        ([rule, s]) => `| ${rule} | ${s.blocking} | ${pct(s.blocking)} | ${s.info} | ${escape(s.example)} |`,
      ),
  ];
  return lines.join('\n');
}

/** `npx tsx bench/flags.ts [bench/data/dev.jsonl]`: text-only flags (no candidate codes) over a JSONL file. */
function main(path: string): void {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text?: string; title?: string });
  const results = rows.map((r) => {
    const text = r.text ?? r.title ?? '';
    const out = evaluateRules({
      product: { title: text },
      destinations: [],
      candidateCodes: [],
      rulings: [],
    });
    return { text, flags: out.flags };
  });
  console.log(flagTable(results));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv[2] ?? 'bench/data/dev.jsonl');
}
