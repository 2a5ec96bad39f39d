import type { ItemKind } from '@throughline/core';
import { ITEM_KINDS } from '@throughline/core';
import { type Columns, cell, cellsAt, splitList } from '../shared/columns.js';
import type { RecordDraft, SourceGroup } from '../shared/record.js';
import { importTable, type RowReader } from '../shared/table.js';
import type { ImportOptions, ImportResult } from '../types.js';

/** The plan fields `importCsv` can fill, each from the column (header) the mapping names. */
export interface CsvColumns {
  /** Default: a column called `id` or `key`. */
  readonly id?: string;
  /** Default: a column called `title`, `summary` or `name`. */
  readonly title?: string;
  /** Issue type or kind; its values map through `issueTypes` and the built-in names. */
  readonly kind?: string;
  readonly status?: string;
  /** The parent's id (a value of the id column). */
  readonly parent?: string;
  readonly estimate?: string;
  /** One column holding a list (split on `listSeparator`), or several columns of one label each. */
  readonly labels?: string | readonly string[];
  readonly description?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  readonly due?: string;
  readonly url?: string;
  readonly priority?: string;
  readonly rank?: string;
  /** Sprint name → sprint backlogs; optional start and end columns. */
  readonly sprint?: string;
  readonly sprintStart?: string;
  readonly sprintEnd?: string;
  /** Release or version name(s) → release horizons and release backlogs. */
  readonly release?: string;
  /** Initiative name → initiatives; theme and goal names link them. */
  readonly initiative?: string;
  readonly theme?: string;
  readonly goal?: string;
  /** Milestone name → milestones, dated by `milestoneDate` or the latest due date of its rows. */
  readonly milestone?: string;
  readonly milestoneDate?: string;
}

/** How `importCsv` reads a file from any tracker or spreadsheet. */
export interface CsvMapping extends ImportOptions {
  readonly columns?: CsvColumns;
  /** Field separator (default `,`). */
  readonly delimiter?: string;
  /** Separator inside a list cell (labels, releases, goals; default `,`). */
  readonly listSeparator?: string;
  /** The kind of rows with no kind value, or one nothing maps (default `task`). */
  readonly defaultKind?: ItemKind;
  readonly order?: 'file' | 'rank';
}

