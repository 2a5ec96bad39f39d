import type { ImportReport } from '@throughline/import';
import { numberText } from '../shared/intlText.js';

const count = numberText('en');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** What a host shows after an import: what was made, and what could not be read or mapped. */
export function ImportReportSummary({ report, name }: { report: ImportReport; name: string }) {
  const { totals, unmapped } = report;
  const left = [...report.badRows, ...report.fieldProblems];
  return (
    <div className="tl-story-report">
      <p>
        {name}: read {plural(totals.rows, 'row')}; imported {plural(totals.items, 'item')},{' '}
        {plural(totals.initiatives, 'initiative')}, {plural(totals.backlogs, 'backlog')} and{' '}
        {plural(totals.horizons, 'horizon')}. {plural(totals.badRows, 'row')} could not be read,{' '}
        {plural(totals.fieldProblems, 'value')} left out, {plural(totals.skipped, 'row')} skipped.
      </p>
      {unmapped.issueTypes.length + unmapped.statuses.length > 0 ? (
        <p>
          Not mapped: {[...unmapped.issueTypes, ...unmapped.statuses].map((v) => `${v.value} (${v.count})`).join(', ')}
        </p>
      ) : null}
      {left.length > 0 ? (
        <details>
          <summary>What the import left out ({left.length})</summary>
          <ul>
            {left.map((p) => (
              <li key={`${p.row}|${p.field ?? ''}|${p.reason}`}>
                Row {p.row}
                {p.id ? ` (${p.id})` : ''}: {p.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
