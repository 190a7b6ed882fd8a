import type { SyncIssue, SyncPreview as Preview } from '@/lib/messages-sync';

const ROWS: [keyof Extract<Preview, { ok: true }>['counts'], string][] = [
  ['added', 'New'],
  ['changed', 'Changed'],
  ['deleted', 'Deleted (marked deleted by the team)'],
  ['keptLocalNewer', 'Kept: your own decision is newer'],
  ['unchanged', 'Unchanged'],
  ['invalid', 'Invalid (skipped)'],
];

/** JSON packs have no useful line numbers, so their records are named by position instead. */
export function issuePlace(issue: SyncIssue): string {
  if (issue.line !== undefined) return `Line ${issue.line}`;
  if (issue.record !== undefined) return `Record ${issue.record}`;
  return 'File';
}

export function IssueList({ issues, total }: { issues: SyncIssue[]; total: number }) {
  if (issues.length === 0) return null;
  return (
    <details open data-testid="sync-issues">
      <summary>
        {total} problem{total === 1 ? '' : 's'} found
        {total > issues.length ? ` (first ${issues.length} shown)` : ''}
      </summary>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            {issuePlace(issue)}: {issue.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What an import would do, before anything is written. */
export function SyncPreview({ preview }: { preview: Extract<Preview, { ok: true }> }) {
  const { counts, conflicts } = preview;
  return (
    <div data-testid="sync-preview">
      <table className="candidates">
        <caption>If you apply this file</caption>
        <tbody>
          {ROWS.map(([key, label]) => (
            <tr key={key} data-count={key}>
              <td>{label}</td>
              <td>{counts[key].toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <IssueList issues={preview.issues} total={counts.invalid} />
      {conflicts.length > 0 && (
        <details>
          <summary>Rulings where your newer decision is kept</summary>
          <ul>
            {conflicts.map((c, i) => (
              <li key={i}>
                {c.description}: yours {c.localCode}, team file {c.incomingCode}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
