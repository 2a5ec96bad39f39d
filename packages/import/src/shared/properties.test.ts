import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../csv/importCsv.js';
import { importGitHubIssues } from '../github/importGitHubIssues.js';
import { importJiraCsv } from '../jira/importJiraCsv.js';
import { importLinearCsv } from '../linear/importLinearCsv.js';
import type { ImportResult } from '../types.js';

/** Every non-blank row read is imported, skipped or reported: none disappears. */
function accountedFor({ report }: ImportResult): boolean {
  const { rows, imported, skipped, badRows } = report.totals;
  return rows === imported + skipped + badRows;
}

const JIRA_HEADERS = [
  'Issue key',
  'Issue id',
  'Summary',
  'Issue Type',
  'Status',
  'Parent',
  'Parent id',
  'Sprint',
  'Sprint',
];
const LINEAR_HEADERS = ['ID', 'Title', 'Status', 'Labels', 'Parent issue', 'Project', 'Cycle Number', 'Initiatives'];
// Cells drawn from a small pool so that ids repeat, parents resolve and cycles appear.
const cellValue = fc.oneof(
  fc.constantFrom('', 'A-1', 'A-2', '1', 'Epic', 'Story', 'Sub-task', 'Initiative', 'Done', 'In Progress', 'S1', "'=x"),
  fc.string(),
);
const table = (headers: readonly string[]) =>
  fc.array(fc.array(cellValue, { minLength: headers.length, maxLength: headers.length }), { maxLength: 12 });

describe('importers never throw', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const result of [importJiraCsv(text), importLinearCsv(text), importCsv(text), importGitHubIssues(text)]) {
          expect(accountedFor(result)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('on arbitrary CSV under Jira and Linear headers, with every row accounted for', () => {
    fc.assert(
      fc.property(table(JIRA_HEADERS), table(LINEAR_HEADERS), (jiraRows, linearRows) => {
        const jira = importJiraCsv(Papa.unparse([JIRA_HEADERS, ...jiraRows]), { order: 'rank' });
        const linear = importLinearCsv(Papa.unparse([LINEAR_HEADERS, ...linearRows]));
        expect(accountedFor(jira) && accountedFor(linear)).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('on arbitrary JSON and arbitrary options', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, options) => {
        const result = importGitHubIssues(json, options as never);
        expect(accountedFor(result)).toBe(true);
        expect(() => importJiraCsv('Issue key,Summary\nA,B', options as never)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('large reports', () => {
  it('reports 150,000 unreadable rows without overflowing', () => {
    const { report } = importJiraCsv(`Summary,Status\n${'x,y\n'.repeat(150_000)}`);
    expect(report.badRows).toHaveLength(150_000);
    expect(report.totals.rows).toBe(150_000);
  });
});
