import { readFileSync } from 'node:fs';
import { validatePlan } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { type CsvMapping, importCsv } from './importCsv.js';

const text = readFileSync(new URL('../fixtures/generic.csv', import.meta.url), 'utf8');
const mapping: CsvMapping = {
  delimiter: ';',
  dayFirst: true,
  columns: {
    id: 'REF',
    title: 'name',
    kind: 'type',
    status: 'state',
    parent: 'parent ref',
    labels: 'tags',
    estimate: 'points',
    sprint: 'sprint',
    sprintStart: 'sprint from',
    sprintEnd: 'sprint to',
    release: 'release',
    initiative: 'initiative',
    theme: 'theme',
    goal: 'goal',
    description: 'notes',
  },
  issueTypes: { feature: 'story', chore: 'tech-debt' },
  statuses: { shipped: 'done', doing: 'in-progress', parked: 'blocked' },
};
const { input, report } = importCsv(text, mapping);

describe('importCsv with a column mapping', () => {
  it('gives plan input that validates, reading every mapped column', () => {
    expect(validatePlan(input).ok).toBe(true);
    expect(report.columns.unused).toEqual(['Owner']);
    expect(report.totals).toMatchObject({ rows: 6, items: 5, initiatives: 2, themes: 2, goals: 2, sprints: 1 });
  });

  it('maps values through issueTypes and statuses, and reports the ones no rule maps', () => {
    expect(input.items?.map((i) => [i.id, i.kind, i.status])).toEqual([
      ['R-1', 'story', 'done'],
      ['R-2', 'story', 'in-progress'],
      ['R-3', 'tech-debt', 'blocked'],
      ['R 4', 'story', undefined],
      ['R-5', 'task', 'done'],
    ]);
    expect(report.unmapped.issueTypes.map((v) => v.value)).toEqual(['Thing']);
    expect(report.unmapped.statuses).toEqual([{ value: 'Idea', count: 1 }]);
  });

  it('builds initiatives, themes and goals from names, and sprints with day-first dates', () => {
    expect(input.initiatives?.[0]).toMatchObject({
      title: 'Faster checkout',
      themeId: 'theme:Conversion',
      goalIds: ['goal:Lift conversion to 4%'],
    });
    expect(input.backlogs?.find((b) => b.kind === 'sprint')).toMatchObject({ start: '2025-09-01', end: '2025-09-14' });
    expect(input.items?.[0]?.description).toBe('Notes with "quotes"; semicolons, and\na second line');
  });

  it('reports a repeated id and a negative estimate', () => {
    expect(report.badRows).toEqual([
      { row: 7, id: 'R-1', reason: "The id 'R-1' is already used by row 2; this row was not imported." },
    ]);
    expect(report.fieldProblems).toEqual([expect.objectContaining({ id: 'R-5', field: 'estimate', value: '-2' })]);
  });

  it('finds id and title columns by common names when the mapping does not say', () => {
    const { input } = importCsv('Key,Summary,Labels,Other\nK-1,Hello,"a, b",x\n', {
      columns: { labels: ['Labels', 'Other'] },
      defaultKind: 'bug',
    });
    expect(input.items).toEqual([{ id: 'K-1', title: 'Hello', kind: 'bug', labels: ['a, b', 'x'] }]);
  });
});
