import { readFileSync } from 'node:fs';
import { validatePlan } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { importGitHubIssues } from './importGitHubIssues.js';

const json = readFileSync(new URL('../fixtures/github-issues.json', import.meta.url), 'utf8');
const { input, report } = importGitHubIssues(json);
const item = (id: string) => input.items?.find((i) => i.id === id);

describe('importGitHubIssues on REST API issues', () => {
  it('gives plan input that validates, from JSON text or the parsed array alike', () => {
    expect(validatePlan(input).ok).toBe(true);
    expect(importGitHubIssues(JSON.parse(json))).toEqual({ input, report });
    expect(report.totals).toMatchObject({ rows: 12, items: 9, skipped: 1, badRows: 2, releases: 3 });
  });

  it('skips pull requests and reports them, and entries that are not issues', () => {
    expect(report.skipped).toEqual([{ row: 7, id: '#47', reason: 'A pull request, not an issue.' }]);
    expect(report.badRows.map((r) => r.row)).toEqual([9, 10]);
  });

  it('sets kinds from the issue type, then kind labels, then sub-issues', () => {
    expect(input.items?.map((i) => [i.id, i.kind])).toEqual([
      ['#40', 'epic'],
      ['#41', 'story'],
      ['#42', 'bug'],
      ['#43', 'task'],
      ['#44', 'story'],
      ['#45', 'story'],
      ['#46', 'spike'],
      ['#48', 'tech-debt'],
      ['#49', 'story'],
    ]);
    expect(report.unmapped.issueTypes).toEqual([
      { value: 'Initiative-ish', count: 1, mappedTo: 'story', via: 'default' },
    ]);
  });

  it('maps state, state_reason and status labels to statuses', () => {
    expect(input.items?.map((i) => i.status)).toEqual([
      'todo',
      'in-progress',
      'done',
      'blocked',
      'done',
      'done',
      'todo',
      'todo',
      'todo',
    ]);
    expect(item('#44')?.labels).toEqual(['canceled']);
    expect(item('#45')?.labels).toEqual(['duplicate', 'canceled']);
  });

  it('links parents by parent number and parent_issue_url, and reports one outside the export', () => {
    expect([item('#41')?.parentId, item('#42')?.parentId, item('#43')?.parentId]).toEqual(['#40', '#40', '#41']);
    expect(report.fieldProblems).toContainEqual(expect.objectContaining({ id: '#48', field: 'parentId' }));
  });

  it('makes milestones release horizons in due-date order, each with a release backlog', () => {
    expect(input.horizons?.map((h) => [h.title, h.end, h.order])).toEqual([
      ['v1.9', '2025-06-30', 0],
      ['v2.0 — "Summer"', '2025-08-31', 1],
      ['Someday', undefined, 2],
    ]);
    const summer = input.backlogs?.find((b) => b.title === 'v2.0 — "Summer"');
    expect(summer).toMatchObject({ kind: 'release', itemIds: ['#40', '#41', '#42'] });
  });

  it('keeps the body verbatim, the html_url, and dates as ISO days', () => {
    expect(item('#40')?.description).toBe(
      'Tracks the onboarding work.\n\n```ts\nconst done = steps.every(Boolean);\n```',
    );
    expect(item('#42')).toMatchObject({
      url: 'https://github.com/acme/app/issues/42',
      createdAt: '2025-07-01',
      resolvedAt: '2025-07-20',
    });
  });

  it('lists the fields it read and the ones it did not', () => {
    expect(report.columns.used.map((c) => c.column)).toContain('milestone');
    expect(report.columns.unused).toEqual(expect.arrayContaining(['user', 'assignees', 'reactions']));
  });
});

describe('importGitHubIssues options and odd input', () => {
  it('makes milestones plan milestones with their due date; one with no date is noted', () => {
    const { input, report } = importGitHubIssues(json, { milestonesAs: 'milestones' });
    expect(input.horizons).toBeUndefined();
    expect(input.milestones?.map((m) => [m.title, m.date])).toEqual([
      ['v2.0 — "Summer"', '2025-08-31'],
      ['v1.9', '2025-06-30'],
    ]);
    expect(report.notes).toEqual([
      "Milestone 'Someday' has no date in the export (nor any due date among its issues); it was left out.",
    ]);
    expect(validatePlan(input).ok).toBe(true);
  });

  it('reads a search result, and notes input that is not an issue list', () => {
    expect(importGitHubIssues({ total_count: 1, items: [{ number: 1, title: 'A' }] }).input.items).toHaveLength(1);
    expect(importGitHubIssues('{not json').report.notes[0]).toMatch(/^The text is not JSON/);
    expect(importGitHubIssues(42).report.notes[0]).toMatch(/^Expected an array/);
    expect(importGitHubIssues(null).input.items).toEqual([]);
  });
});
