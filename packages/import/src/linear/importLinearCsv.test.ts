import { readFileSync } from 'node:fs';
import { validatePlan } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { importLinearCsv, stripFormulaGuard } from './importLinearCsv.js';

const exportCsv = readFileSync(new URL('../fixtures/linear-export.csv', import.meta.url), 'utf8');
const { input, report } = importLinearCsv(exportCsv);
const item = (id: string) => input.items?.find((i) => i.id === id);
const PROJECT = '5b0e1c2a-7f4e-4c1b-9d3a-1e2f3a4b5c6d';

describe('importLinearCsv on a Linear export', () => {
  it('gives plan input that validates (one same-level warning the data really has)', () => {
    const result = validatePlan(input);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['parent-kind-same-level']);
    expect(report.totals).toMatchObject({ rows: 10, items: 9, initiatives: 2, goals: 2, milestones: 1, sprints: 3 });
  });

  it('reads the columns Linear writes, and lists the ones it does not use', () => {
    expect(report.columns.used.map((c) => c.column)).toEqual(
      expect.arrayContaining([
        'ID',
        'Title',
        'Status',
        'Cycle Number',
        'Project ID',
        'Initiatives',
        'Project Milestone',
      ]),
    );
    expect(report.columns.unused).toEqual([
      'Creator',
      'Assignee',
      'Triaged',
      'Blocks',
      'Blocked by',
      'Related to',
      'Duplicate of',
    ]);
  });

  it('sets kinds from kind labels, else sub-issues are tasks and the rest stories', () => {
    expect(input.items?.map((i) => [i.id, i.kind])).toEqual([
      ['ENG-101', 'story'],
      ['ENG-102', 'bug'],
      ['ENG-103', 'task'],
      ['ENG-104', 'tech-debt'],
      ['ENG-105', 'story'],
      ['ENG-106', 'story'],
      ['ENG-107', 'spike'],
      ['DES-7', 'story'],
      ['ENG-109', 'task'],
    ]);
  });

  it('maps workflow statuses; Canceled and Duplicate are done and labelled canceled; a custom one falls back on its dates', () => {
    expect(item('ENG-103')?.status).toBe('in-progress');
    expect(item('ENG-104')).toMatchObject({ status: 'done', labels: ['Tech debt', 'canceled'] });
    expect(item('ENG-105')).toMatchObject({ status: 'done', labels: ['canceled'] });
    expect(report.statuses.find((s) => s.value === 'Waiting on design')).toMatchObject({
      mappedTo: 'in-progress',
      via: 'category',
    });
    expect(report.unmapped.statuses).toEqual([{ value: 'Unknown state', count: 1 }]);
  });

  it('makes projects initiatives, Linear initiatives goals, cycles sprints, project milestones milestones', () => {
    expect(input.initiatives?.[0]).toMatchObject({
      id: PROJECT,
      title: 'Activation: first week',
      goalIds: ['goal:Grow activation', 'goal:Reduce churn'],
      status: 'in-progress',
    });
    expect(item('ENG-102')).toMatchObject({ parentId: 'ENG-101', initiativeId: PROJECT });
    const sprints = input.backlogs?.filter((b) => b.kind === 'sprint');
    expect(sprints?.map((s) => [s.title, s.start, s.end, s.itemIds])).toEqual([
      ['Engineering cycle 14', '2025-07-07', '2025-07-21', ['ENG-101', 'ENG-102']],
      ['Polish week', '2025-07-21', '2025-08-04', ['ENG-103']],
      ['Design cycle 14', '2025-07-07', '2025-07-21', ['DES-7']],
    ]);
    expect(input.milestones).toEqual([
      { id: 'milestone:Beta', title: 'Beta', date: '2025-07-25', kind: 'other', initiativeIds: [PROJECT] },
    ]);
    expect(report.notes).toEqual([
      "Milestone 'GA' has no date in the export (nor any due date among its issues); it was left out.",
    ]);
  });

  it('removes the formula guard Linear adds before + - = @, and keeps descriptions otherwise verbatim', () => {
    expect(item('ENG-102')?.title).toBe('=IF(A1>0, "yes", "no") shows as text');
    expect(item('ENG-102')?.description).toBe(
      '-- a description that starts with a dash\nand has "quotes", commas, and ```code```',
    );
    expect(stripFormulaGuard("'@mention")).toBe('@mention');
    expect(stripFormulaGuard("'plain")).toBe("'plain");
  });

  it('skips archived issues, and reports bad values and missing parents by row', () => {
    expect(report.skipped).toEqual([{ row: 9, id: 'ENG-108', reason: 'Archived in Linear.' }]);
    expect(report.fieldProblems.map((p) => [p.row, p.id, p.field])).toEqual([
      [10, 'DES-7', 'estimate'],
      [11, 'ENG-109', 'createdAt'],
      [11, 'ENG-109', 'parentId'],
    ]);
  });
});

describe('importLinearCsv options', () => {
  it('makes Linear initiatives themes, includes archived issues, and skips canceled work', () => {
    const { input, report } = importLinearCsv(exportCsv, {
      initiativesAs: 'themes',
      includeArchived: true,
      canceled: 'skip',
    });
    expect(input.goals).toBeUndefined();
    expect(input.themes?.map((t) => t.title)).toEqual(['Grow activation', 'Reduce churn']);
    expect(input.initiatives?.[1]?.themeId).toBe('theme:Reduce churn');
    expect(input.items?.some((i) => i.id === 'ENG-108')).toBe(true);
    expect(report.skipped.map((s) => s.id)).toEqual(['ENG-104', 'ENG-105']);
    expect(validatePlan(input).ok).toBe(true);
  });

  it('reads the older `Id` header and kind labels named in issueTypes', () => {
    const { input } = importLinearCsv('Id,Title,Labels,Status\nX-1,One,"Frontend, Chore",Todo\n', {
      issueTypes: { frontend: 'improvement' },
    });
    expect(input.items).toEqual([
      { id: 'X-1', title: 'One', kind: 'improvement', status: 'todo', labels: ['Frontend', 'Chore'] },
    ]);
  });
});
