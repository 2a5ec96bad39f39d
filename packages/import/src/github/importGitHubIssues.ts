import { type AssembleSettings, assemble } from '../shared/assemble.js';
import type { DatedGroup, RecordDraft, SourceRecord } from '../shared/record.js';
import { KIND_VALUES, KNOWN_KINDS, KNOWN_STATUSES, lookup, STATUS_VALUES } from '../shared/vocabulary.js';
import type { ColumnUse, ImportOptions, ImportResult, RowProblem } from '../types.js';

/** Options for `importGitHubIssues`, beyond the ones every importer takes. */
export interface GitHubImportOptions extends ImportOptions {
  /** What milestones become: release horizons with a release backlog each (default), or plan milestones. */
  readonly milestonesAs?: 'horizons' | 'milestones';
}

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The issue fields this importer reads, and what each feeds. */
const READ: readonly [string, string][] = [
  ['number', 'items.id (#number)'],
  ['title', 'items.title'],
  ['body', 'items.description'],
  ['state', 'items.status'],
  ['state_reason', 'items.status (not_planned, duplicate → canceled)'],
  ['labels', 'items.labels + items.kind'],
  ['type', 'items.kind (issue type)'],
  ['milestone', 'horizons (release) + backlogs (release)'],
  ['created_at', 'items.createdAt'],
  ['updated_at', 'items.updatedAt'],
  ['closed_at', 'items.resolvedAt'],
  ['html_url', 'items.url'],
  ['url', 'parent references'],
  ['parent', 'items.parentId'],
  ['parent_issue_url', 'items.parentId'],
  ['sub_issues_summary', 'items.kind (issues with sub-issues)'],
  ['pull_request', 'skipped (pull requests)'],
];

/** The issue array in `json`: an array, a search result's `items`, or either as JSON text. */
function issuesOf(json: unknown, notes: string[]): unknown[] {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      notes.push(
        `The text is not JSON (${error instanceof Error ? error.message : 'unreadable'}): nothing was imported.`,
      );
      return [];
    }
  }
  if (isObject(value) && Array.isArray(value.items)) return value.items;
  if (Array.isArray(value)) return value;
  notes.push('Expected an array of GitHub issues (GET /repos/{owner}/{repo}/issues): nothing was imported.');
  return [];
}

const issueRef = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? `#${value}` : undefined;

/** Parent references an issue carries: `parent` (number or object) and `parent_issue_url`. */
function parentsOf(issue: Raw): string[] {
  const refs: string[] = [];
  const parent = issue.parent;
  const number = issueRef(parent) ?? (isObject(parent) ? issueRef(parent.number) : undefined);
  if (number !== undefined) refs.push(number);
  if (isObject(parent)) for (const key of ['url', 'html_url']) if (text(parent[key])) refs.push(text(parent[key]));
  if (text(issue.parent_issue_url)) refs.push(text(issue.parent_issue_url));
  return refs;
}

/**
 * Reads GitHub issues — the objects `GET /repos/{owner}/{repo}/issues` returns, as an array or as
 * JSON text — into plan input and a report. Ids are `#number`; pull requests are skipped and listed.
 * The issue type (or a kind label: bug, enhancement, epic, spike, tech debt… or any in `issueTypes`)
 * sets the kind, else an issue with sub-issues and no parent is an epic, a sub-issue a task, the rest
 * stories. Open is todo (or the status a label such as `blocked` or `in progress` names), closed is
 * done, closed as not planned or duplicate is canceled. Milestones become release horizons with
 * their due dates (or milestones, by option); parents link through `parent` / `parent_issue_url`.
 *
 * @example
 * const response = await fetch('https://api.github.com/repos/acme/app/issues?state=all&per_page=100');
 * const { input, report } = importGitHubIssues(await response.json());
 * report.skipped.length; // pull requests left out
 */
