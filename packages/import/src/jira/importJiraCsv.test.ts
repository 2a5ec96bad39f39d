import { readFileSync } from 'node:fs';
import { validatePlan } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { importJiraCsv } from './importJiraCsv.js';

const exportCsv = readFileSync(new URL('../fixtures/jira-export.csv', import.meta.url), 'utf8');
const { input, report } = importJiraCsv(exportCsv, { baseUrl: 'https://acme.atlassian.net/' });
const item = (id: string) => input.items?.find((i) => i.id === id);
const backlog = (title: string) => input.backlogs?.find((b) => b.title === title);

describe('importJiraCsv on a Jira export', () => {
  it('gives plan input that validates, and counts what it read and made', () => {
    const result = validatePlan(input);
    expect(result.ok).toBe(true);
    expect(report.source).toBe('jira-csv');
    expect(report.totals).toMatchObject({ rows: 17, items: 13, initiatives: 1, badRows: 3, sprints: 2, releases: 2 });
    expect(report.totals.kinds).toEqual({
      epic: 2,
      story: 4,
      task: 3,
      bug: 1,
      'tech-debt': 1,
      spike: 1,
      improvement: 1,
    });
    // Every row read is accounted for: imported, left out on purpose, or not readable.
    const { rows, imported, skipped, badRows } = report.totals;
    expect(imported + skipped + badRows).toBe(rows);
  });

  it('maps issue types to kinds and Initiative to an initiative; an unknown type is a task, reported', () => {
    expect(input.items?.map((i) => [i.id, i.kind])).toContainEqual(['ONB-4', 'task']);
    expect(item('LEGACY 8')?.kind).toBe('tech-debt');
    expect(item('ONB-9')?.kind).toBe('spike');
    expect(input.initiatives?.[0]).toMatchObject({ id: 'ONB-1', status: 'in-progress', end: '2025-09-30' });
    expect(report.unmapped.issueTypes).toEqual([{ value: 'Risk', count: 1, mappedTo: 'task', via: 'default' }]);
  });

  it('maps statuses by name, then by Status Category, and reports the rest with counts', () => {
    expect(item('ONB-5')?.status).toBe('blocked');
    expect(item('ONB-10')?.status).toBe('in-progress');
    expect(report.statuses.find((s) => s.value === 'QA Ready')).toMatchObject({
      mappedTo: 'in-progress',
      via: 'category',
    });
    expect(report.statuses.find((s) => s.value === 'In Progress')?.count).toBe(3);
    expect(report.unmapped.statuses).toEqual([{ value: 'Parked', count: 1 }]);
    expect(item('ONB-11')?.status).toBeUndefined();
  });

  it("imports canceled work (Won't Do) as done with the label canceled", () => {
    expect(item('ONB-9')).toMatchObject({ status: 'done', labels: ['canceled'] });
  });

  it('resolves parents from Parent (key), Parent id (numeric) and Epic Link, and links epics to their initiative', () => {
    expect(item('ONB-3')?.parentId).toBe('ONB-2');
    expect(item('ONB-4')?.parentId).toBe('ONB-3');
    expect(item('ONB-5')?.parentId).toBe('ONB-2');
    expect(item('ONB-14')?.parentId).toBe('BIL-1');
    expect(item('ONB-2')).toMatchObject({ initiativeId: 'ONB-1' });
    expect(item('ONB-2')?.parentId).toBeUndefined();
  });

  it('collects every value of repeated columns: labels and components, the last sprint, each fix version', () => {
    expect(item('ONB-3')?.labels).toEqual(['onboarding', 'ux', 'Web', 'Design system']);
    expect(backlog('ONB Sprint 12')?.itemIds).toEqual(['ONB-3', 'ONB-4', 'ONB-5']);
    expect(backlog('ONB Sprint 11')).toBeUndefined();
    expect(backlog('2025.09')).toMatchObject({ kind: 'release', itemIds: ['ONB-10', 'ONB-12'] });
    expect(input.horizons?.map((h) => [h.title, h.kind])).toEqual([
      ['2025.08', 'release'],
      ['2025.09', 'release'],
    ]);
    expect(report.columns.used).toContainEqual({ column: 'Labels', field: 'items.labels', columns: 3 });
    expect(report.columns.used.find((c) => c.column === 'Sprint')?.columns).toBe(2);
  });

  it('puts every item in one product backlog, in file order', () => {
    const product = input.backlogs?.filter((b) => b.kind === 'product') ?? [];
    expect(product).toHaveLength(1);
    expect(product[0]?.itemIds).toEqual(input.items?.map((i) => i.id));
  });

  it('reads Jira, ISO, ISO-with-time and US dates, and reports the one it cannot read', () => {
    expect(item('ONB-3')).toMatchObject({ createdAt: '2025-07-14', updatedAt: '2025-07-28', resolvedAt: '2025-07-28' });
    expect(item('ONB-4')).toMatchObject({ createdAt: '2025-07-15', updatedAt: '2025-07-16' });
    expect(item('LEGACY 8')?.createdAt).toBe('2025-07-14');
    expect(item('ONB-11')?.createdAt).toBeUndefined();
    expect(report.fieldProblems).toContainEqual(
      expect.objectContaining({ row: 11, id: 'ONB-11', field: 'createdAt', value: 'sometime in July' }),
    );
  });

  it('reads estimates from Story Points, and reports one that is not a number', () => {
    expect(item('ONB-3')?.estimate).toBe(5);
    expect(item('OPS::7')?.estimate).toBe(1.5);
    expect(item('LEGACY 8')?.estimate).toBeUndefined();
    expect(report.fieldProblems).toContainEqual(expect.objectContaining({ id: 'LEGACY 8', field: 'estimate' }));
  });

  it('keeps ids exactly, descriptions verbatim, and builds the url from the base URL', () => {
    expect(item('OPS::7')?.url).toBe('https://acme.atlassian.net/browse/OPS%3A%3A7');
    expect(item('ONB-3')?.url).toBe('https://acme.atlassian.net/browse/ONB-3');
    expect(item('ONB-2')?.description).toContain('{code:javascript}\nconst steps = ["invite", "connect", "import"];');
    expect(item('BIL-1')?.description).toBe(
      'Café owners pay by card — 日本語も — without talking to sales.\r\nSecond line after a CRLF.',
    );
    expect(item('ONB-5')?.title).toBe('Checklist crashes on 🍕 emoji workspace names — ünïcödé ✓');
  });

  it('reports rows it cannot read with their row number and reason, and never throws', () => {
    expect(report.badRows.map((r) => r.row)).toEqual([13, 15, 19]);
    expect(report.badRows[0]).toMatchObject({ id: 'ONB-3', reason: expect.stringContaining('already used by row 4') });
    expect(report.badRows[1]?.reason).toContain('no Issue key');
    expect(report.badRows[2]?.reason).toContain('37 values');
  });

  it('reports a parent that is not in the export and a row with no summary', () => {
    expect(item('ONB-12')?.parentId).toBeUndefined();
    expect(report.fieldProblems).toContainEqual(
      expect.objectContaining({ id: 'ONB-12', field: 'parentId', value: 'ONB-999' }),
    );
    expect(item('ONB-14')?.title).toBe('ONB-14');
    expect(report.fieldProblems).toContainEqual(expect.objectContaining({ id: 'ONB-14', field: 'title' }));
  });

  it('lists the columns it did not use', () => {
    expect(report.columns.unused).toEqual(
      expect.arrayContaining(['Project key', 'Assignee', 'Watchers', 'Custom field (Team)', '(column 36, no header)']),
    );
    expect(report.columns.unused).not.toContain('Sprint');
  });
});

