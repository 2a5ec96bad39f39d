import { type Columns, cell, cellsAt } from '../shared/columns.js';
import type { RecordDraft, SourceGroup } from '../shared/record.js';
import { importTable, type RowReader } from '../shared/table.js';
import type { ImportResult, KindMapping } from '../types.js';
import type { JiraImportOptions } from './jira.types.js';

/**
 * Jira's column names, as its CSV export writes them (and as older versions and other locales'
 * English wording spell them). Matching ignores case, spacing and the `/s` plural.
 */
export const JIRA_COLUMNS = {
  id: ['Issue key', 'Key'],
  issueId: ['Issue id', 'Issue ID'],
  title: ['Summary'],
  type: ['Issue Type', 'IssueType', 'Type'],
  status: ['Status'],
  statusCategory: ['Status Category'],
  priority: ['Priority'],
  description: ['Description'],
  created: ['Created'],
  updated: ['Updated'],
  resolved: ['Resolved', 'Resolution date'],
  due: ['Due date', 'Due', 'Custom field (Target end)'],
  start: ['Custom field (Start date)', 'Custom field (Target start)', 'Start date'],
  parent: ['Parent', 'Parent key'],
  parentId: ['Parent id'],
  epicLink: ['Custom field (Epic Link)', 'Epic Link'],
  parentLink: ['Custom field (Parent Link)', 'Parent Link'],
  estimate: [
    'Custom field (Story Points)',
    'Custom field (Story point estimate)',
    'Story Points',
    'Story point estimate',
  ],
  labels: ['Labels'],
  components: ['Component/s', 'Components'],
  sprint: ['Sprint', 'Sprints'],
  fixVersions: ['Fix Version/s', 'Fix versions'],
  rank: ['Custom field (Rank)', 'Rank'],
} as const;

const EPICS_AS_INITIATIVES: ReadonlyMap<string, KindMapping> = new Map([['epic', 'initiative']]);

const group = (name: string | undefined): SourceGroup | undefined =>
  name === undefined ? undefined : { key: name, title: name };

/** The first component or label, for `initiativesFrom` / `themesFrom`. */
function firstOf(from: string | undefined, components: readonly string[], labels: readonly string[]) {
  return group(from === 'components' ? components[0] : from === 'labels' ? labels[0] : undefined);
}

