import { createPlan } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { cli, json } from '../../test/harness.js';

const jira = [
  'Summary,Issue key,Issue Type,Status,Parent,Created',
  'Improve onboarding,ONB-1,Epic,In Progress,,2025-06-02',
  'Guided checklist,ONB-2,Story,To Do,ONB-1,2025-06-03',
  'Fix invite email,ONB-3,Bug,QA Review,ONB-1,sometime',
  'Risky thing,ONB-4,Risk,Done,,2025-06-04',
  ',,Story,To Do,,',
].join('\n');

const tracker = ['Ref;Name;Type;State', 'R-1;Checkout in two steps;Feature;Shipped', 'R-2;Pay by link;Bug;Open'].join(
  '\n',
);
const mapping = {
  delimiter: ';',
  columns: { id: 'Ref', title: 'Name', kind: 'Type', status: 'State' },
  issueTypes: { feature: 'story' },
  statuses: { shipped: 'done', open: 'todo' },
};

const issues = [
  { number: 1, title: 'Onboarding revamp', state: 'open', labels: [{ name: 'epic' }] },
  { number: 2, title: 'Checklist', state: 'closed', labels: [] },
  { number: 3, title: 'A pull request', state: 'open', labels: [], pull_request: {} },
];

const files = {
  'jira.csv': jira,
  'tracker.csv': tracker,
  'mapping.json': json(mapping),
  'issues.json': json(issues),
  'plan.json': json({ items: [] }),
  'list.json': '[1, 2]',
};

describe('throughline import', () => {
  it('writes plan input to standard output and the report to standard error', async () => {
    const { code, stdout, stderr } = await cli(['import', 'jira', 'jira.csv'], files);
    expect(code).toBe(0);
    const plan = createPlan(JSON.parse(stdout));
    expect(plan.items.map((i) => i.id)).toEqual(['ONB-1', 'ONB-2', 'ONB-3', 'ONB-4']);
    const report = stderr.split('\n');
    expect(report[0]).toBe('Imported 4 items, 0 initiatives, 1 backlog from 5 rows of jira.csv (jira-csv).');
    expect(report).toContain('Issue types:');
    expect(report).toContain('  Story ×1 → story');
    expect(report).toContain('  issue type Risk ×1 → task');
    expect(stderr).toMatch(
      /Not mapped \(map them under "issueTypes" or "statuses" in --mapping\):\n( {2}.*\n)*? {2}status QA Review ×1\n/,
    );
    expect(stderr).toMatch(/Rows that could not be read \(1\):\n {2}row 6: /);
    expect(stderr).toMatch(/Values left out \(1\):\n {2}row 4 \(ONB-3\) createdAt "sometime": /);
  });

  it('passes --mapping to the importer and writes the plan with -o', async () => {
    const { code, written, stderr } = await cli(
      ['import', 'csv', 'tracker.csv', '--mapping', 'mapping.json', '-o', 'out.json'],
      files,
    );
    expect(code).toBe(0);
    const plan = createPlan(JSON.parse(written.get('out.json') ?? ''));
    expect(plan.items.map((i) => [i.id, i.kind, i.status])).toEqual([
      ['R-1', 'story', 'done'],
      ['R-2', 'bug', 'todo'],
    ]);
    expect(stderr).toContain('  Shipped ×1 → done');
  });

  it('imports GitHub issues JSON, from standard input too', async () => {
    const { code, stdout, stderr } = await cli(['import', 'github', '-'], {}, json(issues));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).items).toHaveLength(2);
    expect(stderr).toMatch(/^Imported 2 items, .* from 3 rows of standard input \(github-issues\)\.\n/);
    expect(stderr).toMatch(/Rows left out on purpose \(1\):\n {2}row \d+ \(#3\): /);
  });

  it('says when what it imported is not yet a valid plan, and still writes it', async () => {
    const cycle = 'Summary,Issue key,Issue Type,Parent\nA,A-1,Story,A-2\nB,A-2,Story,A-1\n';
    const { code, stderr, written } = await cli(['import', 'jira', '-', '-o', 'plan.json'], {}, cycle);
    expect(code).toBe(0);
    expect(JSON.parse(written.get('plan.json') ?? '').items).toHaveLength(2);
    expect(stderr).toMatch(
      /\nplan\.json has 1 error(, \d+ warnings?)?: `throughline validate --salvage` lists them and keeps everything valid\n$/,
    );
  });

  it('exits 1 and writes nothing when no item could be imported', async () => {
    const { code, stdout, stderr } = await cli(['import', 'csv', 'tracker.csv'], files);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/tracker\.csv: no items were imported; nothing was written\n$/);
  });

  it.each([
    [['import'], /^throughline: import: missing the tracker: jira, linear, github or csv \(usage: /],
    [
      ['import', 'trello', 'x.csv'],
      /^throughline: import: the tracker must be one of jira, linear, github, csv, got "trello"\n$/,
    ],
    [['import', 'jira'], /^throughline: import: missing FILE/],
    [['import', 'jira', 'nope.csv'], /^throughline: nope\.csv: no such file\n$/],
    [['import', 'jira', 'plan.json'], /^throughline: plan\.json: not CSV \(it looks like JSON\)\n$/],
    [['import', 'github', 'jira.csv'], /^throughline: jira\.csv: not JSON \(it looks like CSV/],
    [
      ['import', 'csv', 'tracker.csv', '--mapping', 'list.json'],
      /^throughline: list\.json: a mapping is a JSON object/,
    ],
    [['import', 'csv', 'tracker.csv', '--mapping', 'jira.csv'], /^throughline: jira\.csv: not JSON/],
  ])('exits 2 with one line: %j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv, files, '');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses text that is not CSV', async () => {
    const { code, stderr } = await cli(['import', 'linear', '-'], {}, 'just one line of prose\nand another');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'throughline: standard input: not CSV (the first line has no comma, semicolon or tab between columns)\n',
    );
  });
});