export function importGitHubIssues(json: unknown, options: GitHubImportOptions = {}): ImportResult {
  const safe: GitHubImportOptions = typeof options === 'object' && options !== null ? options : {};
  const notes: string[] = [];
  const issues = issuesOf(json, notes);
  const badRows: RowProblem[] = [];
  const skipped: RowProblem[] = [];
  const fieldProblems: RowProblem[] = [];
  const records: SourceRecord[] = [];
  const seen = new Set<string>();
  const kindOption = lookup(safe.issueTypes, KIND_VALUES);
  const statusOption = lookup(safe.statuses, STATUS_VALUES);
  const isKind = (label: string) => kindOption.has(label.toLowerCase()) || KNOWN_KINDS.has(label.toLowerCase());
  const isWorkStatus = (label: string) => {
    const status = statusOption.get(label.toLowerCase()) ?? KNOWN_STATUSES.get(label.toLowerCase());
    return status === 'in-progress' || status === 'blocked';
  };

  issues.forEach((issue, row) => {
    if (!isObject(issue)) {
      badRows.push({ row, reason: 'The entry is not an issue object; it was not imported.' });
      return;
    }
    for (const key of Object.keys(issue)) seen.add(key);
    const id = issueRef(issue.number);
    if (issue.pull_request !== undefined && issue.pull_request !== null) {
      skipped.push({ row, ...(id && { id }), reason: 'A pull request, not an issue.' });
      return;
    }
    if (id === undefined) {
      badRows.push({ row, reason: 'The issue has no number; it was not imported.' });
      return;
    }
    let title = text(issue.title).trim();
    if (title === '') {
      title = id;
      fieldProblems.push({
        row,
        id,
        field: 'title',
        value: '',
        reason: 'The issue has no title; it is titled by its id.',
      });
    }
    const labels = (Array.isArray(issue.labels) ? issue.labels : [])
      .map((label) => (isObject(label) ? text(label.name) : text(label)).trim())
      .filter((label) => label !== '');
    const record: RecordDraft = { row, id, title, labels };
    const altIds = [text(issue.url), text(issue.html_url)].filter((u) => u !== '');
    if (altIds.length > 0) record.altIds = altIds;
    const type = isObject(issue.type) ? text(issue.type.name).trim() : '';
    const kindLabel = labels.find(isKind);
    if (type !== '') record.type = type;
    else if (kindLabel !== undefined) record.type = kindLabel;
    const closed = text(issue.state).toLowerCase() === 'closed';
    const reason = text(issue.state_reason).toLowerCase();
    const workLabel = labels.find(isWorkStatus);
    record.status = closed
      ? reason === 'not_planned'
        ? 'not planned'
        : reason === 'duplicate'
          ? 'duplicate'
          : 'closed'
      : (workLabel ?? (text(issue.state) || 'open'));
    if (typeof issue.body === 'string' && issue.body.trim() !== '') record.description = issue.body;
    if (/^https?:\/\//.test(text(issue.html_url))) record.url = text(issue.html_url);
    const parents = parentsOf(issue);
    if (parents.length > 0) record.parents = parents;
    const dates = [
      ['createdAt', 'created_at'],
      ['updatedAt', 'updated_at'],
      ['resolvedAt', 'closed_at'],
    ] as const;
    for (const [field, key] of dates) if (text(issue[key]) !== '') record[field] = text(issue[key]);
    const milestone = issue.milestone;
    if (isObject(milestone) && text(milestone.title).trim() !== '') {
      const title = text(milestone.title).trim();
      const group: DatedGroup = {
        key: issueRef(milestone.number) ?? title,
        title,
        ...(text(milestone.due_on) !== '' && { end: text(milestone.due_on) }),
      };
      if (safe.milestonesAs === 'milestones') record.milestone = group;
      else record.releases = [group];
    }
    const subIssues = isObject(issue.sub_issues_summary) ? issue.sub_issues_summary.total : 0;
    if (record.type === undefined && typeof subIssues === 'number' && subIssues > 0) record.hasChildren = true;
    records.push(record);
  });

  const columns: { used: ColumnUse[]; unused: string[] } = {
    used: READ.filter(([key]) => seen.has(key)).map(([column, field]) => ({ column, field, columns: 1 })),
    unused: [...seen].filter((key) => !READ.some(([read]) => read === key)),
  };
  const settings: AssembleSettings = {
    source: 'github-issues',
    options: safe,
    fallbackKind: (record) => (record.parents === undefined ? (record.hasChildren ? 'epic' : 'story') : 'task'),
  };
  return assemble(records, settings, { columns, rows: issues.length, badRows, skipped, fieldProblems, notes });
}