function jiraReader(columns: Columns, options: JiraImportOptions): RowReader {
  const at = (field: string, key: keyof typeof JIRA_COLUMNS) => columns.one(field, JIRA_COLUMNS[key]);
  const every = (field: string, key: keyof typeof JIRA_COLUMNS) => columns.all(field, JIRA_COLUMNS[key]);
  const c = {
    id: at('items.id', 'id'),
    issueId: at('parent (numeric id)', 'issueId'),
    title: at('items.title', 'title'),
    type: at('items.kind', 'type'),
    status: at('items.status', 'status'),
    statusCategory: at('items.status', 'statusCategory'),
    priority: at('items.sourcePriority', 'priority'),
    description: at('items.description', 'description'),
    created: at('items.createdAt', 'created'),
    updated: at('items.updatedAt', 'updated'),
    resolved: at('items.resolvedAt', 'resolved'),
    due: at('items.due / initiatives.end', 'due'),
    start: at('initiatives.start', 'start'),
    parents: [
      ...every('items.parentId', 'parent'),
      ...every('items.parentId', 'parentId'),
      ...every('items.parentId', 'epicLink'),
      ...every('items.parentId', 'parentLink'),
    ],
    estimate: every('items.estimate', 'estimate'),
    labels: every('items.labels', 'labels'),
    components: every(options.initiativesFrom === 'components' ? 'initiatives' : 'items.labels', 'components'),
    sprint: every('backlogs (sprint, the last one)', 'sprint'),
    fixVersions: every('horizons (release) + backlogs (release)', 'fixVersions'),
    rank: options.order === 'rank' ? at('backlog order', 'rank') : -1,
  };
  const baseUrl = typeof options.baseUrl === 'string' ? options.baseUrl.replace(/\/+$/, '') : '';
  const raw = (cells: readonly string[], index: number) => (index < 0 ? '' : (cells[index] ?? ''));
  const TEXT_FIELDS = [
    ['priority', c.priority],
    ['createdAt', c.created],
    ['updatedAt', c.updated],
    ['resolvedAt', c.resolved],
    ['due', c.due],
    ['start', c.start],
    ['rank', c.rank],
  ] as const;

  return {
    id: c.id,
    idName: 'Issue key',
    title: c.title,
    read(cells, row, id, title) {
      const labels = cellsAt(cells, c.labels);
      const components = cellsAt(cells, c.components);
      const sprints = cellsAt(cells, c.sprint);
      const sprint = sprints[sprints.length - 1];
      const description = raw(cells, c.description);
      const record: RecordDraft = {
        row,
        id,
        title,
        type: raw(cells, c.type).trim(),
        status: cell(cells, c.status),
        statusCategory: cell(cells, c.statusCategory),
        labels:
          options.initiativesFrom === 'components' || components.length === 0 ? labels : [...labels, ...components],
      };
      const parents = cellsAt(cells, c.parents);
      if (parents.length > 0) record.parents = parents;
      const releases = cellsAt(cells, c.fixVersions);
      if (releases.length > 0) record.releases = releases.map((name) => ({ key: name, title: name }));
      const issueId = cell(cells, c.issueId);
      if (issueId !== '') record.altIds = [issueId];
      const estimate = cellsAt(cells, c.estimate)[0];
      if (estimate !== undefined) record.estimate = estimate;
      if (description.trim() !== '') record.description = description;
      if (baseUrl !== '') record.url = `${baseUrl}/browse/${encodeURIComponent(id)}`;
      for (const [key, index] of TEXT_FIELDS) {
        const value = cell(cells, index);
        if (value !== '') record[key] = value;
      }
      if (sprint !== undefined) record.sprint = { key: sprint, title: sprint };
      const initiative = firstOf(options.initiativesFrom, components, labels);
      const theme = firstOf(options.themesFrom, components, labels);
      if (initiative !== undefined) record.initiative = initiative;
      if (theme !== undefined) record.theme = theme;
      return record;
    },
  };
}

/**
 * Reads a Jira CSV export (Filters → Export → CSV, all or current fields) into plan input and a
 * report. Issue keys become item ids exactly as written; Epic, Story, Task, Sub-task, Bug,
 * Improvement, Technical debt and Spike become item kinds and Initiative an initiative (change any
 * with `issueTypes`); statuses map by name, then by Status Category (`statuses` overrides); parents
 * come from Parent, Parent id or Epic Link; repeated Sprint, Labels, Component/s and Fix Version/s
 * columns are all read: the last sprint becomes a sprint backlog, each fix version a release horizon
 * with its release backlog, and every item joins one product backlog in file order. Never throws: a
 * row it cannot read is listed in `report.badRows`.
 *
 * @example
 * const { input, report } = importJiraCsv(await file.text(), { baseUrl: 'https://acme.atlassian.net' });
 * console.log(`${report.totals.items} items, ${report.badRows.length} rows not imported`);
 * const { plan, problems } = salvagePlan(input);
 */
export function importJiraCsv(text: string, options: JiraImportOptions = {}): ImportResult {
  const safe: JiraImportOptions = typeof options === 'object' && options !== null ? options : {};
  return importTable(text, 'jira-csv', ',', (columns) => jiraReader(columns, safe), {
    options: safe,
    fallbackKind: () => 'task',
    ...(safe.initiativesFrom === 'epics' && { kinds: EPICS_AS_INITIATIVES }),
    order: safe.order === 'rank' ? 'rank' : 'file',
  });
}
