import type { DecisionRecord } from '../messages-review';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Product text comes from web pages: everything is escaped before it goes into the exported HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function pct(x: number | undefined): string {
  return x === undefined ? '' : `${Math.round(x * 100)}%`;
}

export function dottedCode(code: string | undefined): string {
  if (!code) return '';
  return [code.slice(0, 4), code.slice(4, 6), code.slice(6)].filter(Boolean).join('.');
}

function table(headers: string[], rows: string[][]): string {
  if (!rows.length) return '<p>None.</p>';
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Rows of each section of a decision record; the options page and the HTML export show the same rows. */
export function recordSections(r: DecisionRecord): { title: string; headers: string[]; rows: string[][] }[] {
  const res = r.item.result;
  return [
    {
      title: 'Product',
      headers: ['Field', 'Value'],
      rows: [
        ['Title', r.item.title],
        ['Site', r.item.site],
        ['Page', r.item.url],
        ['SKU', r.item.sku ?? ''],
        ['Category', r.item.category ?? ''],
        ['Destinations', (r.item.destinations ?? []).join(', ')],
        ...Object.entries(r.item.attributes ?? {}).map(([k, v]) => [k, v]),
      ].filter(([, v]) => v !== ''),
    },
    {
      title: 'Decisions',
      headers: ['When', 'Action', 'Code', 'Engine code', 'Engine confidence', 'Who', 'Note'],
      rows: r.decisions.map((d) => [
        new Date(d.at).toISOString().replace('T', ' ').slice(0, 16),
        d.kind,
        dottedCode(d.code),
        dottedCode(d.engineCode),
        pct(d.confidence),
        d.by ?? '',
        d.note ?? '',
      ]),
    },
    {
      title: 'Candidates',
      headers: ['Code', 'Confidence', 'Source', 'Description'],
      rows: (res?.candidates ?? [])
        .slice(0, 8)
        .map((c) => [dottedCode(c.code), pct(c.confidence), c.source, c.description ?? '']),
    },
    {
      title: 'Flags and checks',
      headers: ['Kind', 'Detail'],
      rows: [
        ...(res?.flags ?? []).map((f) => [
          'flag',
          `${f.rule} "${f.keyword}": ${f.effect} (${f.countries.join(', ')}) ${f.reason}`,
        ]),
        ...(res?.conflicts ?? []).map((c) => [
          'conflict',
          `${c.severity} at ${c.level}: ${c.rulings.map((x) => `${x.country} ${dottedCode(x.code)}`).join(' vs ')}`,
        ]),
        ...(res?.lint ?? []).map((l) => ['description', l.message]),
      ],
    },
    {
      title: 'Rulings relied on',
      headers: ['Code', 'Country', 'Status', 'Decided', 'By', 'Source', 'Description'],
      rows: r.rulings.map((x) => [
        dottedCode(x.code),
        x.country ?? 'any',
        x.status,
        x.decidedAt?.slice(0, 10) ?? '',
        x.decidedBy ?? '',
        x.source,
        x.description,
      ]),
    },
  ];
}

/** A self-contained, printable HTML page (no scripts, no remote resources). */
export function recordHtml(r: DecisionRecord, exportedAt = new Date()): string {
  const sections = recordSections(r)
    .map((s) => `<h2>${escapeHtml(s.title)}</h2>${table(s.headers, s.rows)}`)
    .join('\n');
  const style =
    'body{font:13px system-ui,sans-serif;margin:24px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Decision record: ${escapeHtml(r.item.title)}</title><style>${style}</style></head><body><h1>Decision record: ${escapeHtml(r.item.title)}</h1><p>Exported ${escapeHtml(exportedAt.toISOString())} by ClearLane.</p>\n${sections}\n</body></html>`;
}