function csvReader(columns: Columns, mapping: CsvMapping): RowReader {
  const names = mapping.columns ?? {};
  const named = (field: keyof CsvColumns, target: string): number => {
    const name = names[field];
    return typeof name === 'string' && name.trim() !== '' ? columns.one(target, [name]) : -1;
  };
  const labelNames = names.labels;
  const labels = (typeof labelNames === 'string' ? [labelNames] : Array.isArray(labelNames) ? labelNames : []).flatMap(
    (name) => (typeof name === 'string' ? columns.all('items.labels', [name]) : []),
  );
  const separator =
    typeof mapping.listSeparator === 'string' && mapping.listSeparator !== '' ? mapping.listSeparator : ',';
  const c = {
    id: typeof names.id === 'string' ? named('id', 'items.id') : columns.one('items.id', ['id', 'key', 'issue key']),
    title:
      typeof names.title === 'string'
        ? named('title', 'items.title')
        : columns.one('items.title', ['title', 'summary', 'name']),
    kind: named('kind', 'items.kind'),
    status: named('status', 'items.status'),
    parent: named('parent', 'items.parentId'),
    description: named('description', 'items.description'),
    sprint: named('sprint', 'backlogs (sprint)'),
    sprintStart: named('sprintStart', 'backlogs.start (sprint)'),
    sprintEnd: named('sprintEnd', 'backlogs.end (sprint)'),
    release: named('release', 'horizons (release) + backlogs (release)'),
    initiative: named('initiative', 'initiatives'),
    theme: named('theme', 'themes'),
    goal: named('goal', 'goals'),
    milestone: named('milestone', 'milestones'),
    milestoneDate: named('milestoneDate', 'milestones.date'),
  };
  const text = [
    ['estimate', named('estimate', 'items.estimate')],
    ['createdAt', named('createdAt', 'items.createdAt')],
    ['updatedAt', named('updatedAt', 'items.updatedAt')],
    ['due', named('due', 'items.due')],
    ['url', named('url', 'items.url')],
    ['priority', named('priority', 'items.sourcePriority')],
    ['rank', named('rank', 'backlog order')],
  ] as const;
  const group = (name: string): SourceGroup | undefined => (name === '' ? undefined : { key: name, title: name });

  return {
    id: c.id,
    idName: names.id ?? 'id',
    title: c.title,
    read(cells, row, id, title) {
      const record: RecordDraft = {
        row,
        id,
        title,
        labels: labels.length === 1 ? splitList(cell(cells, labels[0] ?? -1), separator) : cellsAt(cells, labels),
      };
      if (c.kind >= 0) record.type = cell(cells, c.kind);
      if (c.status >= 0) record.status = cell(cells, c.status);
      const parent = cell(cells, c.parent);
      if (parent !== '') record.parents = [parent];
      const description = c.description < 0 ? '' : (cells[c.description] ?? '');
      if (description.trim() !== '') record.description = description;
      for (const [field, index] of text) {
        const value = cell(cells, index);
        if (value !== '') record[field] = value;
      }
      const sprint = cell(cells, c.sprint);
      if (sprint !== '') {
        record.sprint = {
          key: sprint,
          title: sprint,
          start: cell(cells, c.sprintStart),
          end: cell(cells, c.sprintEnd),
        };
      }
      const releases = splitList(cell(cells, c.release), separator);
      if (releases.length > 0) record.releases = releases.map((name) => ({ key: name, title: name }));
      const initiative = group(cell(cells, c.initiative));
      const theme = group(cell(cells, c.theme));
      const goals = splitList(cell(cells, c.goal), separator).map((name) => ({ key: name, title: name }));
      const milestone = group(cell(cells, c.milestone));
      if (initiative !== undefined) record.initiative = initiative;
      if (theme !== undefined) record.theme = theme;
      if (goals.length > 0) record.goals = goals;
      if (milestone !== undefined) record.milestone = { ...milestone, end: cell(cells, c.milestoneDate) };
      return record;
    },
  };
}

/**
 * Reads CSV from any tracker or spreadsheet, given which column holds which field (header names
 * match case-insensitively) and how its values map: `issueTypes` for the kind column, `statuses`
 * for the status column. Everything else follows the other importers: parents resolve within the
 * file, dates are read into ISO, sprints, releases, initiatives, themes, goals and milestones are
 * made once per name, and every item joins the product backlog in file order. Never throws.
 *
 * @example
 * const { input, report } = importCsv(text, {
 *   columns: { id: 'Ref', title: 'Name', kind: 'Type', status: 'State', parent: 'Parent ref', labels: 'Tags' },
 *   issueTypes: { Feature: 'story', Chore: 'tech-debt' },
 *   statuses: { Shipped: 'done', Parked: 'blocked' },
 * });
 */
export function importCsv(text: string, mapping: CsvMapping = {}): ImportResult {
  const safe: CsvMapping = typeof mapping === 'object' && mapping !== null ? mapping : {};
  const defaultKind: ItemKind = (ITEM_KINDS as readonly string[]).includes(safe.defaultKind ?? '')
    ? (safe.defaultKind as ItemKind)
    : 'task';
  const delimiter = typeof safe.delimiter === 'string' && safe.delimiter !== '' ? safe.delimiter : ',';
  return importTable(text, 'csv', delimiter, (columns) => csvReader(columns, safe), {
    options: safe,
    fallbackKind: () => defaultKind,
    order: safe.order === 'rank' ? 'rank' : 'file',
  });
}
