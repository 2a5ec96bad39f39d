import { type Columns, cell, splitList } from '../shared/columns.js';
import type { RecordDraft } from '../shared/record.js';
import { importTable, type RowReader } from '../shared/table.js';
import { KIND_VALUES, KNOWN_KINDS, lookup } from '../shared/vocabulary.js';
import type { ImportOptions, ImportResult } from '../types.js';

/** Options for `importLinearCsv`, beyond the ones every importer takes. */
export interface LinearImportOptions extends ImportOptions {
  /** What Linear initiatives become: goals (the default) that projects serve, or themes. */
  readonly initiativesAs?: 'goals' | 'themes';
  /** Import archived issues too; by default they are skipped and listed in `report.skipped`. */
  readonly includeArchived?: boolean;
}

/** Linear's column names, as its CSV export (Settings → Import / export) writes them. */
export const LINEAR_COLUMNS = {
  id: ['ID', 'Issue ID'],
  team: ['Team'],
  title: ['Title'],
  description: ['Description'],
  status: ['Status'],
  estimate: ['Estimate'],
  priority: ['Priority'],
  project: ['Project'],
  projectId: ['Project ID'],
  labels: ['Labels'],
  cycleNumber: ['Cycle Number'],
  cycleName: ['Cycle Name'],
  cycleStart: ['Cycle Start'],
  cycleEnd: ['Cycle End'],
  created: ['Created'],
  updated: ['Updated'],
  started: ['Started'],
  completed: ['Completed'],
  canceled: ['Canceled'],
  archived: ['Archived'],
  due: ['Due Date'],
  parent: ['Parent issue', 'Parent'],
  initiatives: ['Initiatives', 'Initiative'],
  milestone: ['Project Milestone'],
} as const;

/**
 * Removes the `'` Linear writes before a value that begins with `+ - = @` (so spreadsheets do not
 * run it as a formula); the value itself never had it. Other values are returned unchanged.
 *
 * @example
 * stripFormulaGuard("'=SUM(A1)"); // '=SUM(A1)'
 * stripFormulaGuard("'quoted'"); // "'quoted'"
 */
export const stripFormulaGuard = (value: string): string =>
  value.length > 1 && value[0] === "'" && '+-=@'.includes(value[1] ?? '') ? value.slice(1) : value;

