import type { ImportReport, RowProblem, ValueCount } from '@throughline/import';
import { firstFew } from './groups.js';
import { plural } from './problems.js';

/** How many entries of a list the summary shows before `…and N more`: rows, and distinct values. */
const SHOWN_ROWS = 8;
const SHOWN_VALUES = 20;

/** `Story ×12 → story`, `QA Review ×5` (not mapped). */
const valueCount = (v: ValueCount) => `${v.value || '(blank)'} ×${v.count}${v.mappedTo ? ` → ${v.mappedTo}` : ''}`;

/** `row 14 (ONB-9): reason`, `row 3 (ONB-2) createdAt "32/13/25": reason`. */
function rowLine(problem: RowProblem): string {
  const id = problem.id === undefined ? '' : ` (${problem.id})`;
  const field = problem.field === undefined ? '' : ` ${problem.field}`;
  const value = problem.value === undefined ? '' : ` ${JSON.stringify(problem.value)}`;
  return `row ${problem.row}${id}${field}${value}: ${problem.reason}`;
}

/** A titled, bounded list: the first few entries, indented, then `…and N more`. */
function section(title: string, entries: readonly string[], shown = SHOWN_ROWS): string[] {
  if (entries.length === 0) return [];
  const more = entries.length > shown ? [`  …and ${entries.length - shown} more`] : [];
  return [`${title}:`, ...entries.slice(0, shown).map((entry) => `  ${entry}`), ...more];
}

/**
 * The report of an import as lines for standard error: what was made, how issue types and statuses
 * were mapped (with counts), what was not mapped, rows that could not be read, rows left out on
 * purpose, values left out, columns not read and whole-file notes. Every list is bounded.
 *
 * @example
 * io.stderr(`${importReportLines(report, 'export.csv').join('\n')}\n`);
 */
export function importReportLines(report: ImportReport, source: string): string[] {
  const t = report.totals;
  const kinds = Object.entries(t.kinds).map(([kind, n]) => `${kind} ×${n}`);
  const made = [
    plural(t.items, 'item'),
    plural(t.initiatives, 'initiative'),
    ...(t.goals > 0 ? [plural(t.goals, 'goal')] : []),
    ...(t.themes > 0 ? [plural(t.themes, 'theme')] : []),
    ...(t.milestones > 0 ? [plural(t.milestones, 'milestone')] : []),
    ...(t.horizons > 0 ? [plural(t.horizons, 'horizon')] : []),
    plural(t.backlogs, 'backlog'),
  ];
  const lines = [
    `Imported ${made.join(', ')} from ${plural(t.rows, 'row')} of ${source} (${report.source}).`,
    ...(kinds.length > 0 ? [`Items by kind: ${kinds.join(', ')}.`] : []),
    ...section('Issue types', report.issueTypes.map(valueCount), SHOWN_VALUES),
    ...section('Statuses', report.statuses.map(valueCount), SHOWN_VALUES),
  ];
  const { issueTypes, statuses } = report.unmapped;
  if (issueTypes.length + statuses.length > 0) {
    lines.push(
      ...section(
        'Not mapped (map them under "issueTypes" or "statuses" in --mapping)',
        [...issueTypes.map((v) => `issue type ${valueCount(v)}`), ...statuses.map((v) => `status ${valueCount(v)}`)],
        SHOWN_VALUES,
      ),
    );
  }
  lines.push(...section(`Rows that could not be read (${report.badRows.length})`, report.badRows.map(rowLine)));
  lines.push(...section(`Rows left out on purpose (${report.skipped.length})`, report.skipped.map(rowLine)));
  lines.push(...section(`Values left out (${report.fieldProblems.length})`, report.fieldProblems.map(rowLine)));
  if (report.columns.unused.length > 0) lines.push(`Columns not read: ${firstFew(report.columns.unused, 12)}.`);
  lines.push(...section('Notes', report.notes));
  return lines;
}