describe('importJiraCsv options', () => {
  it('maps custom issue types and statuses, and skips types mapped to skip', () => {
    const { input, report } = importJiraCsv(exportCsv, {
      issueTypes: { risk: 'skip', SPIKE: 'story' },
      statuses: { Parked: 'blocked' },
    });
    expect(input.items?.find((i) => i.id === 'ONB-11')).toBeUndefined();
    expect(report.skipped).toEqual([{ row: 11, id: 'ONB-11', reason: "Issue type 'Risk' is mapped to skip." }]);
    expect(input.items?.find((i) => i.id === 'ONB-9')?.kind).toBe('story');
    expect(report.unmapped).toEqual({ issueTypes: [], statuses: [] });
  });

  it('makes epics initiatives, their children linking to them', () => {
    const { input } = importJiraCsv(exportCsv, { initiativesFrom: 'epics' });
    expect(input.initiatives?.map((i) => i.id)).toEqual(['ONB-1', 'ONB-2', 'BIL-1']);
    expect(input.items?.find((i) => i.id === 'ONB-3')).toMatchObject({ initiativeId: 'ONB-2' });
    expect(validatePlan(input).ok).toBe(true);
  });

  it('makes components initiatives and labels themes', () => {
    const { input } = importJiraCsv(exportCsv, { initiativesFrom: 'components', themesFrom: 'labels' });
    const web = input.initiatives?.find((i) => i.title === 'Web');
    expect(web).toMatchObject({ id: 'initiative:Web', themeId: 'theme:onboarding' });
    const legacy = input.items?.find((i) => i.id === 'LEGACY 8');
    expect(legacy?.initiativeId).toBe(web?.id);
    expect(legacy?.labels).toBeUndefined();
    expect(input.themes?.map((t) => t.title)).toContain('onboarding');
    expect(validatePlan(input).ok).toBe(true);
  });

  it('orders backlogs by Rank, names or drops the product backlog, and skips canceled work', () => {
    const ranked = importJiraCsv(exportCsv, { order: 'rank', productBacklog: 'Everything' });
    const product = ranked.input.backlogs?.[0];
    expect(product?.title).toBe('Everything');
    expect(product?.itemIds.slice(0, 4)).toEqual(['ONB-2', 'ONB-5', 'ONB-3', 'ONB-4']);
    const none = importJiraCsv(exportCsv, { productBacklog: false, canceled: 'skip' });
    expect(none.input.backlogs?.some((b) => b.kind === 'product')).toBe(false);
    expect(none.report.skipped.map((s) => s.id)).toEqual(['ONB-9']);
  });
});