function linearReader(columns: Columns, options: LinearImportOptions): RowReader {
  const col = {} as Record<keyof typeof LINEAR_COLUMNS, number>;
  const fields: Record<keyof typeof LINEAR_COLUMNS, string> = {
    id: 'items.id',
    team: 'backlogs (sprint: cycles per team)',
    title: 'items.title',
    description: 'items.description',
    status: 'items.status',
    estimate: 'items.estimate',
    priority: 'items.sourcePriority',
    project: 'initiatives',
    projectId: 'initiatives.id',
    labels: 'items.labels + items.kind',
    cycleNumber: 'backlogs (sprint)',
    cycleName: 'backlogs (sprint)',
    cycleStart: 'backlogs.start (sprint)',
    cycleEnd: 'backlogs.end (sprint)',
    created: 'items.createdAt',
    updated: 'items.updatedAt',
    started: 'items.status (when Status is not a known name)',
    completed: 'items.status (when Status is not a known name) / items.resolvedAt',
    canceled: 'items.status (when Status is not a known name)',
    archived: 'skipped when set',
    due: 'items.due',
    parent: 'items.parentId',
    initiatives: options.initiativesAs === 'themes' ? 'themes' : 'goals',
    milestone: 'milestones',
  };
  for (const key of Object.keys(LINEAR_COLUMNS) as (keyof typeof LINEAR_COLUMNS)[]) {
    col[key] = columns.one(fields[key], LINEAR_COLUMNS[key]);
  }
  const kindOption = lookup(options.issueTypes, KIND_VALUES);
  const isKind = (label: string) => kindOption.has(label.toLowerCase()) || KNOWN_KINDS.has(label.toLowerCase());

  return {
    id: col.id,
    idName: 'ID',
    title: col.title,
    read(cells, row, rawId, rawTitle) {
      const get = (key: keyof typeof LINEAR_COLUMNS) => stripFormulaGuard(cell(cells, col[key]));
      const id = stripFormulaGuard(rawId);
      if (get('archived') !== '' && options.includeArchived !== true) return { skip: 'Archived in Linear.' };
      const labels = splitList(get('labels'));
      const record: RecordDraft = {
        row,
        id,
        title: stripFormulaGuard(rawTitle),
        labels,
        statusCategory: get('canceled') ? 'canceled' : get('completed') ? 'done' : get('started') ? 'in progress' : '',
        status: get('status'),
      };
      const type = labels.find(isKind);
      if (type !== undefined) record.type = type;
      const description = stripFormulaGuard(col.description < 0 ? '' : (cells[col.description] ?? ''));
      if (description.trim() !== '') record.description = description;
      const parent = get('parent');
      if (parent !== '') record.parents = [parent];
      const text = [
        ['estimate', 'estimate'],
        ['priority', 'priority'],
        ['createdAt', 'created'],
        ['updatedAt', 'updated'],
        ['resolvedAt', 'completed'],
        ['due', 'due'],
      ] as const;
      for (const [field, key] of text) {
        const value = get(key);
        if (value !== '') record[field] = value;
      }
      const team = get('team');
      const cycleNumber = get('cycleNumber');
      const cycleName = get('cycleName');
      if (cycleNumber !== '' || cycleName !== '') {
        const title =
          cycleName !== '' ? cycleName : team !== '' ? `${team} cycle ${cycleNumber}` : `Cycle ${cycleNumber}`;
        record.sprint = {
          key: JSON.stringify([team, cycleNumber, cycleName]),
          title,
          start: get('cycleStart'),
          end: get('cycleEnd'),
        };
      }
      const project = get('project');
      const projectId = get('projectId');
      if (project !== '' || projectId !== '') {
        const key = projectId !== '' ? projectId : project;
        record.initiative = {
          key,
          title: project !== '' ? project : projectId,
          ...(projectId !== '' && { id: projectId }),
        };
        const milestone = get('milestone');
        if (milestone !== '') record.milestone = { key: JSON.stringify([key, milestone]), title: milestone };
      }
      const goals = splitList(get('initiatives')).map((name) => ({ key: name, title: name }));
      if (goals.length > 0) record.goals = goals;
      return record;
    },
  };
}

/**
 * Reads a Linear CSV export into plan input and a report. Issue IDs stay the item ids; a kind label
 * (Bug, Feature, Improvement, Spike, Tech debt, Epic — or any in `issueTypes`) sets the kind, else
 * sub-issues are tasks and the rest stories; statuses map by name (Backlog, Todo, In Progress, In
 * Review, Done; Canceled and Duplicate are done with the label `canceled`, or skipped with
 * `canceled: 'skip'`), and a custom status falls back on the Started / Completed / Canceled dates.
 * Projects become initiatives, Linear initiatives goals (or themes), cycles sprint backlogs with
 * their dates, project milestones milestones. The `'` Linear puts before `+ - = @` is removed.
 *
 * @example
 * const { input, report } = importLinearCsv(csvText, { initiativesAs: 'themes' });
 * report.unmapped.statuses; // [{ value: 'Waiting on design', count: 4 }]
 */
export function importLinearCsv(text: string, options: LinearImportOptions = {}): ImportResult {
  const safe: LinearImportOptions = typeof options === 'object' && options !== null ? options : {};
  return importTable(text, 'linear-csv', ',', (columns) => linearReader(columns, safe), {
    options: safe,
    fallbackKind: (record) => (record.parents !== undefined ? 'task' : 'story'),
    goalsAs: safe.initiativesAs === 'themes' ? 'themes' : 'goals',
  });
}