describe('importJiraCsv header variants', () => {
  it('matches headers case-insensitively and across spellings', () => {
    const csv = [
      'issue KEY,summary,ISSUE TYPE,status,Fix versions,Fix versions,Custom field (Story point estimate),sprint,Sprint',
      'A-1,One,story,to do,v1,v2,2,,S1',
      'A-2,Two,Sub-Task,done,,,,S1,S2',
    ].join('\n');
    const { input, report } = importJiraCsv(csv);
    expect(input.items).toEqual([
      { id: 'A-1', title: 'One', kind: 'story', status: 'todo', estimate: 2 },
      { id: 'A-2', title: 'Two', kind: 'task', status: 'done' },
    ]);
    expect(input.backlogs?.filter((b) => b.kind === 'release').map((b) => b.itemIds)).toEqual([['A-1'], ['A-1']]);
    expect(input.backlogs?.find((b) => b.kind === 'sprint' && b.title === 'S2')?.itemIds).toEqual(['A-2']);
    expect(report.columns.unused).toEqual([]);
  });

  it('notes a file without an Issue key column, and a file with nothing in it', () => {
    const noKey = importJiraCsv('Summary,Status\nHello,Done\n');
    expect(noKey.report.notes[0]).toContain("No 'Issue key' column");
    expect(noKey.report.badRows).toEqual([{ row: 2, reason: 'The row has no Issue key; it was not imported.' }]);
    const empty = importJiraCsv('');
    expect(empty.input.items).toEqual([]);
    expect(empty.report.notes).toEqual(['The file has no header row: nothing was imported.']);
  });

  it('keeps a made id from clashing with an issue key, wherever the key comes in the file', () => {
    const own = importJiraCsv('Issue key,Summary,Issue Type,Sprint\nsprint:S1,Odd key,Task,S1\n');
    expect(own.input.backlogs?.find((b) => b.kind === 'sprint')?.id).toBe('sprint:S1 (2)');
    const later = importJiraCsv('Issue key,Summary,Issue Type,Sprint\nA-1,First,Task,S1\nsprint:S1,Odd key,Task,\n');
    expect(later.input.backlogs?.find((b) => b.kind === 'sprint')).toMatchObject({
      id: 'sprint:S1 (2)',
      itemIds: ['A-1'],
    });
    expect(validatePlan(own.input).ok && validatePlan(later.input).ok).toBe(true);
  });
});
